// The caller's trace travels with each call: asked once, sent on every attempt, never replacing
// the SDK's own headers, and never failing a call.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QeetMart } from '../target/package/dist/esm/index.js';

const SHOE = '00000000-0000-0000-0000-000000000001';
const TRACE = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
const product = () => new Response(JSON.stringify({ id: SHOE, name: 'Trail shoe', status: 'ACTIVE',
  price: { amount: '1.00', currency: 'EUR' }, attributes: {}, version: 1,
  createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }), { status: 200, headers: { 'content-type': 'application/json' } });

function recording(answers) {
  const seen = [];
  const fetch = async (input, init) => {
    seen.push(new Headers(init?.headers));
    return answers.length > 1 ? answers.shift()() : answers[0]();
  };
  return { seen, fetch };
}

test('one call asks for the trace once and sends it on each attempt', async () => {
  const { seen, fetch } = recording([() => new Response(null, { status: 503, headers: { 'retry-after': '0' } }), product]);
  let asked = 0;
  const sdk = new QeetMart({ baseUrl: 'https://api.example.test/api/v1', fetch, etagCache: false,
    retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
    traceContext: () => { asked++; return { traceparent: TRACE, tracestate: 'vendor=1' }; } });

  await sdk.products.getProduct({ productId: SHOE });

  assert.equal(asked, 1);
  assert.deepEqual(seen.map((h) => h.get('traceparent')), [TRACE, TRACE]);
  assert.equal(seen[1].get('tracestate'), 'vendor=1');
});

test('a trace never replaces the SDK\'s headers, nor carries a line break', async () => {
  const { seen, fetch } = recording([product]);
  const sdk = new QeetMart({ baseUrl: 'https://api.example.test/api/v1', fetch, accessToken: 't0k', etagCache: false,
    traceContext: () => ({ Authorization: 'Bearer forged', 'User-Agent': 'forged', traceparent: `${TRACE}\r\nX-Evil: 1` }) });

  await sdk.products.getProduct({ productId: SHOE });

  assert.equal(seen[0].get('authorization'), 'Bearer t0k');
  assert.match(seen[0].get('user-agent'), /^qeetmart-sdk-typescript\//);
  assert.equal(seen[0].get('traceparent'), null);
});

test('a trace context that throws leaves the call untraced, not failed', async () => {
  const { seen, fetch } = recording([product]);
  const sdk = new QeetMart({ baseUrl: 'https://api.example.test/api/v1', fetch, etagCache: false,
    traceContext: () => { throw new Error('no tracer'); } });

  assert.equal((await sdk.products.getProduct({ productId: SHOE })).name, 'Trail shoe');
  assert.equal(seen[0].get('traceparent'), null);
});
