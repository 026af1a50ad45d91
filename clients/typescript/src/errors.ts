/** One invalid field of a request, as the API named it (e.g. `lines[0].quantity`). */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * An error answer from a QeetMart API: the problem+json body (RFC 9457) as typed fields. Switch on
 * `code` or `type`, which never change; quote `correlationId` to support.
 */
export class QeetMartApiError extends Error {
  override name = 'QeetMartApiError';

  constructor(
    readonly status: number,
    readonly type: string | undefined,
    readonly code: string | undefined,
    readonly title: string | undefined,
    readonly detail: string | undefined,
    readonly correlationId: string | undefined,
    readonly fieldErrors: FieldError[],
    /** Seconds the API asked to wait before retrying (429, 503), when it said. */
    readonly retryAfterSeconds: number | undefined,
  ) {
    super(`${status} ${code ?? `HTTP_${status}`}${detail ? `: ${detail}` : ''}`
      + (correlationId ? ` (correlation id ${correlationId})` : ''));
  }

  static async fromResponse(response: Response): Promise<QeetMartApiError> {
    const headerId = response.headers.get('x-correlation-id') ?? undefined;
    const retryAfter = retryAfterSeconds(response);
    let problem: Record<string, unknown> | undefined;
    try {
      const parsed: unknown = JSON.parse(await response.text());
      problem = parsed !== null && typeof parsed === 'object' ? parsed as Record<string, unknown> : undefined;
    } catch {
      // Not JSON (an answer from something in between): keep the status.
    }
    const text = (field: string) => (typeof problem?.[field] === 'string' ? problem[field] as string : undefined);
    const errors = Array.isArray(problem?.errors)
      ? (problem.errors as Array<Record<string, unknown>>).map((e) => ({ field: String(e.field), message: String(e.message) }))
      : [];
    return new QeetMartApiError(response.status, text('type'), text('code'), text('title'), text('detail'),
      text('correlationId') ?? headerId, errors, retryAfter);
  }
}

/** The `Retry-After` of an answer in seconds (the form QeetMart sends), if any. */
export function retryAfterSeconds(response: Response): number | undefined {
  const value = response.headers.get('retry-after');
  if (value === null || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value.trim());
}
