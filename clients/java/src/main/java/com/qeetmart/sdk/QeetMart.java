package com.qeetmart.sdk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.qeetmart.sdk.auth.AccountsApiWithPaging;
import com.qeetmart.sdk.auth.AdministrationApiWithPaging;
import com.qeetmart.sdk.auth.ApplicationsApiWithPaging;
import com.qeetmart.sdk.auth.SessionsApi;
import com.qeetmart.sdk.auth.SessionsApiWithPaging;
import com.qeetmart.sdk.auth.model.Credentials;
import com.qeetmart.sdk.auth.SigningKeysApiWithPaging;
import com.qeetmart.sdk.inventory.ReservationsApiWithPaging;
import com.qeetmart.sdk.inventory.StockApiWithPaging;
import com.qeetmart.sdk.inventory.model.Reservation;
import com.qeetmart.sdk.inventory.model.ReservationRequest;
import com.qeetmart.sdk.invoker.ApiClient;
import com.qeetmart.sdk.invoker.ApiResponse;
import com.qeetmart.sdk.products.CategoriesApiWithPaging;
import com.qeetmart.sdk.products.ProductsApiWithPaging;
import com.qeetmart.sdk.products.VariantsApiWithPaging;
import com.qeetmart.sdk.users.AddressesApiWithPaging;
import com.qeetmart.sdk.users.PreferencesApiWithPaging;
import com.qeetmart.sdk.users.ProfilesApiWithPaging;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The one entry point to every QeetMart API through the gateway:
 * <pre>{@code
 * QeetMart sdk = QeetMart.builder().baseUrl("https://api.example.com/api/v1")
 *         .credentials("buyer@example.com", "correct horse battery").build();
 * ProductPage page = sdk.products().searchProducts(APISearchProductsRequest.newBuilder().q("trail").size(20).build());
 * }</pre>
 * Calls sign in on first use and keep the access token fresh; everything thrown is an unchecked
 * {@link QeetMartException} (an error answer is the {@link QeetMartApiException} of its kind);
 * calls that are safe to repeat are retried on 429/502/503/504 within the call's deadline;
 * {@link #with(CallOptions)} sets a call's own deadline, Idempotency-Key and headers.
 * Reads of a product, category or variant by id are revalidated with If-None-Match against a
 * small cache of the last answers (see {@link Builder#etagCache(int)}).
 */
public final class QeetMart {

    public static final String DEFAULT_BASE_URL = "http://localhost:4000/api/v1";
    /** How many catalog reads by id the SDK keeps to revalidate with If-None-Match. */
    public static final int DEFAULT_ETAG_CACHE_ENTRIES = 256;

    private final ApiClient client;
    private final Function<CallOptions, ApiClient> clients;

    private QeetMart(Function<CallOptions, ApiClient> clients, CallOptions options) {
        this.client = clients.apply(options);
        this.clients = clients;
    }

    public static Builder builder() {
        return new Builder();
    }

    public AccountsApiWithPaging accounts() {
        return new AccountsApiWithPaging(client);
    }

    public SessionsApiWithPaging sessions() {
        return new SessionsApiWithPaging(client);
    }

    public AdministrationApiWithPaging administration() {
        return new AdministrationApiWithPaging(client);
    }

    /** The signing keys' lifecycle (administrators): list them, rotate. */
    public SigningKeysApiWithPaging signingKeys() {
        return new SigningKeysApiWithPaging(client);
    }

    /** Partner applications (administrators): register, read, change, rotate a secret, delete. */
    public ApplicationsApiWithPaging applications() {
        return new ApplicationsApiWithPaging(client);
    }

    public ProfilesApiWithPaging profiles() {
        return new ProfilesApiWithPaging(client);
    }

    public AddressesApiWithPaging addresses() {
        return new AddressesApiWithPaging(client);
    }

    public PreferencesApiWithPaging preferences() {
        return new PreferencesApiWithPaging(client);
    }

    public CategoriesApiWithPaging categories() {
        return new CategoriesApiWithPaging(client);
    }

    public ProductsApiWithPaging products() {
        return new ProductsApiWithPaging(client);
    }

    public VariantsApiWithPaging variants() {
        return new VariantsApiWithPaging(client);
    }

    public StockApiWithPaging stock() {
        return new StockApiWithPaging(client);
    }

    public ReservationsApiWithPaging reservations() {
        return new ReservationsApiWithPaging(client);
    }

    /** The catalog's change feed (read it with {@link EventFeed#catalog}). */
    public com.qeetmart.sdk.products.EventsApiWithPaging catalogEvents() {
        return new com.qeetmart.sdk.products.EventsApiWithPaging(client);
    }

    /** Webhook endpoints for catalog events (receive them with {@link Webhooks#catalogEvent}). */
    public com.qeetmart.sdk.products.WebhooksApiWithPaging catalogWebhooks() {
        return new com.qeetmart.sdk.products.WebhooksApiWithPaging(client);
    }

    /** The inventory's change feed (read it with {@link EventFeed#inventory}). */
    public com.qeetmart.sdk.inventory.EventsApiWithPaging inventoryEvents() {
        return new com.qeetmart.sdk.inventory.EventsApiWithPaging(client);
    }

    /** Webhook endpoints for inventory events (receive them with {@link Webhooks#inventoryEvent}). */
    public com.qeetmart.sdk.inventory.WebhooksApiWithPaging inventoryWebhooks() {
        return new com.qeetmart.sdk.inventory.WebhooksApiWithPaging(client);
    }

    /**
     * The same client (same session, cache and connections) with these options on every call made
     * through what it hands out: {@code sdk.with(CallOptions.none().timeout(Duration.ofSeconds(2))).products()}.
     */
    public QeetMart with(CallOptions options) {
        return new QeetMart(clients, Objects.requireNonNull(options));
    }

    /**
     * Reserves stock with a new Idempotency-Key, which every retry of this call reuses: a retry
     * after a lost answer returns the same reservation instead of reserving twice.
     */
    public Reservation reserve(ReservationRequest request) {
        return reserve(request, CallOptions.none());
    }

    /**
     * Reserves stock with the options' Idempotency-Key (a new one when they have none). Keep your
     * key with the order and send it again after a failure you cannot read: the API answers with
     * the reservation it made the first time ({@code Idempotent-Replayed: true}), never a second one.
     */
    public Reservation reserve(ReservationRequest request, CallOptions options) {
        return reserveWithOutcome(request, options).reservation();
    }

    /** As {@link #reserve(ReservationRequest, CallOptions)}, saying whether the answer is a replay. */
    public ReservationOutcome reserveWithOutcome(ReservationRequest request, CallOptions options) {
        String key = options.idempotencyKey() != null ? options.idempotencyKey() : UUID.randomUUID().toString();
        ApiResponse<Reservation> answer = with(options).reservations().createReservationWithHttpInfo(key, request);
        return new ReservationOutcome(answer.getData(), ReservationOutcome.wasReplayed(answer.getHeaders()));
    }

    /** How to reach the APIs and as whom. */
    public static final class Builder {

        private String baseUrl = DEFAULT_BASE_URL;
        private String email;
        private String password;
        private String accessToken;
        private String clientId;
        private String clientSecret;
        private String[] scopes = new String[0];
        private TokenProvider tokenProvider;
        private SessionStore sessionStore;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Duration timeout = ResilientHttpClient.DEFAULT_TIMEOUT;
        private Clock clock = Clock.systemUTC();
        private int etagCacheEntries = DEFAULT_ETAG_CACHE_ENTRIES;
        private CallObserver observer;
        private String userAgent = UserAgent.VALUE;
        private Transport transport;
        private TraceContext traceContext;

        private Builder() {
        }

        /** The gateway's API root, e.g. {@code https://api.example.com/api/v1}. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl).replaceAll("/+$", "");
            return this;
        }

        /** Sign in with these credentials on first use, and again whenever the session ends. */
        public Builder credentials(String email, String password) {
            this.email = Objects.requireNonNull(email);
            this.password = Objects.requireNonNull(password);
            return this;
        }

        /**
         * Call as a partner application (OAuth 2.0 client credentials): its token is fetched from
         * {@code /auth/oauth2/token} on first use, kept, and fetched again 30 s before it expires
         * or when the API refuses it; however many calls wait, one request fetches it. With
         * {@code scopes}, the token holds only those (each one the application holds).
         */
        public Builder clientCredentials(String clientId, String clientSecret, String... scopes) {
            this.clientId = Objects.requireNonNull(clientId);
            this.clientSecret = Objects.requireNonNull(clientSecret);
            this.scopes = scopes.clone();
            return this;
        }

        /**
         * Keep a person's session in {@code store}: resumed from it on first use (no password
         * needed), each new refresh token saved, cleared when the session ends. With
         * {@link #credentials} too, an ended session signs in again; alone, it fails the call.
         */
        public Builder sessionStore(SessionStore store) {
            this.sessionStore = Objects.requireNonNull(store);
            return this;
        }

        /** Send the token {@code provider} gives, asked before every call and once more after a 401. */
        public Builder tokenProvider(TokenProvider provider) {
            this.tokenProvider = Objects.requireNonNull(provider);
            return this;
        }

        /** Use this access token as is (it is not renewed). */
        public Builder accessToken(String accessToken) {
            this.accessToken = Objects.requireNonNull(accessToken);
            return this;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy);
            return this;
        }

        /**
         * Every call's deadline (default 30 s), covering all of it: the sign-in it may need, each
         * attempt and each wait between attempts. A call past it throws
         * {@link DeadlineExceededException}; {@link CallOptions#timeout(Duration)} sets one call's own.
         */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout);
            return this;
        }

        /**
         * How many products, categories and variants read by id to keep with their ETag (default
         * {@value QeetMart#DEFAULT_ETAG_CACHE_ENTRIES}); a repeated read sends If-None-Match and
         * an unchanged resource comes back as a 304 without a body, answered from the kept copy.
         * {@code 0} turns the cache off: every read then fetches the whole resource.
         */
        public Builder etagCache(int maxEntries) {
            if (maxEntries < 0) {
                throw new IllegalArgumentException("maxEntries must be 0 (off) or more");
            }
            this.etagCacheEntries = maxEntries;
            return this;
        }

        /**
         * Show every attempt of every call to {@code observer} (method, URL without secrets,
         * status, attempt, time, cache, correlation id, rate-limit state): for metrics, traces or
         * {@link CallObserver#logging a debug log that never prints a token}.
         */
        public Builder observer(CallObserver observer) {
            this.observer = Objects.requireNonNull(observer);
            return this;
        }

        /**
         * Name your app in every call's {@code User-Agent}, after the SDK's own
         * ({@code qeetmart-sdk-java/0.1.0 (...) Java/17 shop-backend/2.1.0}): the API's operators
         * can then tell your calls from other partners' when they help you.
         */
        public Builder appInfo(String name, String version) {
            this.userAgent = UserAgent.withApp(Objects.requireNonNull(name), Objects.requireNonNull(version));
            return this;
        }

        /**
         * Send requests through {@code transport} instead of the JDK's HttpClient: a stand-in API
         * in your tests ({@code request -> Transport.Response.json(200, "...")}), or your own
         * client (a proxy, TLS settings, metrics). Tokens, retries, deadlines, the ETag cache and
         * the observer work as they do over the network, so a test sees what production does.
         */
        public Builder transport(Transport transport) {
            this.transport = Objects.requireNonNull(transport);
            return this;
        }

        /** Send the caller's trace ({@code traceparent}, ...) with every call: see {@link TraceContext}. */
        public Builder traceContext(TraceContext traceContext) {
            this.traceContext = Objects.requireNonNull(traceContext);
            return this;
        }

        Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public QeetMart build() {
            // Over plain HTTP the JDK would offer HTTP/2 with "Upgrade: h2c" on every request, which
            // proxies and the gateway do not take up: ask for HTTP/1.1 there. Over TLS, HTTP/2 is
            // negotiated without a header (ALPN).
            HttpClient http = transport != null ? new TransportHttpClient(transport) : HttpClient.newBuilder()
                    .connectTimeout(timeout)
                    .version(baseUrl.startsWith("https:") ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1).build();
            ObjectMapper json = ApiClient.createDefaultObjectMapper();
            EtagCache cache = etagCacheEntries == 0 ? null : new EtagCache(etagCacheEntries);
            IdempotentOperations idempotent = IdempotentOperations.under(baseUrl);
            HttpClient anonymousCalls = new ResilientHttpClient(http, retryPolicy, null, cache, idempotent, observer, userAgent,
                    traceContext);
            ApiClient anonymous = apiClient(anonymousCalls, json, CallOptions.none());
            Object person = email != null || sessionStore != null ? "person" : null;
            long identities = java.util.stream.Stream.of(person, clientId, tokenProvider, accessToken).filter(Objects::nonNull).count();
            if (identities > 1) {
                throw new IllegalStateException("Call as one caller: a person (credentials, sessionStore), clientCredentials, tokenProvider or accessToken");
            }
            TokenSource tokens = person != null ? new TokenSession(new SessionsApi(anonymous),
                    email == null ? null : new Credentials().email(email).password(password), sessionStore, clock)
                    : clientId != null ? new ClientCredentialsSession(anonymousCalls, baseUrl, clientId, clientSecret, scopes, json,
                            clock, timeout)
                    : tokenProvider != null ? TokenSource.provided(tokenProvider)
                    : accessToken != null ? TokenSource.fixed(accessToken) : null;
            HttpClient calls = new ResilientHttpClient(http, retryPolicy, tokens, cache, idempotent, observer, userAgent,
                    traceContext);
            return new QeetMart(options -> apiClient(calls, json, options), CallOptions.none());
        }

        private ApiClient apiClient(HttpClient http, ObjectMapper json, CallOptions options) {
            ApiClient client = new ApiClient(PrebuiltHttpClient.builderOf(http), json, baseUrl);
            client.setReadTimeout(options.timeout() != null ? options.timeout() : timeout);
            client.setResponseInterceptor(response -> ProblemResponses.raiseIfError(response, json));
            client.setRequestInterceptor(request -> {
                options.headers().forEach(request::setHeader);
                if (options.idempotencyKey() != null) {
                    request.setHeader("Idempotency-Key", options.idempotencyKey());
                }
            });
            return client;
        }
    }
}
