// What the TypeScript SDK relies on from the catalog and inventory, written as consumer pacts
// (target/pacts at the repository root) that the products and inventory services verify in the
// same build, as they do the Java SDK's. The states are theirs: the same names as the Java SDK's.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MatchersV3, PactV3 } from '@pact-foundation/pact';
import { NotFoundError, QeetMart } from '../target/package/dist/esm/index.js';

const { atLeastOneLike, integer, like, regex, uuid } = MatchersV3;
const pactDir = fileURLToPath(new URL('../../../target/pacts', import.meta.url));
const consumer = 'qeetmart-sdk-typescript';
const SHOE = '5f8e2a1c-7b3d-4c9e-8a6f-0d1e2f3a4b5c';
const MISSING = '00000000-0000-4000-8000-000000000404';
const STOCKED = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const ORDER = '3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a';
const UUID_PATTERN = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const TIMESTAMP = '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z';
const noRetries = { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0 };
const json = { 'Content-Type': regex('application/json.*', 'application/json') };
const bearer = { Authorization: regex('Bearer .+', 'Bearer pact-token') };

const pactWith = (provider) => new PactV3({ consumer, provider, dir: pactDir, logLevel: 'warn' });
const product = (id, name) => ({
  id: uuid(id), name, status: regex('DRAFT|ACTIVE|ARCHIVED', 'ACTIVE'),
  price: { amount: regex('\\d+(\\.\\d+)?', '89.90'), currency: regex('[A-Z]{3}', 'EUR') }, attributes: {},
  version: integer(1), createdAt: regex(TIMESTAMP, '2026-01-01T00:00:00Z'), updatedAt: regex(TIMESTAMP, '2026-01-01T00:00:00Z'),
});

// Each run writes its pacts afresh: an interaction this file no longer has must not linger.
before(() => {
  for (const provider of ['products', 'inventory']) rmSync(`${pactDir}/${consumer}-${provider}.json`, { force: true });
});

test('products: reads one product', async () => {
  const pact = pactWith('products').given(`an active product ${SHOE} named Trail shoe`)
    .uponReceiving('a request for one product').withRequest({ method: 'GET', path: `/products/${SHOE}` })
    .willRespondWith({ status: 200, headers: json, body: product(SHOE, 'Trail shoe') });
  await pact.executeTest(async (server) => {
    const shoe = await new QeetMart({ baseUrl: server.url, retry: noRetries }).products.getProduct({ productId: SHOE });
    assert.equal(shoe.id, SHOE);
    assert.equal(shoe.price.currency, 'EUR');
  });
});

test('products: searches the public catalog', async () => {
  const pact = pactWith('products').given(`an active product ${SHOE} named Trail shoe`)
    .uponReceiving('a search for trail products, first page')
    .withRequest({ method: 'GET', path: '/products', query: { q: 'trail', page: '0', size: '20' } })
    .willRespondWith({ status: 200, headers: json, body: {
      items: atLeastOneLike(product(SHOE, 'Trail shoe')),
      page: { number: integer(0), size: integer(20), totalElements: integer(1), totalElementsExact: like(true),
        totalPages: integer(1), hasNext: like(false) } } });
  await pact.executeTest(async (server) => {
    const page = await new QeetMart({ baseUrl: server.url, retry: noRetries }).products
      .searchProducts({ q: 'trail', page: 0, size: 20 });
    assert.equal(page.items[0].name, 'Trail shoe');
    assert.equal(page.page.hasNext, false);
  });
});

test('products: a missing product is a NotFoundError', async () => {
  const pact = pactWith('products').given(`no product ${MISSING}`)
    .uponReceiving('a request for a product that does not exist').withRequest({ method: 'GET', path: `/products/${MISSING}` })
    .willRespondWith({ status: 404, headers: { 'Content-Type': 'application/problem+json' }, body: {
      type: '/problems/not-found', title: like('Resource not found'), status: integer(404), code: 'NOT_FOUND',
      correlationId: like('0b6f3c1e-4f5a-4d1c-9a39-2b1d0c7c9f10') } });
  await pact.executeTest(async (server) => {
    const sdk = new QeetMart({ baseUrl: server.url, retry: noRetries });
    await assert.rejects(sdk.products.getProduct({ productId: MISSING }),
      (e) => e instanceof NotFoundError && e.code === 'NOT_FOUND' && e.status === 404);
  });
});

test('inventory: reserves with an idempotency key', async () => {
  const pact = pactWith('inventory').given(`product ${STOCKED} has 10 units in stock`)
    .uponReceiving('a reservation of one unit with an idempotency key')
    .withRequest({ method: 'POST', path: '/inventory/reservations',
      headers: { ...json, ...bearer, 'Idempotency-Key': regex(UUID_PATTERN, '5b1f0c9e-2d3a-4e8f-9a7b-6c5d4e3f2a1b') },
      body: { orderId: uuid(ORDER), lines: atLeastOneLike({ productId: uuid(STOCKED), quantity: integer(1) }) } })
    .willRespondWith({ status: 201, headers: json, body: {
      id: uuid(ORDER), orderId: uuid(ORDER), status: 'ACTIVE', lines: atLeastOneLike({ productId: uuid(STOCKED), quantity: integer(1) }),
      expiresAt: regex(TIMESTAMP, '2026-01-01T00:10:00Z'), createdAt: regex(TIMESTAMP, '2026-01-01T00:00:00Z') } });
  await pact.executeTest(async (server) => {
    const sdk = new QeetMart({ baseUrl: server.url, accessToken: 'pact-token', retry: noRetries });
    const reservation = await sdk.reserve({ orderId: ORDER, lines: [{ productId: STOCKED, quantity: 1 }] });
    assert.equal(reservation.status, 'ACTIVE');
    assert.equal(reservation.orderId, ORDER);
  });
});

test('inventory: reads the stock of a product', async () => {
  const pact = pactWith('inventory').given(`product ${STOCKED} has 10 units in stock`)
    .uponReceiving('a request for the stock of one product')
    .withRequest({ method: 'GET', path: `/inventory/${STOCKED}`, headers: bearer })
    .willRespondWith({ status: 200, headers: json, body: {
      productId: uuid(STOCKED), onHand: integer(10), reservedQuantity: integer(0), availableQuantity: integer(10),
      version: integer(1), updatedAt: regex(TIMESTAMP, '2026-01-01T00:00:00Z') } });
  await pact.executeTest(async (server) => {
    const sdk = new QeetMart({ baseUrl: server.url, accessToken: 'pact-token', retry: noRetries });
    const level = await sdk.stock.getStockLevel({ productId: STOCKED });
    assert.equal(level.productId, STOCKED);
    assert.equal(level.availableQuantity, 10);
  });
});
