// A partner's receiver: a signed delivery becomes a typed event; a tampered, stale, unsigned or
// malformed one is refused with its reason; the change feed is read to its end with the cursor kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  catalogEvent, inventoryEvent, eventFeed, signatureHeader, verifySignature, WebhookSignatureError,
} from '../target/package/dist/esm/index.js';

const SECRET = 'whsec_test-secret';
const NOW = Date.UTC(2026, 11, 6, 10, 0, 0);
const now = () => NOW;
const productEvent = JSON.stringify({
  id: '0b9b3c1e-2f4d-4c55-9d61-5a7e8f0c1d2e', type: 'product.updated', occurredAt: '2026-12-06T09:59:58.123456Z',
  sequence: 7, data: { id: '00000000-0000-0000-0000-000000000001', name: 'Trail shoe', status: 'ACTIVE',
    price: { amount: '89.00', currency: 'EUR' }, attributes: {}, version: 7,
    createdAt: '2026-12-01T00:00:00Z', updatedAt: '2026-12-06T09:59:58.123456Z' },
});

async function refusal(promise) {
  const error = await promise.then(() => undefined, (e) => e);
  assert.ok(error instanceof WebhookSignatureError, `expected a refusal, got ${error}`);
  return error.reason;
}

test('a signed delivery is a typed event', async () => {
  const header = await signatureHeader(productEvent, SECRET, NOW);
  const event = await catalogEvent(productEvent, header, SECRET, { now });
  assert.equal(event.type, 'product.updated');
  assert.equal(event.sequence, 7);
  assert.equal(event.data.name, 'Trail shoe');
  assert.ok(event.occurredAt instanceof Date);
});

test('the signature is the one the platform computes (same vector as its own test, from openssl)', async () => {
  // printf '1765016130.{"id":"1"}' | openssl dgst -sha256 -hmac whsec_a
  const header = 't=1765016130,v1=83e8f05873e90f05eeca11b36e791d091fa1fa92b47bd169a47052c7eee904c9';
  await verifySignature('{"id":"1"}', header, 'whsec_a', { now: () => 1765016130 * 1000 });
});

test('during a rotation one matching signature among several is enough', async () => {
  const header = (await signatureHeader(productEvent, SECRET, NOW)) + ',v1=' + 'ab'.repeat(32);
  await catalogEvent(productEvent, `t=${NOW / 1000},v1=${'cd'.repeat(32)},${header.split(',')[1]}`, SECRET, { now });
});

test('tampered, stale, unsigned and malformed deliveries are refused, each with its reason', async () => {
  const header = await signatureHeader(productEvent, SECRET, NOW);
  assert.equal(await refusal(catalogEvent(productEvent.replace('89.00', '1.00'), header, SECRET, { now })), 'MISMATCH');
  assert.equal(await refusal(catalogEvent(productEvent, header, 'whsec_other', { now })), 'MISMATCH');
  assert.equal(await refusal(catalogEvent(productEvent, header, SECRET, { now: () => NOW + 301_000 })), 'STALE');
  assert.equal(await refusal(catalogEvent(productEvent, undefined, SECRET, { now })), 'MISSING');
  assert.equal(await refusal(catalogEvent(productEvent, 'v1=abc', SECRET, { now })), 'MALFORMED');
  assert.equal(await refusal(catalogEvent(productEvent, 't=12x,v1=abc', SECRET, { now })), 'MALFORMED');
  assert.equal(await refusal(inventoryEvent(productEvent, `t=${NOW / 1000}`, SECRET, { now })), 'MALFORMED');
});

test('the change feed is read to its end and each page cursor is kept after its events', async () => {
  const pages = {
    undefined: { items: [1, 2], nextCursor: 'e2', hasMore: true },
    e2: { items: [3], nextCursor: 'e3', hasMore: false },
  };
  const kept = [];
  const seen = [];
  for await (const event of eventFeed(async (after) => pages[after], undefined, (cursor) => kept.push([cursor, seen.length]))) {
    seen.push(event);
  }
  assert.deepEqual(seen, [1, 2, 3]);
  assert.deepEqual(kept, [['e2', 2], ['e3', 3]]);
});
