// What a partner's hook sees of each call: every attempt, the cache, the rate limit, never a secret.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QeetMart, loggingObserver, rateLimitOf } from '../target/package/dist/esm/index.js';
import { problem, stubApi } from './stub-api.mjs';

const fast = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 10 };
const SHOE = '00000000-0000-0000-0000-000000000001';
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.c2VjcmV0LXRva2Vu.c2lnbmF0dXJl';
const product = (headers = {}) => ({
  status: 200,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify({ id: SHOE, name: 'Trail shoe', status: 'ACTIVE', price: { amount: '1.00', currency: 'EUR' },
    attributes: {}, version: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }),
});

async function stub(t) {
  const api = await stubApi();
  t.after(api.close);
  return api;
}

test('every attempt is seen with its status, correlation id and rate limit', async (t) => {
  const api = await stub(t);
  api.on(`GET /products/${SHOE}`, problem(503, 'SERVICE_NOT_READY', { 'retry-after': '0' }),
    product({ 'x-correlation-id': 'corr-ok', 'ratelimit-limit': '100', 'ratelimit-remaining': '97', 'ratelimit-reset': '42' }));
  const events = [];
  const sdk = new QeetMart({ baseUrl: api.baseUrl, retry: fast, observer: (event) => events.push(event) });

  await sdk.products.getProduct({ productId: SHOE });

  assert.deepEqual(events.map((e) => [e.status, e.attempt]), [[503, 1], [200, 2]]);
  assert.equal(events[1].method, 'GET');
  assert.equal(events[1].url, `${api.baseUrl}/products/${SHOE}`);
  assert.equal(events[1].correlationId, 'corr-ok');
  assert.deepEqual(events[1].rateLimit, { limit: 100, remaining: 97, resetSeconds: 42 });
  assert.equal(events[0].correlationId, 'corr-503');
  assert.equal(events[1].fromCache, false);
});

test('a read answered from the cache is reported as such', async (t) => {
  const api = await stub(t);
  api.on(`GET /products/${SHOE}`, product({ etag: '"1"' }), { status: 304, headers: { etag: '"1"' }, body: '' });
  const events = [];
  const sdk = new QeetMart({ baseUrl: api.baseUrl, retry: fast, observer: (event) => events.push(event) });

  await sdk.products.getProduct({ productId: SHOE });
  const second = await sdk.products.getProductRaw({ productId: SHOE });

  assert.equal(second.raw.status, 200, 'the generated code sees the kept copy');
  assert.deepEqual(events.map((e) => [e.status, e.fromCache]), [[200, false], [304, true]]);
});

test('no answer is an attempt with its error', async () => {
  const events = [];
  const sdk = new QeetMart({ baseUrl: 'http://127.0.0.1:1/api/v1', retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5 },
    observer: (event) => events.push(event) });

  await assert.rejects(sdk.products.getProduct({ productId: SHOE }));

  assert.deepEqual(events.map((e) => [e.status, e.attempt]), [[0, 1], [0, 2]]);
  assert.ok(events[1].error);
});

test('the debug log never prints a token or a secret query value', async (t) => {
  const api = await stub(t);
  api.on(`GET /products/${SHOE}`, product());
  const lines = [];
  const sdk = new QeetMart({ baseUrl: api.baseUrl, accessToken: TOKEN, observer: loggingObserver((line) => lines.push(line)) });

  await sdk.products.getProduct({ productId: SHOE });

  assert.equal(lines.length, 1);
  assert.ok(lines[0].startsWith(`GET ${api.baseUrl}/products/${SHOE} -> 200`), lines[0]);
  assert.ok(!lines[0].includes(TOKEN));
  assert.equal(api.seen('GET', `/products/${SHOE}`)[0].authorization, `Bearer ${TOKEN}`, 'the token was sent, only not shown');
  assert.equal(api.seen('GET', `/products/${SHOE}`).length, 1);
});

test('a broken observer never fails the call', async (t) => {
  const api = await stub(t);
  api.on(`GET /products/${SHOE}`, product());
  const sdk = new QeetMart({ baseUrl: api.baseUrl, observer: () => { throw new Error('a broken hook'); } });

  assert.equal((await sdk.products.getProduct({ productId: SHOE })).name, 'Trail shoe');
  assert.equal(rateLimitOf(new Headers({ 'RateLimit-Limit': '5' })), null, 'all three numbers or none');
});

test('reserveWithOutcome tells a replay from a first answer, and so does the observer', async (t) => {
  const api = await stub(t);
  const reservation = { id: SHOE, orderId: SHOE, status: 'ACTIVE', lines: [], expiresAt: '2026-01-01T00:10:00Z',
    createdAt: '2026-01-01T00:00:00Z' };
  const created = { status: 201, headers: { 'content-type': 'application/json' }, body: JSON.stringify(reservation) };
  api.on('POST /inventory/reservations', created,
    { ...created, headers: { ...created.headers, 'idempotent-replayed': 'true' } });
  const events = [];
  const sdk = new QeetMart({ baseUrl: api.baseUrl, observer: (event) => events.push(event) });
  const request = { orderId: SHOE, lines: [{ productId: SHOE, quantity: 1 }] };

  const first = await sdk.reserveWithOutcome(request, { idempotencyKey: 'order-42' });
  const again = await sdk.reserveWithOutcome(request, { idempotencyKey: 'order-42' });

  assert.equal(first.replayed, false);
  assert.equal(again.replayed, true);
  assert.equal(again.reservation.id, first.reservation.id);
  assert.deepEqual(events.map((e) => e.replayed), [false, true]);
});
