export { QeetMart, DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS, type QeetMartOptions, type ReservationOutcome } from './client.js';
export { USER_AGENT } from './user-agent.js';
export type { TraceContext } from './trace-context.js';
export {
  QeetMartError, QeetMartApiError, InvalidRequestError, AuthenticationError, PermissionError, NotFoundError,
  ConflictError, RateLimitError, ServerError, ConnectionError, TimeoutError, type FieldError,
} from './errors.js';
export { defaultRetryPolicy, type RetryPolicy } from './retry.js';
export { callOptions, type CallOptionsInit } from './call-options.js';
export { pages } from './pages.js';
export { loggingObserver, rateLimitOf, wasReplayed, type CallEvent, type CallObserver, type RateLimitState } from './observer.js';
export { eventFeed } from './event-feed.js';
export {
  catalogEvent, inventoryEvent, verifySignature, signatureHeader, WebhookSignatureError, SIGNATURE_HEADER,
  DEFAULT_TOLERANCE_SECONDS, type WebhookRefusal, type VerifyOptions,
} from './webhooks.js';
export type { ClientCredentials, SessionStore } from './tokens.js';
export { etagOf } from './etags.js';
export { DEFAULT_ETAG_CACHE_ENTRIES, type EtagCacheOptions } from './etag-cache.js';
// The shared schemas once, at the top (each API's namespace has the same shape under its own name;
// TypeScript's structural types make them interchangeable).
export type { Money, PageMetadata } from './generated/products/index.js';
// The generated clients and models, one namespace per API.
export * as auth from './generated/auth/index.js';
export * as users from './generated/users/index.js';
export * as products from './generated/products/index.js';
export * as inventory from './generated/inventory/index.js';
