package com.qeetmart.products.outage;

import com.qeetmart.common.api.model.Money;
import com.qeetmart.platform.testing.RawHttp;
import com.qeetmart.platform.testing.RawHttp.Answer;
import com.qeetmart.products.api.model.ProductInput;
import com.qeetmart.products.api.model.ProductStatus;
import com.qeetmart.products.client.ProductsApi;
import com.qeetmart.products.support.CatalogTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL out of reach (every connection cut, new ones refused): requests are a quick 503
 * {@code DATABASE_UNAVAILABLE} with Retry-After (direct reads included), readiness goes DOWN while
 * liveness stays UP (Kubernetes must not restart the service for its database), and the service
 * answers again as soon as the database is back.
 */
@MicronautTest(transactional = false)
class DatabaseOutageTest extends CatalogTest {

    @Inject
    EmbeddedServer server;
    @Inject
    ProductsApi products;

    private final String database = DB.url().substring(DB.url().lastIndexOf('/') + 1);

    private void onServer(String sql) throws SQLException {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement statement = admin.createStatement()) {
            statement.execute(sql);
        }
    }

    private void cutTheDatabase() throws SQLException {
        onServer("ALTER DATABASE " + database + " WITH ALLOW_CONNECTIONS false");
        onServer("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
    }

    @AfterEach
    void databaseBack() throws SQLException {
        onServer("ALTER DATABASE " + database + " WITH ALLOW_CONNECTIONS true");
    }

    private Answer get(int port, String path) throws Exception {
        try (RawHttp http = new RawHttp(port)) {
            return http.send(RawHttp.get(path)).read(1).get(0);
        }
    }

    @Test
    void anUnreachableDatabaseIsAQuick503AndTheServiceResumesWhenItIsBack() throws Exception {
        asAdmin();
        UUID id = products.createProduct(new ProductInput("Lamp", new Money("20.00", "EUR")).status(ProductStatus.ACTIVE))
                .body().getId();
        cutTheDatabase();

        for (String path : new String[] {"/products?q=lamp", "/products/" + id}) {
            long started = System.nanoTime();
            Answer answer = get(server.getPort(), path);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(503, answer.status(), path + ": " + answer.body());
            assertEquals("application/problem+json", answer.header("Content-Type"));
            assertTrue(answer.body().contains("\"DATABASE_UNAVAILABLE\""), answer.body());
            assertEquals("5", answer.header("Retry-After"));
            assertTrue(millis < 4_000, path + " answered after " + millis + " ms");
        }
        assertEquals(503, get(managementPort, "/health/readiness").status(), "out of rotation");
        assertEquals(200, get(managementPort, "/health/liveness").status(), "but not restarted");

        databaseBack();
        long back = System.nanoTime();
        int status;
        do {
            status = get(server.getPort(), "/products/" + id).status();
        } while (status != 200 && System.nanoTime() - back < 5_000_000_000L);
        assertEquals(200, status, "serving again within 5 s of the database's return");
        assertEquals(200, get(managementPort, "/health").status());
    }
}
