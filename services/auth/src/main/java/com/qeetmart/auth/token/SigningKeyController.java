package com.qeetmart.auth.token;

import com.qeetmart.auth.api.SigningKeysApi;
import com.qeetmart.auth.api.model.SigningKey;
import com.qeetmart.auth.api.model.SigningKeyList;
import com.qeetmart.auth.api.model.SigningKeyState;
import com.qeetmart.platform.idempotency.Idempotent;
import com.qeetmart.platform.security.Callers;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import static com.qeetmart.platform.time.Timestamps.utc;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class SigningKeyController implements SigningKeysApi {

    private final KeyRing ring;
    private final KeyRotation rotation;
    private final Callers callers;

    SigningKeyController(KeyRing ring, KeyRotation rotation, Callers callers) {
        this.ring = ring;
        this.rotation = rotation;
        this.callers = callers;
    }

    @Override
    public HttpResponse<SigningKeyList> listSigningKeys() {
        return HttpResponse.ok(new SigningKeyList(ring.statuses().stream().map(SigningKeyController::toApi).toList()));
    }

    @Override
    @Idempotent
    public HttpResponse<SigningKey> rotateSigningKey(String idempotencyKey) {
        return HttpResponse.status(HttpStatus.CREATED).body(toApi(rotation.rotate(callers.current().id())));
    }

    private static SigningKey toApi(KeyStatus status) {
        return new SigningKey(status.kid(), SigningKeyState.fromValue(status.state().name()),
                utc(status.publishedAt()), utc(status.signsFrom()))
                .retiredAt(utc(status.retiredAt())).leavesAt(utc(status.leavesAt()));
    }
}
