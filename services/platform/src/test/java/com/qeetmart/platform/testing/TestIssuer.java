package com.qeetmart.platform.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stands in for the auth service in tests: its own RSA key, a JWKS served over real HTTP (so
 * services fetch it exactly as they fetch auth's), and tokens of every kind a test needs to
 * present, good or bad.
 */
public final class TestIssuer implements AutoCloseable {

    /** The issuer every service expects (AUTH_ISSUER's default). */
    public static final String ISSUER = "qeetmart-auth";

    private final RSAKey key;
    /** A key pair no JWKS publishes, for forged tokens. */
    private final RSAKey otherKey;
    private final HttpServer server;
    private final java.util.concurrent.atomic.AtomicInteger jwksRequests = new java.util.concurrent.atomic.AtomicInteger();
    private final List<String> revokedSessions = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<com.nimbusds.jose.jwk.JWK> published = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(0);

    public TestIssuer() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
            otherKey = new RSAKeyGenerator(2048).generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException(e);
        }
        published.add(key.toPublicJWK());
        server.createContext("/jwks.json", exchange -> {
            jwksRequests.incrementAndGet();
            // The set as it is when the request arrives, answered when the hold (if any) is released.
            byte[] jwks = new JWKSet(List.copyOf(published)).toString().getBytes(StandardCharsets.UTF_8);
            try {
                hold.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(jwks);
            }
        });
        server.createContext("/revocations", exchange -> {
            byte[] page = revocationPage().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
    }

    /** Where this issuer's revocation feed is (auth's {@code GET /auth/revocations}, whole each time). */
    public String revocationsUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/revocations";
    }

    /** Ends the session of this token: its {@code sid} is listed on the feed from now on. */
    public void revokeSessionOf(String token) {
        revokedSessions.add(sessionOf(token));
    }

    /** The {@code sid} claim of a token this issuer signed. */
    public static String sessionOf(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet().getStringClaim("sid");
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private String revocationPage() {
        Instant now = Instant.now();
        String entries = revokedSessions.stream()
                .map(sid -> "{\"sessionId\": \"" + sid + "\", \"revokedAt\": \"" + now
                        + "\", \"expiresAt\": \"" + now.plus(Duration.ofMinutes(16)) + "\"}")
                .collect(java.util.stream.Collectors.joining(", "));
        return "{\"revocations\": [" + entries + "], \"next\": \"" + now.minusSeconds(30) + "\"}";
    }

    public String jwksUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks.json";
    }

    /**
     * Holds every JWKS answer (a slow or distant auth service) until {@link #releaseJwks()}, at
     * most 10 s; each answers with the key set as it was when its request arrived.
     */
    public void holdJwks() {
        hold = new java.util.concurrent.CountDownLatch(1);
    }

    public void releaseJwks() {
        hold.countDown();
    }

    /** Publishes a new key in the JWKS (auth's rotation) and returns it, to sign tokens with. */
    public RSAKey publishNewKey() {
        try {
            RSAKey added = new RSAKeyGenerator(2048).keyID("rotated-" + UUID.randomUUID()).generate();
            published.add(added.toPublicJWK());
            return added;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An access token whose standard claims (a user, 15 minutes) {@code change} alters before it is signed. */
    public String accessTokenWith(java.util.function.UnaryOperator<JWTClaimsSet.Builder> change) {
        JWTClaimsSet standard = claims(UUID.randomUUID(), "access", Instant.now().plus(Duration.ofMinutes(15)), "USER");
        return sign(change.apply(new JWTClaimsSet.Builder(standard)).build(), key);
    }

    /** A valid admin token signed with {@code signer} (a key from {@link #publishNewKey()}). */
    public String adminTokenSignedWith(RSAKey signer) {
        return sign(claims(UUID.randomUUID(), "access", Instant.now().plus(Duration.ofMinutes(15)), "USER", "ADMIN"), signer);
    }

    /** How often the JWKS was fetched. */
    public int jwksRequests() {
        return jwksRequests.get();
    }

    /** An admin token signed by a key whose id the JWKS does not list. */
    public String unknownKidToken() {
        return unknownKidTokenExpiringIn(Duration.ofMinutes(5));
    }

    /** The same, expiring after {@code lifetime} (negative: expired that long ago). */
    public String unknownKidTokenExpiringIn(Duration lifetime) {
        RSAKey other = new RSAKey.Builder(otherKey).keyID("unknown-" + UUID.randomUUID()).build();
        return sign(claims(UUID.randomUUID(), "access", Instant.now().plus(lifetime), "ADMIN"), other);
    }

    /** A valid access token for a user with these roles. */
    public String accessToken(UUID userId, String... roles) {
        return sign(claims(userId, "access", Instant.now().plus(Duration.ofMinutes(15)), roles), key);
    }

    /** A valid access token that expires after {@code lifetime} (JWT expiry has whole seconds). */
    public String accessTokenExpiringIn(Duration lifetime, String... roles) {
        return sign(claims(UUID.randomUUID(), "access", Instant.now().plus(lifetime), roles), key);
    }

    /** A partner application's access token as auth issues one: {@code client_id} and {@code scope}, no roles. */
    public String applicationToken(UUID clientId, String... scopes) {
        return applicationToken(clientId, (Integer) null, scopes);
    }

    /** The same, with the quota an administrator set ({@code rate_limit}, requests per minute; null: none). */
    public String applicationToken(UUID clientId, Integer requestsPerMinute, String... scopes) {
        return applicationTokenWith(clientId, requestsPerMinute == null ? Map.of() : Map.of("rate_limit", requestsPerMinute), scopes);
    }

    /** The same, with these quota claims ({@code rate_limit}, {@code live_reservations}, {@code units_per_product}). */
    public String applicationTokenWith(UUID clientId, Map<String, Integer> quotas, String... scopes) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(clientId.toString())
                .claim("client_id", clientId.toString())
                .claim("scope", String.join(" ", scopes))
                .claim("token_use", "access")
                .claim("sid", UUID.randomUUID().toString())
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(15))));
        quotas.forEach(claims::claim);
        return sign(claims.build(), key);
    }

    public String adminToken() {
        return accessToken(UUID.randomUUID(), "USER", "ADMIN");
    }

    public String userToken() {
        return accessToken(UUID.randomUUID(), "USER");
    }

    public String expiredToken() {
        return sign(claims(UUID.randomUUID(), "access", Instant.now().minus(Duration.ofMinutes(5)), "ADMIN"), key);
    }

    /** Correctly signed, but not an access token: must never be accepted as one. */
    public String refreshToken() {
        return sign(claims(UUID.randomUUID(), "refresh", Instant.now().plus(Duration.ofDays(1)), "ADMIN"), key);
    }

    /** An admin token whose payload was edited after signing. */
    public String tamperedToken() {
        String[] parts = userToken().split("\\.");
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims(UUID.randomUUID(), "access", Instant.now().plus(Duration.ofMinutes(5)), "ADMIN")
                        .toString().getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + forged + "." + parts[2];
    }

    /** An admin token with {@code alg: none}. */
    public String unsignedToken() {
        return new PlainJWT(new PlainHeader(),
                claims(UUID.randomUUID(), "access", Instant.now().plus(Duration.ofMinutes(5)), "ADMIN")).serialize();
    }

    /** An admin token signed by a key the JWKS does not hold. */
    public String foreignToken() {
        RSAKey other = new RSAKey.Builder(otherKey).keyID(key.getKeyID()).build();
        return sign(claims(UUID.randomUUID(), "access", Instant.now().plus(Duration.ofMinutes(5)), "ADMIN"), other);
    }

    private static JWTClaimsSet claims(UUID subject, String use, Instant expiry, String... roles) {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject.toString())
                .claim("email", subject + "@example.test")
                .claim("roles", List.of(roles))
                .claim("token_use", use)
                .claim("sid", UUID.randomUUID().toString())
                .issueTime(new Date())
                .expirationTime(Date.from(expiry))
                .build();
    }

    private static String sign(JWTClaimsSet claims, RSAKey with) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .keyID(with.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
