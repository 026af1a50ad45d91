package com.qeetmart.auth.token;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyLifecycleTest {

    static final Duration LIFETIME = Duration.ofMinutes(16);
    static final Duration LEAD = Duration.ofMinutes(6);
    static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
    static final StoredKey FIRST = key(T0, T0);
    static final StoredKey SECOND = key(T0.plus(Duration.ofDays(30)), T0.plus(Duration.ofDays(30)).plus(LEAD));

    final KeyLifecycle lifecycle = new KeyLifecycle(LIFETIME);

    private static StoredKey key(Instant publishedAt, Instant signsFrom) {
        return new StoredKey(RsaKeys.fromPem(RsaKeys.generatePem()), publishedAt, signsFrom);
    }

    private List<String> states(List<StoredKey> keys, Instant at) {
        return lifecycle.at(keys, at).stream().map(status -> status.kid() + ":" + status.state()).toList();
    }

    @Test
    void aNewKeyIsPublishedFirstAndSignsOnlyFromItsTime() {
        List<StoredKey> keys = List.of(FIRST, SECOND);
        Instant published = SECOND.publishedAt();

        assertEquals(List.of(FIRST.kid() + ":SIGNING", SECOND.kid() + ":PUBLISHED"), states(keys, published));
        assertEquals(List.of(FIRST.kid() + ":SIGNING", SECOND.kid() + ":PUBLISHED"),
                states(keys, SECOND.signsFrom().minusNanos(1000)));
        assertEquals(List.of(SECOND.kid() + ":SIGNING", FIRST.kid() + ":RETIRED"), states(keys, SECOND.signsFrom()));
    }

    @Test
    void aRetiredKeyStaysPublishedForTheLongestTokenLifetimeThenLeaves() {
        List<StoredKey> keys = List.of(SECOND, FIRST);
        KeyStatus retired = lifecycle.at(keys, SECOND.signsFrom()).get(1);

        assertEquals(SECOND.signsFrom(), retired.retiredAt());
        assertEquals(SECOND.signsFrom().plus(LIFETIME), retired.leavesAt());
        Instant lastMoment = retired.leavesAt().minusNanos(1000);
        assertEquals(2, lifecycle.at(keys, lastMoment).size());
        assertEquals(List.of(), lifecycle.departed(keys, lastMoment));
        assertEquals(List.of(SECOND.kid() + ":SIGNING"), states(keys, retired.leavesAt()));
        assertEquals(List.of(FIRST), lifecycle.departed(keys, retired.leavesAt()));
    }

    @Test
    void twoRotationsInARowSignInTurnAndTheMiddleKeyRetiresWhenTheLastSigns() {
        StoredKey third = key(SECOND.publishedAt().plusSeconds(10), SECOND.signsFrom().plusSeconds(10));
        List<StoredKey> keys = List.of(FIRST, SECOND, third);

        assertEquals(List.of(FIRST.kid() + ":SIGNING", SECOND.kid() + ":PUBLISHED", third.kid() + ":PUBLISHED"),
                states(keys, third.publishedAt()));
        assertEquals(List.of(SECOND.kid() + ":SIGNING", third.kid() + ":PUBLISHED", FIRST.kid() + ":RETIRED"),
                states(keys, SECOND.signsFrom()));
        List<KeyStatus> last = lifecycle.at(keys, third.signsFrom());
        assertEquals(third.kid(), last.get(0).kid());
        assertEquals(third.signsFrom(), last.get(1).retiredAt(), "the middle key signed until the last one took over");
        assertEquals(SECOND.signsFrom(), last.get(2).retiredAt());
    }

    @Test
    void theSigningKeyHasNoRetirementAndWithoutAnyKeyDueTheEarliestSigns() {
        KeyStatus signing = lifecycle.at(List.of(FIRST), T0).get(0);
        assertEquals(KeyState.SIGNING, signing.state());
        assertNull(signing.retiredAt());
        assertNull(signing.leavesAt());

        StoredKey early = key(T0, T0.plusSeconds(60));
        StoredKey late = key(T0, T0.plusSeconds(120));
        assertEquals(List.of(early.kid() + ":SIGNING", late.kid() + ":PUBLISHED"), states(List.of(late, early), T0));
        assertTrue(lifecycle.at(List.of(), T0).isEmpty());
    }
}
