import * as auth from './generated/auth/index.js';
import * as users from './generated/users/index.js';
import * as products from './generated/products/index.js';
import * as inventory from './generated/inventory/index.js';
import { ConnectionError, QeetMartApiError, QeetMartError, TimeoutError } from './errors.js';
import { defaultRetryPolicy, delayMs, mayRepeat, retryableStatus, sleep, type RetryPolicy } from './retry.js';
import { ClientCredentialsSession, ProvidedToken, TokenSession, type ClientCredentials, type SessionStore, type TokenSource } from './tokens.js';
import { userAgentFor } from './user-agent.js';
import { traceHeaders, type TraceContext } from './trace-context.js';
import { honoursIdempotencyKey } from './idempotent-operations.js';
import { DEFAULT_ETAG_CACHE_ENTRIES, EtagCache, urlOf, type EtagCacheOptions, type Fetch } from './etag-cache.js';
import { answered, observe, unanswered, wasReplayed, type CallObserver } from './observer.js';

export const DEFAULT_BASE_URL = 'http://localhost:4000/api/v1';
/** How long a call may take, retries included, unless it says otherwise. */
export const DEFAULT_TIMEOUT_MS = 30_000;

export interface QeetMartOptions {
  /** The gateway's API root, e.g. `https://api.example.com/api/v1`. */
  baseUrl?: string | undefined;
  /** Sign in with these on first use, and again whenever the session ends. */
  credentials?: { email: string; password: string } | undefined;
  /**
   * Keep a person's session here: resumed from it on first use (no password needed), each new
   * refresh token saved, cleared when the session ends. With `credentials` too, an ended session
   * signs in again; alone, the call rejects with an `AuthenticationError`.
   */
  sessionStore?: SessionStore | undefined;
  /**
   * Call as a partner application: its token is fetched from `/auth/oauth2/token` on first use,
   * kept, and fetched again 30 s before it expires or when the API refuses it; calls waiting
   * together share one fetch.
   */
  clientCredentials?: ClientCredentials | undefined;
  /** Send the token this returns, asked before every call and once more after a 401 (cache it yourself). */
  tokenProvider?: (() => string | Promise<string>) | undefined;
  /** Use this access token as is (it is not renewed). */
  accessToken?: string | undefined;
  retry?: RetryPolicy | undefined;
  /**
   * The deadline of each call in milliseconds, its retries included (30 s by default); retries
   * stop at it and the call rejects with {@link TimeoutError}. One call sets its own with a signal
   * in its last argument: `{ signal: AbortSignal.timeout(2000) }` (or an AbortController's).
   */
  timeoutMs?: number | undefined;
  /** The fetch to use (defaults to the global one). */
  fetch?: typeof fetch | undefined;
  /**
   * Reads of a product, category or variant by id are kept with their ETag (256 by default) and
   * revalidated with `If-None-Match`: an unchanged resource comes back as a 304 without a body,
   * answered from the kept copy. `false` (or `maxEntries: 0`) turns this off.
   */
  etagCache?: false | EtagCacheOptions | undefined;
  /**
   * Sees every attempt of every call once it ends (method, URL without secrets, status, attempt,
   * time, cache, correlation id, rate-limit state): for metrics, traces or `loggingObserver()`, a
   * debug log that never prints a token.
   */
  observer?: CallObserver | undefined;
  /**
   * Your app, named in every call's `User-Agent` after the SDK's own (`shop-backend/2.1.0`), so
   * the API's operators can tell your calls from other partners' (Node.js only: browsers send
   * their own).
   */
  appInfo?: { name: string; version: string } | undefined;
  /**
   * The caller's trace, as headers (`traceparent`, `tracestate`), asked once per call and sent with
   * each of its attempts, so the API's spans join your trace (with OpenTelemetry, see
   * {@link TraceContext}). It never replaces a header the SDK sets; one that throws leaves the
   * call untraced, never failed.
   */
  traceContext?: TraceContext | undefined;
}

/**
 * The one entry point to every QeetMart API through the gateway. Calls sign in on first use and
 * keep the access token fresh; error answers reject with {@link QeetMartApiError}; calls safe to
 * repeat are retried on 429/502/503/504; catalog reads by id are revalidated with If-None-Match.
 */
export class QeetMart {
  readonly accounts: auth.AccountsApiWithPaging;
  readonly sessions: auth.SessionsApiWithPaging;
  readonly administration: auth.AdministrationApiWithPaging;
  /** The signing keys' lifecycle (administrators): list them, rotate. */
  readonly signingKeys: auth.SigningKeysApiWithPaging;
  /** Partner applications (administrators): register, read, change, rotate a secret, delete. */
  readonly applications: auth.ApplicationsApiWithPaging;
  readonly profiles: users.ProfilesApiWithPaging;
  readonly addresses: users.AddressesApiWithPaging;
  readonly preferences: users.PreferencesApiWithPaging;
  readonly categories: products.CategoriesApiWithPaging;
  readonly products: products.ProductsApiWithPaging;
  readonly variants: products.VariantsApiWithPaging;
  readonly stock: inventory.StockApiWithPaging;
  readonly reservations: inventory.ReservationsApiWithPaging;
  /** The catalog's change feed (read it with `eventFeed`) and its webhook endpoints. */
  readonly catalogEvents: products.EventsApiWithPaging;
  readonly catalogWebhooks: products.WebhooksApiWithPaging;
  /** The inventory's change feed and its webhook endpoints. */
  readonly inventoryEvents: inventory.EventsApiWithPaging;
  readonly inventoryWebhooks: inventory.WebhooksApiWithPaging;

