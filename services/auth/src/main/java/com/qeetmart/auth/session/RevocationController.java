package com.qeetmart.auth.session;

import com.qeetmart.auth.api.RevocationsApi;
import com.qeetmart.auth.api.model.Revocation;
import com.qeetmart.auth.api.model.RevocationFeed;
import com.qeetmart.auth.token.KeyRing;
import com.qeetmart.platform.security.revocation.RevocationPage;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import com.qeetmart.platform.time.Timestamps;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import static com.qeetmart.platform.time.Timestamps.utc;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class RevocationController implements RevocationsApi {

    private final Revocations revocations;
    private final KeyRing keyRing;

    RevocationController(Revocations revocations, KeyRing keyRing) {
        this.revocations = revocations;
        this.keyRing = keyRing;
    }

    @Override
    public HttpResponse<RevocationFeed> listRevocations(OffsetDateTime since, UUID after) {
        RevocationPage page = revocations.since(Optional.ofNullable(since).map(OffsetDateTime::toInstant),
                Optional.ofNullable(after));
        return HttpResponse.ok(new RevocationFeed(page.revocations().stream()
                .map(entry -> new Revocation(UUID.fromString(entry.sessionId()), utc(entry.revokedAt()), utc(entry.expiresAt())))
                .toList(), utc(page.next()))
                .nextAfter(page.nextAfter())
                .signingKeysChangedAt(keyRing.lastPublishedAt().map(Timestamps::utc).orElse(null)));
    }
}
