// A storefront written under the strictest settings a TypeScript team turns on
// (exactOptionalPropertyTypes, noUncheckedIndexedAccess, verbatimModuleSyntax and the rest in
// tsconfig.json), with the SDK's declarations checked too (skipLibCheck off): what a partner's
// code passes for an optional field it has no value for is `undefined`, and the SDK takes it.
import { QeetMart, QeetMartError, type inventory, type products } from '@qeetmart/sdk';

const sdk = new QeetMart({ baseUrl: 'http://localhost:4000/api/v1', timeoutMs: undefined });

interface Filters {
  q?: string | undefined;
  category?: string | undefined;
  size?: number | undefined;
}

export async function search(filters: Filters): Promise<products.Product[]> {
  const page = await sdk.products.searchProducts({ q: filters.q, categoryId: filters.category, size: filters.size });
  const first = page.items[0];
  return first === undefined ? [] : page.items;
}

export async function rename(productId: string, name: string, description: string | undefined): Promise<products.Product> {
  const product = await sdk.products.getProduct({ productId });
  const input: products.ProductInput = { name, description, price: product.price, status: undefined };
  return (await sdk.products.updateProduct({ productId, ifMatch: undefined, productInput: input }));
}

export async function reserve(productId: string, note: string | undefined): Promise<string> {
  const request: inventory.ReservationRequest = { orderId: crypto.randomUUID(), lines: [{ productId, quantity: 1 }] };
  try {
    const reservation = await sdk.reserve(request, { idempotencyKey: note });
    return reservation.id;
  } catch (e) {
    if (e instanceof QeetMartError) return e.message;
    throw e;
  }
}

export async function names(q: string | undefined): Promise<string[]> {
  const all: string[] = [];
  for await (const product of sdk.products.searchProductsAll({ q, size: 100 })) all.push(product.name);
  return all;
}
