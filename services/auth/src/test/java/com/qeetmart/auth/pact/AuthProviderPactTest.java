package com.qeetmart.auth.pact;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.qeetmart.auth.api.model.Credentials;
import com.qeetmart.auth.support.AuthTest;
import com.qeetmart.platform.testing.PactProvider;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** Auth honours its consumers' pacts (the Java SDK's sign-up, sign-in and a partner application's token request). */
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

    // The pact names the client id and secret, so they are written as auth would have stored them.
    @State("an application 00000000-0000-4000-8000-00000000a11c with secret qms_pact-client-secret holding catalog:write")
    void application() {
        String id = "00000000-0000-4000-8000-00000000a11c";
        String session = java.util.UUID.randomUUID().toString();
        DB.execute("INSERT INTO application (id, name, scopes, allowed_addresses, session_id, created_at, updated_at) VALUES ('"
                + id + "', 'Pact storefront', '{catalog:write}', '{}', '" + session + "', now(), now())");
        DB.execute("INSERT INTO session (id, application_id, created_at, last_used_at) VALUES ('" + session + "', '" + id
                + "', now(), now())");
        DB.execute("INSERT INTO application_secret (secret_hash, application_id, created_at) VALUES (decode('"
                + java.util.HexFormat.of().formatHex(com.qeetmart.auth.token.OpaqueTokens.hash("qms_pact-client-secret"))
                + "', 'hex'), '" + id + "', now())");
    }
}
