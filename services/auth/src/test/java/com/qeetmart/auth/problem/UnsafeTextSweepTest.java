package com.qeetmart.auth.problem;

import com.qeetmart.auth.support.AuthTest;
import com.qeetmart.platform.testing.NulSweep;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every operation of the contract refuses a NUL or an unpaired surrogate with 400 problem+json. */
@MicronautTest(transactional = false)
class UnsafeTextSweepTest extends AuthTest {


    @Override
    protected Map<String, String> extraProperties() {
        return administrator();
    }

    @Test
    void everyOperationRefusesUnsafeTextWith400AndStoresNothing() {
        String admin = signInAsAdministrator().getAccessToken();

        NulSweep.assertRefusedEverywhere("auth", port, admin, 10);
        assertEquals(1, DB.count("SELECT count(*) FROM account"), "only the administrator");
    }
}
