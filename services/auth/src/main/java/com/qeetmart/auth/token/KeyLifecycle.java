package com.qeetmart.auth.token;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rules of a signing key's life, as identity providers keep them (Keycloak's active and
 * passive keys, OIDC Core 10.1): a key is published first and signs only from its
 * {@code signsFrom}; the newest key whose time has come signs; an older key retires when its
 * successor starts signing and stays published for {@code tokenLifetime} more (the longest access
 * token lifetime plus clock skew), so every token it signed verifies until it expires. Pure: the
 * same keys and instant always give the same answer.
 */
final class KeyLifecycle {

    private static final Comparator<StoredKey> BY_SIGNING_ORDER = Comparator.comparing(StoredKey::signsFrom)
            .thenComparing(StoredKey::publishedAt).thenComparing(StoredKey::kid);

    private final Duration tokenLifetime;

    KeyLifecycle(Duration tokenLifetime) {
        this.tokenLifetime = tokenLifetime;
    }

    /** The keys still published at {@code now}, the signing one first, then those waiting to sign, then the retired ones. */
    List<KeyStatus> at(List<StoredKey> keys, Instant now) {
        List<StoredKey> ordered = keys.stream().sorted(BY_SIGNING_ORDER).toList();
        int signing = signingIndex(ordered, now);
        List<KeyStatus> waiting = new ArrayList<>();
        List<KeyStatus> retired = new ArrayList<>();
        KeyStatus current = null;
        for (int i = 0; i < ordered.size(); i++) {
            StoredKey key = ordered.get(i);
            if (i == signing) {
                current = status(key, KeyState.SIGNING, null, null);
            } else if (i > signing) {
                waiting.add(status(key, KeyState.PUBLISHED, null, null));
            } else {
                Instant retiredAt = ordered.get(i + 1).signsFrom();
                Instant leavesAt = retiredAt.plus(tokenLifetime);
                if (now.isBefore(leavesAt)) {
                    retired.add(0, status(key, KeyState.RETIRED, retiredAt, leavesAt));
                }
            }
        }
        List<KeyStatus> published = new ArrayList<>();
        if (current != null) {
            published.add(current);
        }
        published.addAll(waiting);
        published.addAll(retired);
        return List.copyOf(published);
    }

    /** The keys that have left the JWKS by {@code now} (each token they signed has expired). */
    List<StoredKey> departed(List<StoredKey> keys, Instant now) {
        List<String> published = at(keys, now).stream().map(KeyStatus::kid).toList();
        return keys.stream().filter(key -> !published.contains(key.kid())).toList();
    }

    /** The newest key whose time to sign has come; the earliest one when none has come yet. */
    private static int signingIndex(List<StoredKey> ordered, Instant now) {
        int signing = ordered.isEmpty() ? -1 : 0;
        for (int i = 0; i < ordered.size(); i++) {
            if (!ordered.get(i).signsFrom().isAfter(now)) {
                signing = i;
            }
        }
        return signing;
    }

    private static KeyStatus status(StoredKey key, KeyState state, Instant retiredAt, Instant leavesAt) {
        return new KeyStatus(key.kid(), state, key.publishedAt(), key.signsFrom(), retiredAt, leavesAt);
    }
}
