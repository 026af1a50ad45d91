package com.qeetmart.platform.security;

import com.qeetmart.platform.errors.NotFoundException;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one rule every service asks: a user reaches their own, an admin everyone's. */
class CallerReachTest {

    private final UUID alice = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();
    private final Caller asAlice = new Caller(alice, Set.of("USER"), Map.of());
    private final Caller anAdmin = new Caller(UUID.randomUUID(), Set.of("USER", Caller.ADMIN), Map.of());

    @Test
    void aUserReachesTheirOwnOnly() {
        assertTrue(asAlice.mayReach(alice));
        assertFalse(asAlice.mayReach(bob));
        assertEquals(alice, asAlice.requireReach("User", alice));
        NotFoundException refused = assertThrows(NotFoundException.class, () -> asAlice.requireReach("User", bob));
        assertEquals("User " + bob + " was not found", refused.getMessage(), "as if it did not exist");
    }

    @Test
    void anAdminReachesEveryone() {
        assertTrue(anAdmin.mayReach(bob));
        assertEquals(bob, anAdmin.requireReach("User", bob));
        assertTrue(Caller.isAdmin(Optional.of(anAdmin)));
        assertFalse(Caller.isAdmin(Optional.of(asAlice)));
        assertFalse(Caller.isAdmin(Optional.empty()), "an anonymous caller is no admin");
    }
}
