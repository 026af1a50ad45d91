package com.qeetmart.users.pact;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.qeetmart.platform.testing.PactProvider;
import com.qeetmart.users.support.UsersTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** Users honours its consumers' pacts (the Java SDK's). */
@MicronautTest
@Provider("users")
@PactFolder("../../target/pacts")
class UsersProviderPactTest extends UsersTest implements PactProvider {

    @Override
    public String providerAccessToken() {
        return ISSUER.userToken();
    }

    @State("a signed-in user")
    void signedInUser() {
        // Any valid access token is a signed-in user; the profile is created on first use.
    }
}
