package com.qeetmart.products.support;

import com.qeetmart.platform.testing.ServiceApiTest;
import com.qeetmart.platform.testing.TestDatabase;
import com.qeetmart.platform.testing.TestIssuer;

import java.util.Map;

/**
 * Base of the catalog's API tests: the real service on a real port, its own PostgreSQL database
 * (emptied before each test), a test issuer standing in for auth's JWKS, and the generated client.
 */
public abstract class CatalogTest extends ServiceApiTest {

    protected static final TestIssuer ISSUER = new TestIssuer();
    protected static final TestDatabase DB = TestDatabase.forService("products", "product_test");

    protected CatalogTest() {
        super("products", DB, "product_variant, product, category, webhook_delivery, webhook_secret,"
                + " webhook_endpoint, event_outbox");
    }

    @Override
    protected Map<String, String> serviceProperties() {
        Map<String, String> properties = new java.util.HashMap<>(trusting(ISSUER));
        // Webhook receivers in tests listen on the loopback address, over plain HTTP.
        properties.put("qeetmart.events.webhooks.allowed-networks", "127.0.0.0/8");
        properties.put("qeetmart.events.webhooks.require-https", "false");
        properties.put("qeetmart.events.relay-interval", "20ms");
        return properties;
    }

    protected void asAdmin() {
        caller.use(ISSUER.adminToken());
    }

    protected void asUser() {
        caller.use(ISSUER.userToken());
    }

    protected void anonymous() {
        caller.clear();
    }

    protected long count(String query) {
        return DB.count(query);
    }

    /** Bulk rows straight in SQL, for tests about large results. */
    protected void insertActiveProducts(int count, String name) {
        DB.execute("""
                INSERT INTO product (id, name, status, price_amount, price_currency, version, created_at, updated_at)
                SELECT gen_random_uuid(), '%s ' || i, 'ACTIVE', 1, 'EUR', 1, now(), now()
                  FROM generate_series(1, %d) i""".formatted(name.replace("'", "''"), count));
        DB.execute("ANALYZE product");
    }
}
