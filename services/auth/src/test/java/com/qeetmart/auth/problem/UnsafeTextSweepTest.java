package com.qeetmart.auth.problem;

import com.qeetmart.auth.bootstrap.AdminBootstrap;
import com.qeetmart.auth.support.AuthTest;
import com.qeetmart.platform.testing.NulSweep;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every operation of the contract refuses a NUL or an unpaired surrogate with 400 problem+json. */
@MicronautTest(transactional = false)
class UnsafeTextSweepTest extends AuthTest {

    static final String ADMIN_EMAIL = "sweep-admin@example.test";
    static final String ADMIN_PASSWORD = "sweeping admin passphrase";

    @Inject
    ApplicationContext context;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("auth.admin.email", ADMIN_EMAIL, "auth.admin.password", ADMIN_PASSWORD);
    }

    @Test
    void everyOperationRefusesUnsafeTextWith400AndStoresNothing() {
        context.getBean(AdminBootstrap.class).ensureAdmin();
        String admin = login(ADMIN_EMAIL, ADMIN_PASSWORD).getAccessToken();

        NulSweep.assertRefusedEverywhere("auth", port, admin, 10);
        assertEquals(1, DB.count("SELECT count(*) FROM account"), "only the administrator");
    }
}
