package com.qeetmart.auth.token;

import com.nimbusds.jose.jwk.RSAKey;

import java.time.Instant;

/** A signing key as auth keeps it: published in the JWKS from {@code publishedAt}, allowed to sign from {@code signsFrom}. */
record StoredKey(RSAKey key, Instant publishedAt, Instant signsFrom) {

    String kid() {
        return key.getKeyID();
    }
}