  constructor(options: QeetMartOptions = {}) {
    const basePath = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
    const baseFetch: Fetch = options.fetch ?? ((input, init) => fetch(input, init));
    const policy = options.retry ?? defaultRetryPolicy;
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const entries = options.etagCache === false ? 0 : options.etagCache?.maxEntries ?? DEFAULT_ETAG_CACHE_ENTRIES;
    const cache = entries > 0 ? new EtagCache(entries) : undefined;
    const cached = (next: Fetch): Fetch => (cache ? cache.wrap(next) : next);
    const wire: Wire = { userAgent: userAgentFor(options.appInfo), observer: options.observer,
      traceContext: options.traceContext };
    const anonymous = configurations(basePath, cached(resilient(baseFetch, policy, timeoutMs, undefined, basePath, wire)));
    const person = options.credentials ?? options.sessionStore;
    const identities = [person, options.clientCredentials, options.tokenProvider, options.accessToken]
      .filter((identity) => identity !== undefined);
    if (identities.length > 1) {
      throw new QeetMartError('Call as one caller: a person (credentials, sessionStore), clientCredentials, tokenProvider or accessToken');
    }
    const anonymousFetch = resilient(baseFetch, policy, timeoutMs, undefined, basePath, wire);
    const tokens: TokenSource | undefined = person
      ? new TokenSession(new auth.SessionsApi(anonymous.auth), options.credentials, undefined, Date.now, options.sessionStore)
      : options.clientCredentials
        ? new ClientCredentialsSession((init) => anonymousFetch(`${basePath}/auth/oauth2/token`, init), options.clientCredentials)
        : options.tokenProvider ? new ProvidedToken(options.tokenProvider)
          : options.accessToken ? new TokenSession(undefined, undefined, options.accessToken) : undefined;
    const config = tokens ? configurations(basePath, cached(resilient(baseFetch, policy, timeoutMs, tokens, basePath, wire))) : anonymous;
    this.accounts = new auth.AccountsApiWithPaging(config.auth);
    this.sessions = new auth.SessionsApiWithPaging(config.auth);
    this.administration = new auth.AdministrationApiWithPaging(config.auth);
    this.signingKeys = new auth.SigningKeysApiWithPaging(config.auth);
    this.applications = new auth.ApplicationsApiWithPaging(config.auth);
    this.profiles = new users.ProfilesApiWithPaging(config.users);
    this.addresses = new users.AddressesApiWithPaging(config.users);
    this.preferences = new users.PreferencesApiWithPaging(config.users);
    this.categories = new products.CategoriesApiWithPaging(config.products);
    this.products = new products.ProductsApiWithPaging(config.products);
    this.variants = new products.VariantsApiWithPaging(config.products);
    this.stock = new inventory.StockApiWithPaging(config.inventory);
    this.reservations = new inventory.ReservationsApiWithPaging(config.inventory);
    this.catalogEvents = new products.EventsApiWithPaging(config.products);
    this.catalogWebhooks = new products.WebhooksApiWithPaging(config.products);
    this.inventoryEvents = new inventory.EventsApiWithPaging(config.inventory);
    this.inventoryWebhooks = new inventory.WebhooksApiWithPaging(config.inventory);
  }

  /**
   * Reserves stock under an Idempotency-Key, which every retry of this call reuses: a retry after a
   * lost answer returns the same reservation instead of reserving twice. Pass your own key (kept
   * with your order) to make your own retries of the call safe too, across restarts; without one a
   * new key is made. A repeat is answered with `Idempotent-Replayed: true` (`reserveWithOutcome`
   * says which answer is which).
   */
  async reserve(request: inventory.ReservationRequest,
                options: { idempotencyKey?: string | undefined; signal?: AbortSignal | undefined } = {}): Promise<inventory.Reservation> {
    return (await this.reserveWithOutcome(request, options)).reservation;
  }

  /** As `reserve`, saying whether the answer repeats an earlier one with the same key (`replayed`). */
  async reserveWithOutcome(request: inventory.ReservationRequest,
                           options: { idempotencyKey?: string | undefined; signal?: AbortSignal | undefined } = {}): Promise<ReservationOutcome> {
    const answer = await this.reservations.createReservationRaw({
      idempotencyKey: options.idempotencyKey ?? globalThis.crypto.randomUUID(), reservationRequest: request,
    }, options.signal ? { signal: options.signal } : undefined);
    return { reservation: await answer.value(), replayed: wasReplayed(answer.raw.headers) };
  }
}

/** A reservation, and whether the API answered with the one an earlier call with the same key made. */
export interface ReservationOutcome {
  reservation: inventory.Reservation;
  replayed: boolean;
}

