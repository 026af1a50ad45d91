/** What one call sets for itself, beside its parameters. */
export interface CallOptionsInit {
  /** Headers added to this call's request; the SDK's own (`Authorization`, `Content-Type`, `Idempotency-Key`, ...) win. */
  headers?: Record<string, string> | undefined;
  /** Cancels the call, or gives it its own deadline: `AbortSignal.timeout(2000)`. */
  signal?: AbortSignal | undefined;
}

/** The request a generated method is about to send, as far as call options read it. */
interface PendingRequest {
  init: { headers?: Record<string, string> | undefined };
}

/**
 * Options for one call, for any generated method's last argument:
 * `sdk.products.getProduct({ productId }, callOptions({ headers: { 'Accept-Language': 'de' } }))`.
 * The generated methods also take a plain `RequestInit` there, but its `headers` would replace
 * every header the method built (the body's `Content-Type`, the `Idempotency-Key`); these are
 * added to them instead.
 */
export function callOptions(options: CallOptionsInit): (request: PendingRequest) => Promise<RequestInit> {
  return async ({ init }) => ({
    headers: { ...options.headers, ...init.headers },
    ...(options.signal ? { signal: options.signal } : {}),
  });
}
