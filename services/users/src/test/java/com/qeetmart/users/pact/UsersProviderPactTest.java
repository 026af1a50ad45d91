package com.qeetmart.users.pact;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.qeetmart.platform.testing.PactProvider;
import com.qeetmart.users.support.UsersTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

/** Users honours its consumers' pacts (the Java SDK's). */
@MicronautTest
@Provider("users")
@PactFolder("../../target/pacts")
class UsersProviderPactTest extends UsersTest implements PactProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public int providerPort() {
        return server.getPort();
    }

    @Override
    public String providerAccessToken() {
        return ISSUER.userToken();
    }

    @State("a signed-in user")
    void signedInUser() {
        // Any valid access token is a signed-in user; the profile is created on first use.
    }
}