// Every error answer rejects with its QeetMartApiError kind (the generated runtime would throw a
// bare ResponseError), and every failure to get one with the SDK's own error: the generated
// runtime would wrap what fetch threw (even a sign-in's error) in a FetchError of its own.
const problems = {
  async post({ response }: { response: Response }): Promise<Response> {
    if (response.status >= 400) throw await QeetMartApiError.fromResponse(response);
    return response;
  },
  async onError({ error }: { error: unknown }): Promise<Response> {
    if (error instanceof QeetMartError || (error instanceof Error && error.name === 'AbortError')) throw error;
    throw new ConnectionError(undefined, { cause: error });
  },
};

function configurations(basePath: string, fetchApi: Fetch) {
  return {
    auth: new auth.Configuration({ basePath, fetchApi, middleware: [problems] }),
    users: new users.Configuration({ basePath, fetchApi, middleware: [problems] }),
    products: new products.Configuration({ basePath, fetchApi, middleware: [problems] }),
    inventory: new inventory.Configuration({ basePath, fetchApi, middleware: [problems] }),
  };
}

/** What every request carries and reports: the User-Agent and trace it sends, the observer it tells. */
interface Wire {
  userAgent: string | undefined;
  observer: CallObserver | undefined;
  traceContext: TraceContext | undefined;
}

/**
 * Adds the access token, renews it once on 401, and repeats calls that are safe to repeat, all
 * within the call's deadline: the caller's signal, else the client's `timeoutMs`. A wait for a
 * retry that would end past the client's deadline is not started: the answer stands.
 */
function resilient(baseFetch: Fetch, policy: RetryPolicy, timeoutMs: number,
                   tokens: TokenSource | undefined, basePath: string, wire: Wire): Fetch {
  return async (input, init) => {
    init = keyed(input, init ?? {}, basePath);
    const own = init?.signal ?? undefined;
    const signal = own ?? AbortSignal.timeout(timeoutMs);
    const deadlineAt = own ? Number.POSITIVE_INFINITY : Date.now() + timeoutMs;
    try {
      return await attempts(baseFetch, policy, tokens, input, { ...init, signal }, deadlineAt, wire);
    } catch (failed) {
      const call = `${(init.method ?? 'GET').toUpperCase()} ${urlOf(input)}`;
      if (signal.aborted && isTimeout(signal.reason)) throw new TimeoutError(own ? undefined : timeoutMs, { cause: failed, call });
      if (signal.aborted) throw signal.reason;
      if (failed instanceof QeetMartError) throw failed;
      throw new ConnectionError(call, { cause: failed });
    }
  };
}

/** A creation without an Idempotency-Key gets one of its own, made once so every attempt carries it. */
function keyed(input: Parameters<Fetch>[0], init: RequestInit, basePath: string): RequestInit {
  const headers = new Headers(init.headers);
  const method = (init.method ?? 'GET').toUpperCase();
  if (headers.has('idempotency-key') || !honoursIdempotencyKey(method, urlOf(input), basePath)) return init;
  headers.set('Idempotency-Key', globalThis.crypto.randomUUID());
  return { ...init, headers };
}

async function attempts(baseFetch: Fetch, policy: RetryPolicy, tokens: TokenSource | undefined,
                        input: Parameters<Fetch>[0], init: RequestInit & { signal: AbortSignal },
                        deadlineAt: number, wire: Wire): Promise<Response> {
  const method = (init.method ?? 'GET').toUpperCase();
  const headers = new Headers(init.headers);
  if (wire.userAgent) headers.set('User-Agent', wire.userAgent);
  for (const [name, value] of traceHeaders(wire.traceContext)) headers.set(name, value);
  let token = tokens ? await tokens.current() : undefined;
  if (token) headers.set('Authorization', `Bearer ${token}`);
  let renewed = false;
  let sent = 0;
  for (let attempt = 1; ; attempt++) {
    let response: Response;
    const startedAt = performance.now();
    sent++;
    try {
      response = await baseFetch(input, { ...init, headers });
      observe(wire.observer, answered(method, urlOf(input), sent, startedAt, response));
    } catch (failed) {
      observe(wire.observer, unanswered(method, urlOf(input), sent, startedAt, failed));
      if (init.signal.aborted || attempt >= policy.maxAttempts || !mayRepeat(method, headers)) throw failed;
      await sleep(delayMs(policy, attempt), init.signal);
      continue;
    }
    if (response.status === 401 && tokens && !renewed) {
      const fresh = await tokens.renewAfterRejection(token);
      if (fresh && fresh !== token) {
        await response.body?.cancel();
        token = fresh;
        headers.set('Authorization', `Bearer ${token}`);
        renewed = true;
        attempt--;
        continue;
      }
    }
    const wait = delayMs(policy, attempt, response);
    if (retryableStatus(response.status) && attempt < policy.maxAttempts && mayRepeat(method, headers)
        && Date.now() + wait < deadlineAt) {
      await response.body?.cancel();
      await sleep(wait, init.signal);
      continue;
    }
    return response;
  }
}

function isTimeout(reason: unknown): boolean {
  return reason instanceof Error && reason.name === 'TimeoutError';
}
