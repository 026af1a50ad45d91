// Catalog reads by id are revalidated with If-None-Match, and a 304 is answered from the kept copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QeetMart, QeetMartApiError } from '../target/package/dist/esm/index.js';
import { problem, stubApi } from './stub-api.mjs';

const fast = { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 2000 };
const SHOE = '00000000-0000-0000-0000-000000000001';
const SOCK = '00000000-0000-0000-0000-000000000002';
const catalogRule = 'public, max-age=5, stale-while-revalidate=15';
const product = (id, name, version, cacheControl = catalogRule) => ({
  status: 200,
  headers: { 'content-type': 'application/json', etag: `"${version}"`, 'cache-control': cacheControl },
  body: JSON.stringify({ id, name, status: 'ACTIVE', price: { amount: '1.00', currency: 'EUR' }, attributes: {}, version,
    createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }),
});
const notModified = (version) => ({ status: 304, headers: { etag: `"${version}"`, 'cache-control': catalogRule }, body: '' });
const conditionsSent = (api, path) => api.seen('GET', path).map((s) => s.ifNoneMatch);

async function stub(t) {
  const api = await stubApi();
  t.after(api.close);
  return api;
}

test('a repeated read sends If-None-Match and a 304 is answered from the copy', async (t) => {
  const api = await stub(t);
  api.on(`GET /products/${SHOE}`, product(SHOE, 'Trail shoe', 1), notModified(1));
  const sdk = new QeetMart({ baseUrl: api.baseUrl, retry: fast });

  const first = await sdk.products.getProduct({ productId: SHOE });
  const second = await sdk.products.getProduct({ productId: SHOE });

  assert.equal(first.name, 'Trail shoe');
  assert.deepEqual(second, first);
  assert.deepEqual(conditionsSent(api, `/products/${SHOE}`), [undefined, '"1"']);
});

test('a changed resource replaces the copy', async (t) => {
  const api = await stub(t);
  api.on(`GET /products/${SHOE}`, product(SHOE, 'Trail shoe', 1), product(SHOE, 'Trail shoe 2', 2), notModified(2));
  const sdk = new QeetMart({ baseUrl: api.baseUrl, retry: fast });

  await sdk.products.getProduct({ productId: SHOE });
  assert.equal((await sdk.products.getProduct({ productId: SHOE })).name, 'Trail shoe 2');
  assert.equal((await sdk.products.getProduct({ productId: SHOE })).name, 'Trail shoe 2');

  assert.deepEqual(conditionsSent(api, `/products/${SHOE}`), [undefined, '"1"', '"2"']);
});

test('categories and variants are revalidated too', async (t) => {
  const api = await stub(t);
  const category = { status: 200, headers: { 'content-type': 'application/json', etag: '"3"' }, body: JSON.stringify({
    id: SOCK, name: 'Shoes', slug: 'shoes', version: 3, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }) };
  const variant = { status: 200, headers: { 'content-type': 'application/json', etag: '"1"' }, body: JSON.stringify({
    id: SOCK, productId: SHOE, sku: 'TR3-42', name: 'EU 42', attributes: {}, version: 1,
    createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }) };
  api.on(`GET /categories/${SOCK}`, category, notModified(3))
    .on(`GET /products/${SHOE}/variants/${SOCK}`, variant, notModified(1));
  const sdk = new QeetMart({ baseUrl: api.baseUrl, retry: fast });

  await sdk.categories.getCategory({ categoryId: SOCK });
  assert.equal((await sdk.categories.getCategory({ categoryId: SOCK })).slug, 'shoes');
  await sdk.variants.getProductVariant({ productId: SHOE, variantId: SOCK });
  assert.equal((await sdk.variants.getProductVariant({ productId: SHOE, variantId: SOCK })).sku, 'TR3-42');

  assert.deepEqual(conditionsSent(api, `/categories/${SOCK}`), [undefined, '"3"']);
  assert.deepEqual(conditionsSent(api, `/products/${SHOE}/variants/${SOCK}`), [undefined, '"1"']);
});

test('the cache keeps only the most recently used reads', async (t) => {
  const api = await stub(t);
  api.on(`GET /products/${SHOE}`, product(SHOE, 'Trail shoe', 1)).on(`GET /products/${SOCK}`, product(SOCK, 'Sock', 1));
  const sdk = new QeetMart({ baseUrl: api.baseUrl, retry: fast, etagCache: { maxEntries: 1 } });

  await sdk.products.getProduct({ productId: SHOE });
  await sdk.products.getProduct({ productId: SOCK });
  await sdk.products.getProduct({ productId: SHOE });

  assert.deepEqual(conditionsSent(api, `/products/${SHOE}`), [undefined, undefined]);
});

test('turned off, every read fetches the whole resource', async (t) => {
  const api = await stub(t);
  api.on(`GET /products/${SHOE}`, product(SHOE, 'Trail shoe', 1));
  const sdk = new QeetMart({ baseUrl: api.baseUrl, retry: fast, etagCache: false });

  await sdk.products.getProduct({ productId: SHOE });
  await sdk.products.getProduct({ productId: SHOE });

  assert.deepEqual(conditionsSent(api, `/products/${SHOE}`), [undefined, undefined]);
});

test('no-store answers are never kept', async (t) => {
  const api = await stub(t);
  api.on(`GET /products/${SHOE}`, product(SHOE, 'Trail shoe', 1, 'no-store'));
  const sdk = new QeetMart({ baseUrl: api.baseUrl, retry: fast });

  await sdk.products.getProduct({ productId: SHOE });
  await sdk.products.getProduct({ productId: SHOE });

  assert.deepEqual(conditionsSent(api, `/products/${SHOE}`), [undefined, undefined]);
});

test('a deleted resource is forgotten and rejects with a typed problem', async (t) => {
  const api = await stub(t);
  api.on(`GET /products/${SHOE}`, product(SHOE, 'Trail shoe', 1), problem(404, 'NOT_FOUND'), product(SHOE, 'Trail shoe', 1));
  const sdk = new QeetMart({ baseUrl: api.baseUrl, retry: fast });

  await sdk.products.getProduct({ productId: SHOE });
  const gone = await sdk.products.getProduct({ productId: SHOE }).catch((e) => e);
  await sdk.products.getProduct({ productId: SHOE });

  assert.ok(gone instanceof QeetMartApiError);
  assert.equal(gone.status, 404);
  assert.deepEqual(conditionsSent(api, `/products/${SHOE}`), [undefined, '"1"', undefined]);
});

test("a caller's own If-None-Match is sent as is", async (t) => {
  const api = await stub(t);
  api.on(`GET /products/${SHOE}`, product(SHOE, 'Trail shoe', 1));
  const sdk = new QeetMart({ baseUrl: api.baseUrl, retry: fast });

  await sdk.products.getProduct({ productId: SHOE });
  await sdk.products.getProduct({ productId: SHOE, ifNoneMatch: '"7"' });

  assert.deepEqual(conditionsSent(api, `/products/${SHOE}`), [undefined, '"7"']);
});
