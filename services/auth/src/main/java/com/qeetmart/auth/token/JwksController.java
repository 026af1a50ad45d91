package com.qeetmart.auth.token;

import com.nimbusds.jose.jwk.RSAKey;
import com.qeetmart.auth.api.KeysApi;
import com.qeetmart.auth.api.model.JsonWebKey;
import com.qeetmart.auth.api.model.JsonWebKeySet;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class JwksController implements KeysApi {

    private final KeyRing keyRing;

    JwksController(KeyRing keyRing) {
        this.keyRing = keyRing;
    }

    @Override
    public HttpResponse<JsonWebKeySet> getJwks() {
        JsonWebKeySet set = new JsonWebKeySet(keyRing.published().stream().map(JwksController::toApi).toList());
        // Verifiers may cache it for a few minutes; they refetch on an unknown key id anyway.
        return HttpResponse.ok(set).header(HttpHeaders.CACHE_CONTROL, "public, max-age=300");
    }

    private static JsonWebKey toApi(RSAKey key) {
        RSAKey pub = key.toPublicJWK();
        return new JsonWebKey("RSA", pub.getKeyID(), "sig", "RS256", pub.getModulus().toString(),
                pub.getPublicExponent().toString());
    }
}
