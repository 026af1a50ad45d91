package com.qeetmart.platform.security;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.qeetmart.platform.security.revocation.RevokedSessions;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenValidator;
import io.micronaut.security.token.validator.TokenValidator;
import io.netty.util.concurrent.FastThreadLocal;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.text.ParseException;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates bearer tokens like Micronaut's JWT validator (same parser, signature check and claims
 * validators, which it delegates to) but remembers each token that passed until it expires. A
 * client sends the same access token with every request for its lifetime, and checking its RSA
 * signature and parsing its JSON again each time is most of what authentication costs.
 * <p>Only successes are remembered, for the whole token (a changed byte is another token), and a
 * remembered token is refused from the moment it expires. The cache is bounded: when it is full,
 * expired entries go first, then everything.
 * <p>A token whose session auth has ended ({@link RevokedSessions}, fed by auth's revocation feed
 * and channel) is refused from the moment this service hears of it, cached or not.
 * <p>A token whose key is not here yet waits for the key set without holding the thread
 * ({@link JwksSignature#ready}); everything else is checked on the caller's thread.
 */
@Singleton
@Replaces(ReactiveJsonWebTokenValidator.class)
public class CachingTokenValidator implements TokenValidator<HttpRequest<?>> {

    private record Verified(String token, Authentication authentication, String sessionId, long expiresAtMillis) {
    }

    /**
     * How much of a token's end keys the cache: part of its signature, as unique as the token, and
     * hashed at a tenth of the cost of the whole (a profile of the gateway found hashing whole
     * tokens at 4% of its CPU: a new String per request, 700 characters). A hit counts only when
     * the whole token is the one remembered.
     */
    private static final int KEY_CHARACTERS = 64;

    /** The claim naming the session a token was issued for: what auth revokes. */
    static final String SESSION_ID = "sid";

    private final JsonWebTokenValidator<JWT, HttpRequest<?>> validator;
    private final JwtAuthenticationFactory authenticationFactory;
    private final Optional<JwksSignature> jwks;
    private final RevokedSessions revoked;
    private final int maxEntries;
    private final long skewMillis;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    /**
     * What each thread found last, and for which String: the gateway's checks ask about one
     * request's token three times in a row (rate limit, token, scope), each with the same String,
     * read once per request. The second and third ask find it by identity, not by hashing and
     * comparing 700 characters again. Holding the String keeps it alive, so no other token can be
     * that object. Netty's thread-local: on an event loop it is an index into the thread's own
     * array, where the JDK's hash-probed map showed in the gateway's profile (1.5% of samples).
     */
    private final FastThreadLocal<LastFound> lastFound = new FastThreadLocal<>() {
        @Override
        protected LastFound initialValue() {
            return new LastFound();
        }
    };

    private static final class LastFound {
        String asked;
        Verified found;
    }

    CachingTokenValidator(JsonWebTokenValidator<JWT, HttpRequest<?>> validator,
                          JwtAuthenticationFactory authenticationFactory,
                          Optional<JwksSignature> jwks,
                          RevokedSessions revoked,
                          SecuritySettings settings) {
        this.validator = validator;
        this.authenticationFactory = authenticationFactory;
        this.jwks = jwks;
        this.revoked = revoked;
        this.maxEntries = settings.tokenCache().maxEntries();
        this.skewMillis = settings.tokenTimes().clockSkew().toMillis();
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        CompletableFuture<Optional<Authentication>> verdict = verify(token, request);
        if (verdict.isDone()) {
            return Mono.justOrEmpty(verdict.join());
        }
        return Mono.fromFuture(verdict).flatMap(Mono::justOrEmpty);
    }

    /**
     * The caller a bearer token authenticates, or empty when it is not a valid access token. Done
     * at once on the caller's thread unless the token names a key not fetched yet; the request
     * may be null (claims validators that read it then see none).
     */
    public CompletableFuture<Optional<Authentication>> verify(String token, HttpRequest<?> request) {
        long now = System.currentTimeMillis();
        Verified hit = lookUp(token);
        if (hit != null && now < hit.expiresAtMillis()) {
            return CompletableFuture.completedFuture(revoked.isRevoked(hit.sessionId())
                    ? Optional.empty() : Optional.of(hit.authentication()));
        }
        if (saysItExpired(token, now)) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        CompletableFuture<Void> keys = jwks.map(signature -> signature.ready(keyIdOf(token))).orElse(null);
        if (keys == null || keys.isDone()) {
            return CompletableFuture.completedFuture(validateNow(token, request, now));
        }
        return keys.thenApply(ready -> validateNow(token, request, now));
    }

    /**
     * The caller a token authenticated when it was verified before and is still good now (not
     * expired, its session not ended); empty otherwise. Nothing is verified here: a check that
     * must not pay for a signature (the gateway's rate limit, before the token check) asks this.
     */
    public Optional<Authentication> remembered(String token) {
        Verified hit = lookUp(token);
        return hit != null && System.currentTimeMillis() < hit.expiresAtMillis() && !revoked.isRevoked(hit.sessionId())
                ? Optional.of(hit.authentication()) : Optional.empty();
    }

    private Optional<Authentication> validateNow(String token, HttpRequest<?> request, long now) {
        Optional<JWT> jwt;
        try {
            jwt = validator.validate(token, request);
        } catch (RuntimeException unreadable) {
            return Optional.empty(); // whatever a client sends as a token is a 401, never a 500
        }
        Optional<Authentication> authentication = jwt.flatMap(authenticationFactory::createAuthentication);
        if (authentication.isEmpty()) {
            return authentication;
        }
        String sessionId = sessionOf(authentication.get());
        expiryOf(jwt.get()).ifPresent(expiresAt ->
                remember(token, new Verified(token, authentication.get(), sessionId, expiresAt), now));
        return revoked.isRevoked(sessionId) ? Optional.empty() : authentication;
    }

    private static String sessionOf(Authentication authentication) {
        Object sid = authentication.getAttributes().get(SESSION_ID);
        return sid == null ? null : sid.toString();
    }

    /**
     * Whether a token says it expired longer ago than the clock skew forgives: refused before its
     * key is looked for or its signature checked. What an unverified token says can only refuse
     * it here, never admit it, and a stale token (a client's old one, one replayed) then costs a
     * parse, not an RSA check (three times the cost of a request) or a key set fetch for its key id.
     */
    private boolean saysItExpired(String token, long now) {
        try {
            Date expiration = JWTParser.parse(token).getJWTClaimsSet().getExpirationTime();
            return expiration != null && expiration.getTime() + skewMillis < now;
        } catch (ParseException | RuntimeException unreadable) {
            return false; // the full check refuses it
        }
    }

    /** The key id a token's header names; null when it names none or is not a JWS at all. */
    private static String keyIdOf(String token) {
        int dot = token.indexOf('.');
        try {
            return dot > 0 ? JWSHeader.parse(new Base64URL(token.substring(0, dot))).getKeyID() : null;
        } catch (ParseException | RuntimeException notAJws) {
            return null;
        }
    }

    private void remember(String token, Verified entry, long now) {
        if (maxEntries <= 0) {
            return;
        }
        if (verified.size() >= maxEntries) {
            verified.values().removeIf(old -> old.expiresAtMillis() <= now);
            if (verified.size() >= maxEntries) {
                verified.clear();
            }
        }
        verified.put(keyOf(token), entry);
    }

    private Verified lookUp(String token) {
        LastFound last = lastFound.get();
        if (last.asked == token) {
            return last.found;
        }
        Verified hit = verified.get(keyOf(token));
        if (hit != null && hit.token().equals(token)) {
            last.asked = token;
            last.found = hit;
            return hit;
        }
        return null;
    }

    private static String keyOf(String token) {
        return token.length() <= KEY_CHARACTERS ? token : token.substring(token.length() - KEY_CHARACTERS);
    }

    // Tokens without an expiry are never remembered (the claims validators refuse them anyway).
    private static Optional<Long> expiryOf(JWT jwt) {
        try {
            Date expiration = jwt.getJWTClaimsSet().getExpirationTime();
            return Optional.ofNullable(expiration).map(Date::getTime);
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
