/**
 * The caller's trace as headers (W3C `traceparent` and `tracestate`, or any propagator's), asked
 * once per call. With OpenTelemetry:
 * ```ts
 * traceContext: () => { const carrier: Record<string, string> = {}; propagation.inject(context.active(), carrier); return carrier; }
 * ```
 */
export type TraceContext = () => Record<string, string> | undefined;

/** Headers the SDK sets itself, which a trace context never replaces. */
const OWN = new Set(['authorization', 'user-agent', 'idempotency-key', 'if-none-match', 'if-match', 'content-type',
  'content-length', 'host', 'cookie', 'accept']);
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * The headers `context` gives for this call: only well-formed ones, none of the SDK's own, none
 * with a line break or NUL. A context that throws leaves the call untraced, never failed.
 */
export function traceHeaders(context: TraceContext | undefined): [string, string][] {
  if (!context) return [];
  let carried: Record<string, string> | undefined;
  try {
    carried = context();
  } catch {
    return [];
  }
  return Object.entries(carried ?? {}).filter(([name, value]) => TOKEN.test(name) && !OWN.has(name.toLowerCase())
    && typeof value === 'string' && !/[\r\n\0]/.test(value));
}
