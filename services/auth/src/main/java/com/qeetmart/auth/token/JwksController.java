package com.qeetmart.auth.token;

import com.nimbusds.jose.jwk.RSAKey;
import com.qeetmart.auth.api.KeysApi;
import com.qeetmart.auth.api.model.JsonWebKey;
import com.qeetmart.auth.api.model.JsonWebKeySet;
import com.qeetmart.platform.security.SecuritySettings;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class JwksController implements KeysApi {

    private final KeyRing keyRing;
    private final String cacheControl;

    JwksController(KeyRing keyRing, SecuritySettings security) {
        this.keyRing = keyRing;
        // A key is published the verifiers' refresh interval (plus a margin) before it signs, so a
        // verifier that caches the set for as long still holds every key before it is used.
        this.cacheControl = "public, max-age=" + security.jwksRefresh().toSeconds();
    }

    @Override
    public HttpResponse<JsonWebKeySet> getJwks() {
        JsonWebKeySet set = new JsonWebKeySet(keyRing.published().stream().map(JwksController::toApi).toList());
        return HttpResponse.ok(set).header(HttpHeaders.CACHE_CONTROL, cacheControl);
    }

    private static JsonWebKey toApi(RSAKey key) {
        RSAKey pub = key.toPublicJWK();
        return new JsonWebKey("RSA", pub.getKeyID(), "sig", "RS256", pub.getModulus().toString(),
                pub.getPublicExponent().toString());
    }
}
