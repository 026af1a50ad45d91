import { retryAfterSeconds } from './errors.js';

/**
 * When a call is tried again: on 429, 502, 503 and 504 (and on a failed connection), at most
 * `maxAttempts` times in all, waiting what `Retry-After` says or else an exponential backoff with
 * jitter, never longer than `maxDelayMs`. Only calls safe to repeat are retried: GET, HEAD, PUT,
 * DELETE, OPTIONS, and any call carrying an `Idempotency-Key`.
 */
export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 3, baseDelayMs: 200, maxDelayMs: 10_000 };

const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

export function mayRepeat(method: string, headers: Headers): boolean {
  return IDEMPOTENT_METHODS.has(method) || headers.has('idempotency-key');
}

export function retryableStatus(status: number): boolean {
  return RETRYABLE_STATUS.has(status);
}

export function delayMs(policy: RetryPolicy, attempt: number, response?: Response): number {
  const retryAfter = response ? retryAfterSeconds(response) : undefined;
  if (retryAfter !== undefined) return Math.min(retryAfter * 1000, policy.maxDelayMs);
  const base = policy.baseDelayMs * 2 ** Math.min(attempt - 1, 10);
  return Math.min(base / 2 + Math.random() * (base / 2), policy.maxDelayMs);
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts (a deadline passed). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const stop = () => { clearTimeout(timer); reject(signal!.reason); };
    const timer = setTimeout(() => { signal?.removeEventListener('abort', stop); resolve(); }, ms);
    signal?.addEventListener('abort', stop, { once: true });
  });
}
