/**
 * The caller's rate-limit state as an answer reports it (`RateLimit-Limit`, `RateLimit-Remaining`,
 * `RateLimit-Reset`): how many requests the window allows, how many are left, and in how many
 * seconds it starts again.
 */
export interface RateLimitState {
  limit: number;
  remaining: number;
  resetSeconds: number;
}

/**
 * One attempt of a call, as an observer sees it once it has ended: never a header's value, so
 * never a token. `status` is 0 when no answer came (`error` says why); `fromCache` is true when
 * the API answered 304 Not Modified and the call returns the SDK's kept copy (which the generated
 * code and its middleware see as the copy's 200).
 */
export interface CallEvent {
  method: string;
  /** The URL without user info, and with the values of secret-looking query parameters redacted. */
  url: string;
  status: number;
  /** 1, then 2... for each retry. */
  attempt: number;
  elapsedMs: number;
  fromCache: boolean;
  /** The API answered a repeated Idempotency-Key with its first answer (`Idempotent-Replayed: true`). */
  replayed: boolean;
  /** The API's `X-Correlation-Id` for this attempt (quote it to support), or null. */
  correlationId: string | null;
  rateLimit: RateLimitState | null;
  error: unknown;
}

/** Sees every attempt of every call; what it throws is ignored and never fails the call. */
export type CallObserver = (event: CallEvent) => void;

const SECRET_NAME = /token|secret|password|passwd|key|code|signature|auth/i;

/** A URL as hooks and logs show it: no user info, no secret query values. */
export function safeUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.replace(/\?.*$/, '?REDACTED');
  }
  const query = parsed.search.length > 1 ? parsed.search.slice(1).split('&').map((pair) => {
    const equals = pair.indexOf('=');
    const name = equals < 0 ? pair : pair.slice(0, equals);
    return equals >= 0 && SECRET_NAME.test(decodeURIComponent(name)) ? `${name}=REDACTED` : pair;
  }).join('&') : '';
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}${query ? `?${query}` : ''}`;
}

/** Whether an answer's headers say it repeats an earlier one (`Idempotent-Replayed: true`). */
export function wasReplayed(headers: Headers): boolean {
  return headers.get('Idempotent-Replayed')?.trim().toLowerCase() === 'true';
}

/** The rate-limit state the headers report, or null when they do not report all three numbers. */
export function rateLimitOf(headers: Headers): RateLimitState | null {
  const number = (name: string) => {
    const value = headers.get(name);
    return value !== null && /^\s*\d+\s*$/.test(value) ? Number(value) : undefined;
  };
  const limit = number('RateLimit-Limit');
  const remaining = number('RateLimit-Remaining');
  const resetSeconds = number('RateLimit-Reset');
  return limit === undefined || remaining === undefined || resetSeconds === undefined
    ? null : { limit, remaining, resetSeconds };
}

/**
 * A debug log of every attempt, one line each: method, URL with its secrets hidden, status,
 * attempt, time, cache, correlation id and rate-limit state. No header value is ever written, so
 * no token, secret or password reaches the log.
 */
export function loggingObserver(log: (line: string) => void = console.debug): CallObserver {
  return (event) => {
    const outcome = event.status === 0 ? `no answer (${(event.error as Error | undefined)?.name ?? 'error'})` : `${event.status}`;
    let line = `${event.method} ${event.url} -> ${outcome} in ${Math.round(event.elapsedMs)} ms, attempt ${event.attempt}`;
    if (event.fromCache) line += ", from the SDK's cache";
    if (event.replayed) line += ', a replay of an earlier answer';
    if (event.correlationId) line += `, correlation ${event.correlationId}`;
    if (event.rateLimit) line += `, rate limit ${event.rateLimit.remaining}/${event.rateLimit.limit} left`;
    log(line);
  };
}

export function observe(observer: CallObserver | undefined, event: CallEvent): void {
  if (!observer) return;
  try {
    observer(event);
  } catch {
    // An observer's failure is its own: the call goes on.
  }
}

/** An attempt that got an answer, as the observer sees it. */
export function answered(method: string, url: string, attempt: number, startedAt: number, response: Response): CallEvent {
  return {
    method, url: safeUrl(url), status: response.status, attempt, elapsedMs: performance.now() - startedAt,
    fromCache: response.status === 304, replayed: wasReplayed(response.headers),
    correlationId: response.headers.get('X-Correlation-Id'), rateLimit: rateLimitOf(response.headers), error: null,
  };
}

/** An attempt that got none. */
export function unanswered(method: string, url: string, attempt: number, startedAt: number, error: unknown): CallEvent {
  return {
    method, url: safeUrl(url), status: 0, attempt, elapsedMs: performance.now() - startedAt,
    fromCache: false, replayed: false, correlationId: null, rateLimit: null, error,
  };
}
