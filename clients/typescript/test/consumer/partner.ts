// A strict partner program compiled with lib ES2022 and Node's types only (no DOM): the SDK's
// declarations must stand on their own there (types.test.mjs).
import { ConflictError, QeetMart, QeetMartError, TimeoutError, type FieldError } from '@qeetmart/sdk';

const sdk = new QeetMart({ baseUrl: 'http://localhost:4000/api/v1', timeoutMs: 5000 });

export async function reserveOne(productId: string): Promise<string | FieldError[]> {
  try {
    const reservation = await sdk.reserve({ orderId: crypto.randomUUID(), lines: [{ productId, quantity: 1 }] });
    const product = await sdk.products.getProduct({ productId }, { signal: AbortSignal.timeout(2000) });
    return `${reservation.id} ${product.name}`;
  } catch (e) {
    if (e instanceof ConflictError) return e.fieldErrors;
    if (e instanceof TimeoutError) return `timed out after ${e.timeoutMs} ms`;
    if (e instanceof QeetMartError) return e.message;
    throw e;
  }
}
