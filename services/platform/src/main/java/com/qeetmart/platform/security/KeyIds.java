package com.qeetmart.platform.security;

import java.util.regex.Pattern;

/**
 * What a key id may look like before a verifier spends anything on it: auth names its keys by
 * their RFC 7638 thumbprint (43 base64url characters), so an id that is missing, longer than 64
 * characters or outside base64url is refused at once and never looked up or fetched.
 */
final class KeyIds {

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private KeyIds() {
    }

    static boolean wellFormed(String kid) {
        return kid != null && WELL_FORMED.matcher(kid).matches();
    }
}
