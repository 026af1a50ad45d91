package com.qeetmart.platform.security;

import com.qeetmart.platform.testing.TestIssuer;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;

/**
 * Base of the tests of the platform's token verifier on its own: an application context (no
 * server) trusting a test issuer's JWKS, and its {@link CachingTokenValidator}, one per class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class VerifierTest {

    final TestIssuer issuer = new TestIssuer();
    ApplicationContext context;
    CachingTokenValidator tokens;

    /** Settings beyond the issuer's JWKS address. */
    Map<String, Object> settings() {
        return Map.of();
    }

    @BeforeAll
    void startVerifier() {
        Map<String, Object> properties = new HashMap<>(settings());
        properties.put("qeetmart.security.jwks-url", issuer.jwksUrl());
        context = ApplicationContext.run(properties);
        tokens = context.getBean(CachingTokenValidator.class);
    }

    @AfterAll
    void stopVerifier() {
        context.close();
        issuer.close();
    }
}
