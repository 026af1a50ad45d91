// A strict partner program compiled with lib ES2022 and Node's types only (no DOM): the SDK's
// declarations must stand on their own there (types.test.mjs).
import { ConflictError, QeetMart, QeetMartError, TimeoutError, etagOf, type FieldError, type Money, type PageMetadata } from '@qeetmart/sdk';

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

// One Money and one PageMetadata for every API: a users page's metadata is a catalog page's.
export async function priceAndPages(productId: string): Promise<[Money, PageMetadata, PageMetadata]> {
  const product = await sdk.products.getProduct({ productId });
  const products = await sdk.products.searchProducts({ size: 1 });
  const users = await sdk.profiles.listUsers({ size: 1 });
  await sdk.products.updateProduct({ productId, ifMatch: etagOf(product.version),
    productInput: { name: product.name, price: product.price } });
  return [product.price, products.page, users.page];
}
