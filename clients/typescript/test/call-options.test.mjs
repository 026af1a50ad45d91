// Options for one call: headers added to the ones the SDK builds (never replacing them), and a
// signal that gives the call its own deadline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QeetMart, TimeoutError, callOptions } from '../target/package/dist/esm/index.js';

const SHOE = '00000000-0000-0000-0000-000000000001';
const reservation = () => new Response(JSON.stringify({ id: SHOE, orderId: SHOE, status: 'ACTIVE',
  lines: [{ productId: SHOE, quantity: 1 }], expiresAt: '2026-01-01T00:15:00Z', createdAt: '2026-01-01T00:00:00Z' }),
{ status: 201, headers: { 'content-type': 'application/json' } });

function recording(answer) {
  const seen = [];
  const fetch = async (input, init) => {
    seen.push({ headers: new Headers(init?.headers), body: init?.body });
    return answer(init);
  };
  return { seen, fetch };
}

test('a call\'s own headers go with the SDK\'s, which they never replace', async () => {
  const { seen, fetch } = recording(reservation);
  const sdk = new QeetMart({ baseUrl: 'https://api.example.test/api/v1', fetch, accessToken: 't0k' });

  await sdk.reservations.createReservation({ idempotencyKey: 'order-7', reservationRequest: {
    orderId: SHOE, lines: [{ productId: SHOE, quantity: 1 }] } },
  callOptions({ headers: { Prefer: 'code=409', 'Idempotency-Key': 'forged', Authorization: 'Bearer forged' } }));

  const sent = seen[0];
  assert.equal(sent.headers.get('prefer'), 'code=409');
  assert.equal(sent.headers.get('idempotency-key'), 'order-7');
  assert.equal(sent.headers.get('authorization'), 'Bearer t0k');
  assert.equal(sent.headers.get('content-type'), 'application/json');
  assert.deepEqual(JSON.parse(sent.body).lines, [{ productId: SHOE, quantity: 1 }]);
});

test('a call\'s own signal is its deadline', async () => {
  const { fetch } = recording((init) => new Promise((resolve, reject) => {
    init.signal.addEventListener('abort', () => reject(init.signal.reason));
  }));
  const sdk = new QeetMart({ baseUrl: 'https://api.example.test/api/v1', fetch, accessToken: 't0k' });

  // AbortSignal.timeout's timer would not keep the test alive; this one does.
  const deadline = new AbortController();
  setTimeout(() => deadline.abort(new DOMException('deadline', 'TimeoutError')), 50);
  await assert.rejects(sdk.products.getProduct({ productId: SHOE }, callOptions({ signal: deadline.signal })),
    TimeoutError);
});
