package com.qeetmart.auth.pact;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.qeetmart.auth.api.model.Credentials;
import com.qeetmart.auth.support.AuthTest;
import com.qeetmart.platform.testing.PactProvider;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** Auth honours its consumers' pacts (the Java SDK's sign-up and sign-in). */
@MicronautTest
@Provider("auth")
@PactFolder("../../target/pacts")
class AuthProviderPactTest extends AuthTest implements PactProvider {

    @Override
    public String providerAccessToken() {
        throw new IllegalStateException("no pact with auth sends an access token yet: sign in here first");
    }

    @State("no account for pact-buyer@example.com")
    void noAccount() {
        // Accounts are emptied before each interaction.
    }

    @State("an account pact-buyer@example.com with password a long pact password")
    void account() {
        accounts.register(new Credentials("pact-buyer@example.com", "a long pact password"));
    }
}
