package com.qeetmart.auth.account;

import com.qeetmart.auth.api.model.Account;
import com.qeetmart.auth.api.model.Role;
import com.qeetmart.auth.api.model.TokenPair;
import com.qeetmart.auth.bootstrap.AdminBootstrap;
import com.qeetmart.auth.client.AdministrationApi;
import com.qeetmart.auth.support.AuthTest;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

@MicronautTest(transactional = false)
class AdministrationTest extends AuthTest {

    @Inject
    AdministrationApi administration;

    @Override
    protected Map<String, String> extraProperties() {
        return administrator();
    }

    private TokenPair bootstrapAdmin() {
        return signInAsAdministrator();
    }

    private static UUID idOf(TokenPair tokens) {
        return UUID.fromString(claimsOf(tokens.getAccessToken()).getSubject());
    }

    @Test
    void bootstrapAdminSignsInWithRoleAdmin() throws Exception {
        TokenPair admin = bootstrapAdmin();
        assertEquals(List.of("ADMIN", "USER"), claimsOf(admin.getAccessToken()).getStringListClaim("roles"));
    }

    @Test
    void bootstrapPromotesAnExistingAccountAndKeepsItsPassword() throws Exception {
        accounts.register(new com.qeetmart.auth.api.model.Credentials(ADMIN_EMAIL, PASSWORD));
        context.getBean(AdminBootstrap.class).ensureAdmin();
        TokenPair admin = login(ADMIN_EMAIL, PASSWORD);
        assertEquals(List.of("ADMIN", "USER"), claimsOf(admin.getAccessToken()).getStringListClaim("roles"));
    }

    @Test
    void adminGrantsARoleThatShowsInTheNextToken() throws Exception {
        String email = uniqueEmail();
        UUID user = idOf(register(email));
        caller.use(bootstrapAdmin().getAccessToken());

        Account granted = administration.grantRole(user, Role.ADMIN).body();
        assertEquals(List.of(Role.ADMIN, Role.USER), granted.getRoles());
        assertEquals(granted, administration.grantRole(user, Role.ADMIN).body());

        assertEquals(List.of("ADMIN", "USER"), claimsOf(login(email, PASSWORD).getAccessToken())
                .getStringListClaim("roles"));
        assertEquals(List.of(Role.USER), administration.revokeRole(user, Role.ADMIN).body().getRoles());
    }

    @Test
    void userRoleCannotBeRevoked() {
        UUID user = idOf(register(uniqueEmail()));
        caller.use(bootstrapAdmin().getAccessToken());
        assertEquals("ROLE_REQUIRED", problemOf(409, () -> administration.revokeRole(user, Role.USER)).getCode());
    }

    @Test
    void unknownAccountIs404() {
        caller.use(bootstrapAdmin().getAccessToken());
        problemOf(404, () -> administration.grantRole(UUID.randomUUID(), Role.ADMIN));
    }

    @Test
    void usersCannotGrantRoles() {
        TokenPair user = register(uniqueEmail());
        caller.use(user.getAccessToken());
        assertEquals("FORBIDDEN", problemOf(403, () -> administration.grantRole(idOf(user), Role.ADMIN)).getCode());
    }

    @Test
    void bootstrapRefusesAShortPassword() {
        try (ApplicationContext other = ApplicationContext.builder().properties(Map.of(
                "micronaut.server.port", "-1", "endpoints.all.port", String.valueOf(com.qeetmart.platform.testing.FreePort.find()), "datasources.default.url", DB.url(),
                "auth.admin.email", "short@example.test", "auth.admin.password", "short")).build()) {
            org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                    () -> other.start().getBean(EmbeddedServer.class).start());
        }
    }
}
