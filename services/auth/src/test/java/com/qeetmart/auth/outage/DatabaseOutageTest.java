package com.qeetmart.auth.outage;

import com.qeetmart.auth.support.AuthTest;
import com.qeetmart.platform.testing.DatabaseOutage;
import com.qeetmart.platform.testing.RawHttp;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL out of reach: sign-in, registration and the revocation feed are a quick 503
 * {@code DATABASE_UNAVAILABLE} (never a wrong-password 401 a client would act on), readiness goes
 * DOWN while liveness stays UP, and sign-in works again once the database is back.
 */
@MicronautTest(transactional = false)
class DatabaseOutageTest extends AuthTest {

    @Test
    void anUnreachableDatabaseIsAQuick503AndTheServiceResumesWhenItIsBack() throws Exception {
        String email = registeredEmail();
        String signIn = RawHttp.request("POST", "/auth/login",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
        try (DatabaseOutage outage = DatabaseOutage.begin(DB)) {
            outage.assertRefusedQuickly(port, signIn);
            outage.assertRefusedQuickly(port, RawHttp.request("POST", "/auth/register",
                    "{\"email\":\"" + uniqueEmail() + "\",\"password\":\"" + PASSWORD + "\"}"));
            outage.assertRefusedQuickly(port, RawHttp.get("/auth/revocations?since=2026-01-01T00:00:00Z"));
            outage.assertOutOfRotationButAlive(managementPort);
            outage.endAndAssertServedAgain(port, signIn, 200);
        }
    }
}
