/** One invalid field of a request, as the API named it (e.g. `lines[0].quantity`). */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * Every error the SDK throws is one of these: an answer of the API ({@link QeetMartApiError} and
 * its kinds), no answer at all ({@link ConnectionError}), or no answer in time ({@link TimeoutError}).
 * A call the caller aborted rejects with the signal's own reason.
 */
export class QeetMartError extends Error {
  override name = 'QeetMartError';
}

/**
 * An error answer from a QeetMart API: the problem+json body (RFC 9457) as typed fields. Catch a
 * kind (`NotFoundError`, `ConflictError`, ...) for the status, and switch on `code` or `type`, which
 * never change, for the distinct error (`INSUFFICIENT_STOCK`); quote `correlationId` to support.
 */
export class QeetMartApiError extends QeetMartError {
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

  /** The error of an answer, as the kind its status says. */
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
    const Kind = kindOf(response.status);
    if (text('type') === undefined && text('error') !== undefined) {
      // OAuth's own error object (the token endpoint, RFC 6749 section 5.2): its code, upper-cased.
      return new Kind(response.status, undefined, text('error')!.toUpperCase(), undefined, text('error_description'),
        headerId, [], retryAfter);
    }
    return new Kind(response.status, text('type'), text('code'), text('title'), text('detail'),
      text('correlationId') ?? headerId, errors, retryAfter);
  }
}

/** 400, 405, 406, 413, 414, 415, 422, 431 and other 4xx: the request itself must change. */
export class InvalidRequestError extends QeetMartApiError { override name = 'InvalidRequestError'; }
/** 401: no valid access token (signed out, expired, revoked). */
export class AuthenticationError extends QeetMartApiError { override name = 'AuthenticationError'; }
/** 403: the token does not allow this operation. */
export class PermissionError extends QeetMartApiError { override name = 'PermissionError'; }
/** 404: nothing there, or nothing this caller may see. */
export class NotFoundError extends QeetMartApiError { override name = 'NotFoundError'; }
/** 409 and 412: the resource's state or version refuses the change; read it again and decide. */
export class ConflictError extends QeetMartApiError { override name = 'ConflictError'; }
/** 429: too many requests; `retryAfterSeconds` says when to come back. */
export class RateLimitError extends QeetMartApiError { override name = 'RateLimitError'; }
/** 5xx: the platform failed; retry later (calls safe to repeat were already retried). */
export class ServerError extends QeetMartApiError { override name = 'ServerError'; }

/** The API could not be reached or the connection broke: nothing was answered (`cause` says why). */
export class ConnectionError extends QeetMartError {
  override name = 'ConnectionError';

  /**
   * `call` is the request (`GET http://host/api/v1/products/...`); the message names it and the
   * network's own code found in the cause chain (ECONNREFUSED, ENOTFOUND, ECONNRESET, ...), which
   * fetch buries two causes deep.
   */
  constructor(readonly call: string | undefined, options?: { cause?: unknown }) {
    const code = networkCode(options?.cause);
    super(`${call ?? 'The call'} could not reach the API${code ? ` (${code})` : ''}`, options);
    this.networkCode = code;
  }

  /** The operating system's code for the failure, when the cause chain has one. */
  readonly networkCode: string | undefined;
}

function networkCode(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The call's deadline passed, retries included, before the API answered. */
export class TimeoutError extends QeetMartError {
  override name = 'TimeoutError';

  /** `timeoutMs`: the client's deadline, or undefined when the caller's own signal ended the call. */
  constructor(readonly timeoutMs: number | undefined, options?: { cause?: unknown; call?: string }) {
    super(`${options?.call ?? 'The call'} got no answer within ${timeoutMs === undefined
      ? "its caller's deadline" : `${timeoutMs} ms`}`, options);
  }
}

function kindOf(status: number): typeof QeetMartApiError {
  if (status >= 500) return ServerError;
  switch (status) {
    case 401: return AuthenticationError;
    case 403: return PermissionError;
    case 404: case 410: return NotFoundError;
    case 409: case 412: return ConflictError;
    case 429: return RateLimitError;
    default: return InvalidRequestError;
  }
}

/** The `Retry-After` of an answer in seconds (the form QeetMart sends), if any. */
export function retryAfterSeconds(response: Response): number | undefined {
  const value = response.headers.get('retry-after');
  if (value === null || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value.trim());
}
