package com.qeetmart.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.qeetmart.auth.AuthSettings;
import com.qeetmart.platform.security.ApplicationTokens;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Mints access tokens: RS256 JWTs that every service verifies against the JWKS. */
@Singleton
public class AccessTokenIssuer {

    /** Marks a JWT as an access token; services accept no other kind as one. */
    public static final String TOKEN_USE = "token_use";
    public static final String SESSION_ID = "sid";

    private final KeyRing keyRing;
    private final String issuer;
    private final Duration ttl;

    AccessTokenIssuer(KeyRing keyRing, AuthSettings settings) {
        this.keyRing = keyRing;
        this.issuer = settings.issuer();
        this.ttl = settings.accessTokenTtl();
    }

    public Duration ttl() {
        return ttl;
    }

    public String issue(UUID accountId, String email, List<String> roles, UUID sessionId) {
        return sign(claims(accountId, sessionId).claim("email", email).claim("roles", roles).build());
    }

    /**
     * A partner application's token (RFC 9068's claims): {@code client_id} and {@code scope}
     * (space-separated), its subject the client id; no roles, no email. {@code quotas} are the
     * claims of the quotas an administrator set (rate_limit, live_reservations, units_per_product).
     */
    public String issueForApplication(UUID clientId, List<String> scopes, Map<String, Integer> quotas, UUID sessionId) {
        JWTClaimsSet.Builder claims = claims(clientId, sessionId).claim(ApplicationTokens.CLIENT_ID, clientId.toString())
                .claim(ApplicationTokens.SCOPE, String.join(" ", scopes));
        quotas.forEach(claims::claim);
        return sign(claims.build());
    }

    private JWTClaimsSet.Builder claims(UUID subject, UUID sessionId) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject.toString())
                .claim(SESSION_ID, sessionId.toString())
                .claim(TOKEN_USE, "access")
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)));
    }

    private String sign(JWTClaimsSet claims) {
        RSAKey key = keyRing.signingKey();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign an access token", e);
        }
        return jwt.serialize();
    }
}
