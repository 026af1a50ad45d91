// A partner's storefront backend, written from the TypeScript SDK's README alone (a trial of the
// SDK, run by CI against the platform and against the mock): it keeps its own copy of the catalog
// (every category and product, then the change feed), stocks a product of its own, and checks a
// shopper's order out (reserve under the order's key, see a repeat answered as a replay, commit),
// then meets the refusal a sold-out product gets. It prints what it saw; it fails only when a call
// fails in a way a storefront would not expect.
//
// QEETMART_URL, QEETMART_CLIENT_ID, QEETMART_CLIENT_SECRET: an application holding catalog:write,
// inventory:write and reservations:write.
import { QeetMart, ConflictError, eventFeed } from '@qeetmart/sdk';

const sdk = new QeetMart({
  baseUrl: process.env.QEETMART_URL,
  clientCredentials: { clientId: process.env.QEETMART_CLIENT_ID, clientSecret: process.env.QEETMART_CLIENT_SECRET },
  timeoutMs: 10_000,
});

// The storefront's copy of the catalog, kept current by the change feed.
const categories = new Map();
const products = new Map();
let cursor; // a real storefront keeps it in its database, with the copy
function apply(event) {
  const copy = event.type.startsWith('product.') ? products : categories;
  if (event.type.endsWith('.deleted')) copy.delete(event.data.id);
  else copy.set(event.data.id, event.data);
}
async function followFeed() {
  const pages = (after) => sdk.catalogEvents.listCatalogEvents({ after, limit: 500 });
  for await (const event of eventFeed(pages, cursor, (next) => { cursor = next; })) apply(event);
}

for await (const category of sdk.categories.listCategoriesAll({ size: 100 })) categories.set(category.id, category);
for await (const product of sdk.products.searchProductsAll({ size: 100 })) products.set(product.id, product);
await followFeed();
console.log(`synced ${categories.size} categories and ${products.size} products`);

// Merchandising: a product of the storefront's own, three in stock.
const lamp = await sdk.products.createProduct({ idempotencyKey: crypto.randomUUID(), productInput: {
  name: `Trial lamp ${crypto.randomUUID().slice(0, 8)}`, price: { amount: '24.00', currency: 'EUR' }, status: 'ACTIVE' } });
await sdk.stock.adjustStock({ productId: lamp.id, idempotencyKey: crypto.randomUUID(),
  stockAdjustment: { delta: 3, reason: 'delivery' } });

// The feed brings it to the copy within moments (events are published as they commit).
const until = Date.now() + 20_000;
while (!products.has(lamp.id)) {
  if (Date.now() > until) throw new Error(`the change feed never brought product ${lamp.id}`);
  await new Promise((wake) => setTimeout(wake, 250));
  await followFeed();
}
console.log(`the feed brought ${products.get(lamp.id).name}`);

// Checkout: the order's own Idempotency-Key, kept with the order, makes any resend safe.
const order = { orderId: crypto.randomUUID(), lines: [{ productId: lamp.id, quantity: 2 }] };
const orderKey = crypto.randomUUID();
const first = await sdk.reserveWithOutcome(order, { idempotencyKey: orderKey });
const again = await sdk.reserveWithOutcome(order, { idempotencyKey: orderKey });
console.log(`reserved ${first.reservation.lines.map((l) => l.quantity).join('+')}, replayed: ${first.replayed}; `
  + `resent: the same reservation: ${again.reservation.id === first.reservation.id}, replayed: ${again.replayed}`);
const committed = await sdk.reservations.commitReservation({ reservationId: first.reservation.id });
console.log(`order ${committed.status.toLowerCase()}`);

// A second shopper wants two of the one left.
try {
  await sdk.reserve({ orderId: crypto.randomUUID(), lines: [{ productId: lamp.id, quantity: 2 }] });
  console.log('second order reserved');
} catch (e) {
  if (!(e instanceof ConflictError) || e.code !== 'INSUFFICIENT_STOCK') throw e;
  console.log(`second order refused: ${e.code} ${e.fieldErrors.map((f) => f.message).join('; ')}`);
}
