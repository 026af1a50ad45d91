package com.qeetmart.sdk;

import com.qeetmart.sdk.StubApi.Answer;
import com.qeetmart.sdk.auth.model.Credentials;
import com.qeetmart.sdk.invoker.ApiException;
import com.qeetmart.sdk.inventory.model.ReservationLine;
import com.qeetmart.sdk.inventory.model.ReservationRequest;
import com.qeetmart.sdk.products.model.ProductPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One error contract: every failure is a QeetMartException of its kind, and every call has one deadline. */
class ErrorsAndDeadlinesTest {

    private static final UUID SHOE = new UUID(0, 1);
    private static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofSeconds(10));

    private final StubApi api = new StubApi();

    @AfterEach
    void stop() {
        api.close();
    }

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource({
            "400, InvalidRequestException", "422, InvalidRequestException", "413, InvalidRequestException",
            "401, AuthenticationException", "403, PermissionException", "404, NotFoundException",
            "409, ConflictException", "412, ConflictException", "429, RateLimitException",
            "500, ServerException", "503, ServerException"})
    void eachErrorAnswerIsTheExceptionOfItsKind(int status, String kind) {
        api.on("GET /products/" + SHOE, Answer.problem(status, "SOME_CODE", Map.of("Retry-After", "0")));

        QeetMartException e = assertThrows(QeetMartException.class, () -> client(RetryPolicy.none()).products().getProduct(SHOE, null));

        assertEquals(kind, e.getClass().getSimpleName());
        QeetMartApiException answer = assertInstanceOf(QeetMartApiException.class, e);
        assertEquals(status, answer.status());
        assertEquals("SOME_CODE", answer.code());
        assertEquals("corr-" + status, answer.correlationId());
        assertEquals(status, answer.problem().status());
        // What the generated method's @throws names catches it too: an IDE-guided catch misses nothing.
        assertEquals(status, assertInstanceOf(ApiException.class, e).getCode());
    }

    @Test
    void aWrongPasswordAtSignInIsAnAuthenticationErrorOfItsOwn() {
        api.on("POST /auth/login", Answer.problem(401, "INVALID_CREDENTIALS", Map.of()));
        QeetMart sdk = QeetMart.builder().baseUrl(api.baseUrl()).credentials("buyer@example.com", "wrong").build();

        AuthenticationException e = assertThrows(AuthenticationException.class, () -> sdk.products().getProduct(SHOE, null));

        assertEquals("INVALID_CREDENTIALS", e.code());
        assertTrue(api.seen("GET", "/products/" + SHOE).isEmpty(), "nothing sent without a token");
    }

    @Test
    void aServerThatIsDownIsAConnectionErrorAfterTheRetries() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        QeetMart sdk = QeetMart.builder().baseUrl("http://127.0.0.1:" + closedPort + "/api/v1").retryPolicy(QUICK).build();

        ConnectionFailedException e = assertThrows(ConnectionFailedException.class, () -> sdk.products().getProduct(SHOE, null));

        assertInstanceOf(IOException.class, e.getCause());
        assertTrue(e.getMessage().contains("GET http://127.0.0.1:" + closedPort), e.getMessage());
    }

    @Test
    void aSilentServerMeetsTheClientsDeadlineRetriesIncluded() throws Exception {
        try (Silent silent = new Silent()) {
            QeetMart sdk = QeetMart.builder().baseUrl(silent.baseUrl()).retryPolicy(QUICK).timeout(Duration.ofMillis(600)).build();
            long started = System.nanoTime();

            DeadlineExceededException e = assertThrows(DeadlineExceededException.class, () -> sdk.products().getProduct(SHOE, null));

            long tookMillis = (System.nanoTime() - started) / 1_000_000;
            // Not the attempts' own timeouts added up (3 x 30 s): the bound leaves room for a loaded machine.
            assertTrue(tookMillis >= 550 && tookMillis < 5_000, "one deadline for all attempts, took " + tookMillis + " ms");
            assertEquals(Duration.ofMillis(600), e.deadline());
        }
    }

    @Test
    void oneCallSetsItsOwnDeadline() throws Exception {
        try (Silent silent = new Silent()) {
            QeetMart sdk = QeetMart.builder().baseUrl(silent.baseUrl()).build();
            long started = System.nanoTime();

            assertThrows(DeadlineExceededException.class,
                    () -> sdk.with(CallOptions.none().timeout(Duration.ofMillis(300))).products().getProduct(SHOE, null));

            assertTrue(System.nanoTime() - started < 10_000_000_000L, "not the client's 30 s");
        }
    }

    @Test
    void aRetryWhoseWaitEndsAfterTheDeadlineIsNotWaitedFor() {
        api.on("GET /products/" + SHOE, Answer.problem(503, "SERVICE_UNAVAILABLE", Map.of("Retry-After", "60")));
        QeetMart sdk = QeetMart.builder().baseUrl(api.baseUrl()).retryPolicy(QUICK).timeout(Duration.ofSeconds(5)).build();
        long started = System.nanoTime();

        ServerException e = assertThrows(ServerException.class, () -> sdk.products().getProduct(SHOE, null));

        // Its wait (Retry-After 60 s, capped at the policy's 10 s) ends after the 5 s deadline.
        assertTrue(System.nanoTime() - started < 4_500_000_000L, "answered at once with what it had, not at the deadline");
        assertEquals(Duration.ofSeconds(60), e.retryAfter().orElseThrow());
        assertEquals(1, api.seen("GET", "/products/" + SHOE).size());
    }

    @Test
    void noAnswerIsAnApiExceptionTooAsTheGeneratedJavadocSays() throws Exception {
        int closed;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            closed = probe.getLocalPort();
        }
        QeetMart sdk = QeetMart.builder().baseUrl("http://127.0.0.1:" + closed + "/api/v1").retryPolicy(RetryPolicy.none()).build();
        ApiException e = assertThrows(ApiException.class, () -> sdk.products().getProduct(SHOE, null));
        assertInstanceOf(ConnectionFailedException.class, e);
    }

    @Test
    void aCallRefusedBeforeSendingIsAnSdkErrorTooAndSendsNothing() {
        ApiException e = assertThrows(ApiException.class, () -> client(QUICK).products().getProduct(null, null));

        assertInstanceOf(QeetMartException.class, e);
        assertTrue(api.seen.isEmpty());
    }

    @Test
    void theCallersIdempotencyKeyAndHeadersAreSentAndKeptAcrossRetries() {
        api.on("POST /inventory/reservations", Answer.problem(503, "SERVICE_UNAVAILABLE", Map.of("Retry-After", "0")),
                Answer.problem(409, "INSUFFICIENT_STOCK", Map.of()));
        ReservationRequest request = new ReservationRequest().orderId(UUID.randomUUID())
                .addLinesItem(new ReservationLine().productId(SHOE).quantity(6));

        assertThrows(ConflictException.class, () -> client(QUICK).reserve(request,
                CallOptions.none().idempotencyKey("order-42").header("X-Partner-Request", "r-1")));

        List<StubApi.Seen> attempts = api.seen("POST", "/inventory/reservations");
        assertEquals(2, attempts.size());
        attempts.forEach(attempt -> {
            assertEquals("order-42", attempt.idempotencyKey());
            assertEquals("r-1", attempt.header("X-Partner-Request"));
        });
    }

    @Test
    void aPageThatCannotBeFetchedEndsTheStreamWithItsError() {
        api.on("GET /products", Answer.problem(403, "FORBIDDEN", Map.of()));
        QeetMart sdk = client(QUICK);

        assertThrows(PermissionException.class, () -> Pages.stream(page -> sdk.products().searchProducts(null, null, null,
                null, null, null, null, null, page, 10, null), ProductPage::getItems, p -> p.getPage().getHasNext()).count());
    }

    @Test
    void everyCallNamesTheSdkAndTheContractVersionsItWasMadeFrom() throws IOException {
        api.on("GET /products/" + SHOE, Answer.problem(404, "NOT_FOUND", Map.of()));
        assertThrows(NotFoundException.class, () -> client(QUICK).products().getProduct(SHOE, null));

        String products = java.nio.file.Files.readAllLines(java.nio.file.Path.of("../../contracts/openapi/products.yaml")).stream()
                .filter(line -> line.startsWith("  version: ")).findFirst().orElseThrow().substring("  version: ".length());
        String userAgent = api.seen("GET", "/products/" + SHOE).get(0).header("User-Agent");
        assertTrue(userAgent.matches("qeetmart-sdk-java/\\S+ \\(auth/[0-9.]+; users/[0-9.]+; products/[0-9.]+; inventory/[0-9.]+\\) Java/\\d+"),
                userAgent);
        assertTrue(userAgent.contains("products/" + products + ";"), userAgent);
    }

    @Test
    void aPlainHttpCallOffersNoUpgradeToHttp2() {
        api.on("GET /products/" + SHOE, Answer.problem(404, "NOT_FOUND", Map.of()));
        assertThrows(NotFoundException.class, () -> client(QUICK).products().getProduct(SHOE, null));

        StubApi.Seen seen = api.seen("GET", "/products/" + SHOE).get(0);
        assertNull(seen.header("Upgrade"));
        assertNull(seen.header("HTTP2-Settings"));
    }

    @Test
    void appInfoNamesThePartnersAppAfterTheSdkOnEveryCallTheTokenFetchToo() {
        api.on("POST /auth/oauth2/token", Answer.json(200, "{\"access_token\":\"t0k\",\"token_type\":\"Bearer\","
                        + "\"expires_in\":900,\"scope\":\"catalog:write\"}"))
                .on("GET /products/" + SHOE, Answer.problem(404, "NOT_FOUND", Map.of()));
        QeetMart sdk = QeetMart.builder().baseUrl(api.baseUrl()).retryPolicy(QUICK)
                .clientCredentials("app-1", "secret").appInfo("shop backend", "2.1.0").build();

        assertThrows(NotFoundException.class, () -> sdk.products().getProduct(SHOE, null));

        for (String path : List.of("/auth/oauth2/token", "/products/" + SHOE)) {
            String userAgent = api.seen.stream().filter(seen -> seen.path().equals(path)).findFirst().orElseThrow()
                    .header("User-Agent");
            assertTrue(userAgent.matches("qeetmart-sdk-java/\\S+ \\(.*\\) Java/\\d+ shop-backend/2\\.1\\.0"), userAgent);
        }
    }

    @Test
    void registeringNeedsNoCatchBlock() {
        api.on("POST /auth/register", Answer.problem(409, "EMAIL_TAKEN", Map.of()));

        // No checked exception in the signature: a partner's code catches what it means to handle.
        ConflictException e = assertThrows(ConflictException.class,
                () -> client(QUICK).accounts().register(new Credentials().email("a@example.com").password("a long password")));
        assertEquals("EMAIL_TAKEN", e.code());
    }

    private QeetMart client(RetryPolicy policy) {
        return QeetMart.builder().baseUrl(api.baseUrl()).retryPolicy(policy).build();
    }

    /** A server that takes connections and never answers. */
    private static final class Silent implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0);
        private final List<Socket> accepted = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final Thread acceptor = new Thread(this::accept, "silent-server");

        Silent() throws IOException {
            acceptor.setDaemon(true);
            acceptor.start();
        }

        String baseUrl() {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/api/v1";
        }

        private void accept() {
            try {
                while (!socket.isClosed()) {
                    accepted.add(socket.accept());
                }
            } catch (IOException closed) {
                // the test is over
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket each : accepted) {
                each.close();
            }
        }
    }
}
