package com.qeetmart.users.outage;

import com.qeetmart.platform.testing.DatabaseOutage;
import com.qeetmart.platform.testing.RawHttp;
import com.qeetmart.users.support.UsersTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL out of reach: profile reads and writes are a quick 503 {@code DATABASE_UNAVAILABLE},
 * readiness goes DOWN while liveness stays UP, and the service answers again once it is back.
 */
@MicronautTest(transactional = false)
class DatabaseOutageTest extends UsersTest {

    @Inject
    EmbeddedServer server;

    @Test
    void anUnreachableDatabaseIsAQuick503AndTheServiceResumesWhenItIsBack() throws Exception {
        String asAlice = "Authorization: Bearer " + ISSUER.accessToken(alice, "USER") + "\r\n";
        String asAdmin = "Authorization: Bearer " + ISSUER.adminToken() + "\r\n";
        try (DatabaseOutage outage = DatabaseOutage.begin(DB)) {
            outage.assertRefusedQuickly(server.getPort(), RawHttp.get("/users/me", asAlice));
            outage.assertRefusedQuickly(server.getPort(), RawHttp.request("PATCH", "/users/me", "{\"name\":\"Alice\"}",
                    asAlice));
            outage.assertRefusedQuickly(server.getPort(), RawHttp.get("/users?page=0", asAdmin));
            outage.assertOutOfRotationButAlive(managementPort);
            outage.endAndAssertServedAgain(server.getPort(), RawHttp.get("/users/me", asAlice), 200);
        }
    }
}
