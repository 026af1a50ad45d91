// The SDK as a partner uses it: the built package (ESM and CommonJS) against a stub gateway.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { QeetMart, QeetMartApiError, etagOf, pages } from '../target/package/dist/esm/index.js';
import { json, problem, stubApi } from './stub-api.mjs';

const fast = { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 2000 };
const id = (n) => `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`;
const product = (n) => ({ id: id(n), name: `Shoe ${n}`, status: 'ACTIVE', price: { amount: '1.00', currency: 'EUR' },
  attributes: {}, version: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' });
const tokens = (access, refresh) => json(200, { accessToken: access, refreshToken: refresh, tokenType: 'Bearer', expiresIn: 900 });
const credentials = { email: 'buyer@example.com', password: 'a long password' };

test('signs in on first use and sends the access token', async (t) => {
  const api = await stubApi();
  t.after(api.close);
  api.on('POST /auth/login', tokens('access-1', 'refresh-1')).on(`GET /products/${id(1)}`, json(200, product(1)));

  const sdk = new QeetMart({ baseUrl: api.baseUrl, credentials, retry: fast });
  assert.equal((await sdk.products.getProduct({ productId: id(1) })).name, 'Shoe 1');

  assert.equal(api.seen('POST', '/auth/login').length, 1);
  assert.equal(api.seen('GET', `/products/${id(1)}`)[0].authorization, 'Bearer access-1');
});

test('every call names the SDK and the contract versions it was generated from', async (t) => {
  const api = await stubApi();
  t.after(api.close);
  api.on(`GET /products/${id(1)}`, json(200, product(1)));
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const products = /^  version: (\S+)/m.exec(readFileSync(new URL('../../../contracts/openapi/products.yaml', import.meta.url), 'utf8'))[1];

  await new QeetMart({ baseUrl: api.baseUrl, retry: fast }).products.getProduct({ productId: id(1) });

  const userAgent = api.seen('GET', `/products/${id(1)}`)[0].userAgent;
  assert.match(userAgent, /^qeetmart-sdk-typescript\/\S+ \(auth\/[0-9.]+; users\/[0-9.]+; products\/[0-9.]+; inventory\/[0-9.]+\) Node\.js\/\S+$/);
  assert.ok(userAgent.startsWith(`qeetmart-sdk-typescript/${version} `), userAgent);
  assert.ok(userAgent.includes(`products/${products};`), userAgent);
});

test('appInfo names the partner\'s app after the SDK on every call', async (t) => {
  const api = await stubApi();
  t.after(api.close);
  api.on(`GET /products/${id(1)}`, json(200, product(1)));

  await new QeetMart({ baseUrl: api.baseUrl, retry: fast, appInfo: { name: 'shop backend', version: '2.1.0' } })
    .products.getProduct({ productId: id(1) });

  assert.match(api.seen('GET', `/products/${id(1)}`)[0].userAgent, /^qeetmart-sdk-typescript\/\S+ \(.*\) Node\.js\/\S+ shop-backend\/2\.1\.0$/);
});

test('a rejected token is refreshed once and the call repeated', async (t) => {
  const api = await stubApi();
  t.after(api.close);
  api.on('POST /auth/login', tokens('access-1', 'refresh-1'))
    .on('POST /auth/refresh', tokens('access-2', 'refresh-2'))
    .on(`GET /products/${id(1)}`, problem(401, 'UNAUTHORIZED'), json(200, product(1)));

  const sdk = new QeetMart({ baseUrl: api.baseUrl, credentials, retry: fast });
  await sdk.products.getProduct({ productId: id(1) });

  assert.match(api.seen('POST', '/auth/refresh')[0].body, /refresh-1/);
  assert.equal(api.seen('GET', `/products/${id(1)}`)[1].authorization, 'Bearer access-2');
});

test('errors reject with a typed problem carrying the field errors', async (t) => {
  const api = await stubApi();
  t.after(api.close);
  api.on('GET /products', { status: 400, headers: { 'content-type': 'application/problem+json' }, body: JSON.stringify({
    type: '/problems/validation-failed', title: 'Request validation failed', status: 400, code: 'VALIDATION_FAILED',
    correlationId: 'c-7', errors: [{ field: 'size', message: 'must be at most 100' }] }) });

  const error = await new QeetMart({ baseUrl: api.baseUrl, retry: fast }).products.searchProducts({ size: 500 })
    .then(() => assert.fail('expected a rejection'), (e) => e);

  assert.ok(error instanceof QeetMartApiError);
  assert.equal(error.status, 400);
  assert.equal(error.code, 'VALIDATION_FAILED');
  assert.equal(error.type, '/problems/validation-failed');
  assert.equal(error.correlationId, 'c-7');
  assert.deepEqual(error.fieldErrors, [{ field: 'size', message: 'must be at most 100' }]);
});

test('a safe call is retried on 503 after Retry-After', async (t) => {
  const api = await stubApi();
  t.after(api.close);
  api.on(`GET /products/${id(1)}`, problem(503, 'SERVICE_UNAVAILABLE', { 'retry-after': '1' }), json(200, product(1)));
  const started = Date.now();

  await new QeetMart({ baseUrl: api.baseUrl, retry: fast }).products.getProduct({ productId: id(1) });

  assert.ok(Date.now() - started >= 950, 'waited what Retry-After said');
  assert.equal(api.seen('GET', `/products/${id(1)}`).length, 2);
});

test('a POST that honours no Idempotency-Key is never retried', async (t) => {
  const api = await stubApi();
  t.after(api.close);
  api.on('POST /auth/password-reset', problem(503, 'SERVICE_UNAVAILABLE'));

  const error = await new QeetMart({ baseUrl: api.baseUrl, retry: fast }).accounts
    .requestPasswordReset({ passwordResetRequest: { email: 'a@example.com' } }).catch((e) => e);

  assert.equal(error.status, 503);
  assert.equal(api.seen('POST', '/auth/password-reset').length, 1);
  assert.equal(api.seen('POST', '/auth/password-reset')[0].idempotencyKey, undefined);
});

test('a creation without a key gets one of its own and is retried with it', async (t) => {
  const api = await stubApi();
  t.after(api.close);
  api.on('POST /products', problem(503, 'SERVICE_UNAVAILABLE'), json(201, product(1)));

  await new QeetMart({ baseUrl: api.baseUrl, retry: fast }).products
    .createProduct({ productInput: { name: 'x', price: { amount: '1', currency: 'EUR' } } });

  const attempts = api.seen('POST', '/products');
  assert.equal(attempts.length, 2);
  assert.match(attempts[0].idempotencyKey, /^[0-9a-f-]{36}$/);
  assert.equal(attempts[1].idempotencyKey, attempts[0].idempotencyKey);
});

test('a reservation is retried with its own Idempotency-Key', async (t) => {
  const api = await stubApi();
  t.after(api.close);
  api.on('POST /inventory/reservations', problem(502, 'UPSTREAM_UNAVAILABLE'), problem(504, 'UPSTREAM_TIMEOUT'),
    json(201, { id: id(9), orderId: id(8), status: 'ACTIVE', lines: [], expiresAt: '2026-01-01T00:10:00Z',
      createdAt: '2026-01-01T00:00:00Z' }));

  const reservation = await new QeetMart({ baseUrl: api.baseUrl, retry: fast })
    .reserve({ orderId: id(8), lines: [{ productId: id(1), quantity: 1 }] });

  assert.equal(reservation.id, id(9));
  const attempts = api.seen('POST', '/inventory/reservations');
  assert.equal(attempts.length, 3);
  assert.ok(attempts[0].idempotencyKey);
  assert.equal(new Set(attempts.map((a) => a.idempotencyKey)).size, 1);
});

test('a reservation goes under the Idempotency-Key the caller gives', async (t) => {
  const api = await stubApi();
  t.after(api.close);
  api.on('POST /inventory/reservations', problem(503, 'SERVICE_UNAVAILABLE'), json(201, { id: id(9), orderId: id(8),
    status: 'ACTIVE', lines: [], expiresAt: '2026-01-01T00:10:00Z', createdAt: '2026-01-01T00:00:00Z' }));

  await new QeetMart({ baseUrl: api.baseUrl, retry: fast })
    .reserve({ orderId: id(8), lines: [{ productId: id(1), quantity: 1 }] }, { idempotencyKey: 'order-8-attempt' });

  assert.deepEqual(api.seen('POST', '/inventory/reservations').map((a) => a.idempotencyKey),
    ['order-8-attempt', 'order-8-attempt']);
});

test('pages yields every item, fetching pages as needed', async (t) => {
  const api = await stubApi();
  t.after(api.close);
  const page = (ids, hasNext) => json(200, { items: ids.map(product), page: { number: 0, size: 2, totalElements: 5,
    totalElementsExact: true, totalPages: 3, hasNext } });
  api.on('GET /products', page([1, 2], true), page([3, 4], true), page([5], false));
  const sdk = new QeetMart({ baseUrl: api.baseUrl, retry: fast });

  const names = [];
  for await (const p of pages((n) => sdk.products.searchProducts({ page: n, size: 2 }), (p) => p.items, (p) => p.page.hasNext)) {
    names.push(p.name);
  }

  assert.deepEqual(names, ['Shoe 1', 'Shoe 2', 'Shoe 3', 'Shoe 4', 'Shoe 5']);
  assert.deepEqual(api.seen('GET', '/products').map((s) => s.query), ['page=0&size=2', 'page=1&size=2', 'page=2&size=2']);
});

test('the CommonJS build offers the same entry point', () => {
  const sdk = createRequire(import.meta.url)('../target/package/dist/cjs/index.js');
  assert.equal(typeof sdk.QeetMart, 'function');
  assert.equal(typeof sdk.QeetMartApiError, 'function');
  assert.equal(typeof sdk.products.ProductsApi, 'function');
});

test('an ETag is the version as the API quotes it, sent as If-Match', async (t) => {
  const api = await stubApi();
  t.after(api.close);
  api.on(`PUT /products/${id(1)}`, json(200, product(1)));

  await new QeetMart({ baseUrl: api.baseUrl, retry: fast }).products.updateProduct({ productId: id(1),
    ifMatch: etagOf(7), productInput: { name: 'Shoe 1', price: { amount: '1.00', currency: 'EUR' } } });

  assert.equal(etagOf(7), '"7"');
  assert.equal(api.seen('PUT', `/products/${id(1)}`)[0].ifMatch, '"7"');
});
