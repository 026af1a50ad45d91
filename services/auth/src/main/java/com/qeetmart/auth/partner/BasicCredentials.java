package com.qeetmart.auth.partner;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A client's id and secret from {@code Authorization: Basic} (RFC 6749 section 2.3.1: each is
 * form-urlencoded, then joined by a colon and base64-encoded; the scheme's name is read in any case).
 */
record BasicCredentials(String clientId, String secret) {

    static Optional<BasicCredentials> of(String authorization) {
        if (authorization == null || authorization.length() < 6 || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            return Optional.of(new BasicCredentials(URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException notBase64OrEncoding) {
            return Optional.empty();
        }
    }
}
