package com.qeetmart.platform.security;

/**
 * Auth has published a signing key (heard on its Redis channel or seen on its feed): the JWKS is
 * fetched at once, so the key is here long before it signs anything.
 */
public record SigningKeysAnnounced(String source) {
}
