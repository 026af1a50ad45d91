import { QeetMartError } from './errors.js';
import * as products from './generated/products/index.js';
import * as inventory from './generated/inventory/index.js';

/** The header a delivery's signature comes in. */
export const SIGNATURE_HEADER = 'QeetMart-Signature';
/** How far a signature's time may be from now, either way, in seconds. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** Why a delivery was refused: answer 400 and do not act on it. */
export type WebhookRefusal = 'MISSING' | 'MALFORMED' | 'MISMATCH' | 'STALE';

/** A webhook delivery that must not be trusted; `reason` says why (for your logs, not the sender). */
export class WebhookSignatureError extends QeetMartError {
  override name = 'WebhookSignatureError';

  constructor(readonly reason: WebhookRefusal, message: string) {
    super(message);
  }
}

export interface VerifyOptions {
  /** Seconds a signature's time may be from now (default 300). */
  toleranceSeconds?: number | undefined;
  /** Now, in milliseconds since the epoch (tests). */
  now?: (() => number) | undefined;
}

const encoder = new TextEncoder();

async function hmacHex(secret: string, signedAt: string, payload: string): Promise<string> {
  const key = await globalThis.crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' },
    false, ['sign']);
  const mac = await globalThis.crypto.subtle.sign('HMAC', key, encoder.encode(`${signedAt}.${payload}`));
  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Equal in time independent of where two strings differ. */
function sameText(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  return diff === 0;
}

/**
 * Throws a `WebhookSignatureError` unless one `v1` of the header is the HMAC-SHA256 of
 * "t.payload" under the secret and `t` is within the tolerance of now. Pass the body exactly as
 * received, before any JSON parsing.
 */
export async function verifySignature(payload: string, header: string | null | undefined, secret: string,
                                      options: VerifyOptions = {}): Promise<void> {
  if (!header || header.trim() === '') throw new WebhookSignatureError('MISSING', `No ${SIGNATURE_HEADER} header`);
  let signedAt: string | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const item = part.trim();
    if (item.startsWith('t=') && signedAt === undefined && /^t=\d{1,12}$/.test(item)) signedAt = item.slice(2);
    else if (item.startsWith('v1=')) signatures.push(item.slice(3));
  }
  if (signedAt === undefined || signatures.length === 0) {
    throw new WebhookSignatureError('MALFORMED', `${SIGNATURE_HEADER} must be t=<unix seconds>,v1=<hex>`);
  }
  const expected = await hmacHex(secret, signedAt, payload);
  if (!signatures.map((signature) => sameText(expected, signature)).includes(true)) {
    throw new WebhookSignatureError('MISMATCH', 'No signature matches the payload');
  }
  const skew = Math.abs(Math.floor((options.now ?? Date.now)() / 1000) - Number(signedAt));
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  if (skew > tolerance) throw new WebhookSignatureError('STALE', `Signed ${skew} s away from now (tolerance ${tolerance} s)`);
}

/**
 * A verified catalog delivery as a typed event (`event.type` narrows it to a product or category event):
 * ```ts
 * const event = await catalogEvent(rawBody, request.headers['qeetmart-signature'], secret);
 * if (event.type === 'product.updated') { ... event.data.price ... }
 * ```
 * De-duplicate on `event.id`: a delivery may come more than once.
 */
export async function catalogEvent(payload: string, header: string | null | undefined, secret: string,
                                   options: VerifyOptions = {}): Promise<products.CatalogEvent> {
  await verifySignature(payload, header, secret, options);
  return products.CatalogEventFromJSON(JSON.parse(payload));
}

/** A verified inventory delivery as a typed event (stock or reservation). */
export async function inventoryEvent(payload: string, header: string | null | undefined, secret: string,
                                     options: VerifyOptions = {}): Promise<inventory.InventoryEvent> {
  await verifySignature(payload, header, secret, options);
  return inventory.InventoryEventFromJSON(JSON.parse(payload));
}

/** The header QeetMart would send with `payload` at `atMillis`: for your receiver's tests. */
export async function signatureHeader(payload: string, secret: string, atMillis: number = Date.now()): Promise<string> {
  const t = String(Math.floor(atMillis / 1000));
  return `t=${t},v1=${await hmacHex(secret, t, payload)}`;
}
