// What a partner's error handling meets: one base error, a kind per status, a connection error and
// a deadline of their own, through the built package against a stub gateway.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import * as sdk from '../target/package/dist/esm/index.js';
import { json, problem, silence, stubApi } from './stub-api.mjs';

const { QeetMart, QeetMartError, QeetMartApiError, ConnectionError, TimeoutError } = sdk;
const fast = { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 2000 };
const id = '00000000-0000-0000-0000-000000000001';
const rejection = (promise) => promise.then(() => assert.fail('expected a rejection'), (e) => e);

for (const [status, kind] of [[400, 'InvalidRequestError'], [401, 'AuthenticationError'], [403, 'PermissionError'],
  [404, 'NotFoundError'], [409, 'ConflictError'], [412, 'ConflictError'], [422, 'InvalidRequestError'],
  [429, 'RateLimitError'], [500, 'ServerError'], [503, 'ServerError']]) {
  test(`a ${status} rejects with ${kind}, a QeetMartApiError`, async (t) => {
    const api = await stubApi();
    t.after(api.close);
    api.on(`GET /products/${id}`, problem(status, `CODE_${status}`, { 'retry-after': '7' }));

    const error = await rejection(new QeetMart({ baseUrl: api.baseUrl, retry: { ...fast, maxAttempts: 1 } })
      .products.getProduct({ productId: id }));

    assert.ok(error instanceof sdk[kind], error.name);
    assert.ok(error instanceof QeetMartApiError && error instanceof QeetMartError);
    assert.equal(error.name, kind);
    assert.equal(error.status, status);
    assert.equal(error.code, `CODE_${status}`);
    assert.equal(error.correlationId, `corr-${status}`);
    assert.equal(error.retryAfterSeconds, 7);
  });
}

test('a wrong password at sign-in is an AuthenticationError, not a wrapped fetch failure', async (t) => {
  const api = await stubApi();
  t.after(api.close);
  api.on('POST /auth/login', problem(401, 'INVALID_CREDENTIALS'));

  const error = await rejection(new QeetMart({ baseUrl: api.baseUrl, retry: fast,
    credentials: { email: 'a@example.com', password: 'wrong password' } }).profiles.getMyProfile());

  assert.ok(error instanceof sdk.AuthenticationError, `${error.name}: ${error.message}`);
  assert.equal(error.code, 'INVALID_CREDENTIALS');
});

test('a server that is down is a ConnectionError, after the retries a safe call gets', async () => {
  const port = await new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => { const p = probe.address().port; probe.close(() => resolve(p)); });
  });
  const error = await rejection(new QeetMart({ baseUrl: `http://127.0.0.1:${port}/api/v1`, retry: fast })
    .products.getProduct({ productId: id }));

  assert.ok(error instanceof ConnectionError && error instanceof QeetMartError, `${error.name}: ${error.message}`);
  assert.ok(error.cause, 'says why');
  assert.equal(error.networkCode, 'ECONNREFUSED');
  assert.equal(error.message, `GET http://127.0.0.1:${port}/api/v1/products/${id} could not reach the API (ECONNREFUSED)`);
});

test('a silent server is a TimeoutError at the client deadline', async (t) => {
  const api = await stubApi();
  t.after(api.close);
  api.on(`GET /products/${id}`, silence);
  const started = Date.now();

  const error = await rejection(new QeetMart({ baseUrl: api.baseUrl, retry: fast, timeoutMs: 300 })
    .products.getProduct({ productId: id }));

  assert.ok(error instanceof TimeoutError, `${error.name}: ${error.message}`);
  assert.equal(error.timeoutMs, 300);
  assert.equal(error.message, `GET ${api.baseUrl}/products/${id} got no answer within 300 ms`);
  assert.ok(Date.now() - started < 10_000, `stopped at the deadline, not hanging (${Date.now() - started} ms)`);
});

test('one call sets its own deadline with a signal, and it covers the retries', async (t) => {
  const api = await stubApi();
  t.after(api.close);
  api.on(`GET /products/${id}`, problem(503, 'SERVICE_UNAVAILABLE'), silence);
  const started = Date.now();

  const error = await rejection(new QeetMart({ baseUrl: api.baseUrl, retry: fast, timeoutMs: 60_000 })
    .products.getProduct({ productId: id }, { signal: AbortSignal.timeout(2000) }));

  assert.ok(error instanceof TimeoutError, `${error.name}: ${error.message}`);
  assert.equal(error.message, `GET ${api.baseUrl}/products/${id} got no answer within its caller's deadline`);
  // The call's own 2 s, not the client's 60 s (room for a loaded machine).
  assert.ok(Date.now() - started < 10_000, `${Date.now() - started} ms`);
  assert.equal(api.seen('GET', `/products/${id}`).length, 2, 'retried within the deadline, then stopped');
});

test('a retry that would wait past the deadline is not started: the answer stands', async (t) => {
  const api = await stubApi();
  t.after(api.close);
  api.on(`GET /products/${id}`, problem(429, 'TOO_MANY_REQUESTS', { 'retry-after': '30' }));
  const started = Date.now();

  const error = await rejection(new QeetMart({ baseUrl: api.baseUrl, retry: { ...fast, maxDelayMs: 60_000 },
    timeoutMs: 20_000 }).products.getProduct({ productId: id }));

  assert.ok(error instanceof sdk.RateLimitError, error.name);
  assert.equal(error.retryAfterSeconds, 30);
  assert.ok(Date.now() - started < 10_000, `answered at once, not at the 20 s deadline: ${Date.now() - started} ms`);
});

test('a call the caller aborts rejects with the abort, not as a timeout', async (t) => {
  const api = await stubApi();
  t.after(api.close);
  api.on(`GET /products/${id}`, silence);
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 100);

  const error = await rejection(new QeetMart({ baseUrl: api.baseUrl, retry: fast })
    .products.getProduct({ productId: id }, { signal: controller.signal }));

  assert.equal(error.name, 'AbortError');
  assert.ok(!(error instanceof TimeoutError));
});

test('the answer of a call within its deadline is just the answer', async (t) => {
  const api = await stubApi();
  t.after(api.close);
  api.on(`GET /products/${id}`, json(200, { id, name: 'Shoe', status: 'ACTIVE', price: { amount: '1.00', currency: 'EUR' },
    attributes: {}, version: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }));
  const product = await new QeetMart({ baseUrl: api.baseUrl, timeoutMs: 5000 }).products.getProduct({ productId: id });
  assert.equal(product.name, 'Shoe');
});
