// The events benchmark's driver (see bench/events/run): signs in as the bench administrator,
// registers a webhook endpoint served by this process, creates PRODUCTS products, then updates
// them UPDATES times in all (one writer per product, each update over the version it read, all
// products at once, at RATE updates/s in all or as fast as they go), and waits for every
// product.updated event. Prints events/s from the first
// update to the last delivery, the delay from each update's acknowledgement to its delivery, and
// whether each product's events came in order.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const [updates, productCount, rate] = process.argv.slice(2).map(Number);
// Paced (RATE updates/s in all) to measure the delay itself; unpaced (0) to measure throughput,
// where the delay is mostly queueing on a saturated machine.
const pause = rate > 0 ? (productCount * 1000) / rate : 0;
const AUTH = process.env.BENCH_AUTH;
const API = process.env.BENCH_PRODUCTS;

async function call(method, url, token, body, headers = {}) {
  const response = await fetch(url, { method, body: body && JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, ...headers } });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${url}: ${response.status} ${text}`);
  return { json: text ? JSON.parse(text) : null, etag: response.headers.get('etag') };
}

const acknowledged = new Map();   // "productId sequence" -> when the update's answer came (ms, shared clock)
const delivered = [];             // { key, product, sequence, at }
const now = () => performance.timeOrigin + performance.now();
const receiver = spawn(process.execPath, [new URL('./receiver.mjs', import.meta.url).pathname], { stdio: ['ignore', 'pipe', 'inherit'] });
const port = await new Promise((listening) => {
  createInterface({ input: receiver.stdout }).on('line', (line) => {
    const [first, second, third] = line.split(' ');
    if (first === 'listening') listening(Number(second));
    else delivered.push({ key: `${first} ${second}`, product: first, sequence: Number(second), at: Number(third) });
  });
});

const login = await fetch(`${AUTH}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ email: 'bench-admin@example.test', password: 'bench admin passphrase' }) });
const admin = (await login.json()).accessToken;
await call('POST', `${API}/catalog/webhook-endpoints`, admin, {
  url: `http://127.0.0.1:${port}/hook`, eventTypes: ['product.updated'] });

const products = [];
for (let i = 0; i < productCount; i++) {
  products.push((await call('POST', `${API}/products`, admin, { name: `Event bench ${i}`,
    price: { amount: '10.00', currency: 'EUR' } })).json);
}
const started = now();
await Promise.all(products.map(async (product, index) => {
  let etag = `"${product.version}"`;
  const mine = Math.floor(updates / productCount) + (index < updates % productCount ? 1 : 0);
  for (let n = 1; n <= mine; n++) {
    const answer = await call('PUT', `${API}/products/${product.id}`, admin,
      { name: `Event bench ${index} v${n}`, price: { amount: '10.00', currency: 'EUR' } }, { 'If-Match': etag });
    acknowledged.set(`${product.id} ${answer.json.version}`, now());
    etag = answer.etag;
    if (pause > 0) await new Promise((later) => setTimeout(later, pause));
  }
}));
const written = now();
const deadline = Date.now() + 120_000;
while (delivered.length < updates && Date.now() < deadline) await new Promise((later) => setTimeout(later, 20));
const done = delivered.length ? Math.max(...delivered.map((d) => d.at)) : now();
receiver.kill();

const delays = delivered.filter((d) => acknowledged.has(d.key)).map((d) => d.at - acknowledged.get(d.key)).sort((a, b) => a - b);
const pct = (p) => delays[Math.min(delays.length - 1, Math.floor(delays.length * p))]?.toFixed(1);
const last = new Map();
let outOfOrder = 0;
for (const d of delivered) {
  if ((last.get(d.product) ?? 0) >= d.sequence) outOfOrder++;
  last.set(d.product, d.sequence);
}
console.log(`updates: ${updates} over ${productCount} products acknowledged in ${((written - started) / 1000).toFixed(2)} s`
  + ` (${(updates / ((written - started) / 1000)).toFixed(0)}/s)`);
console.log(`events: ${delivered.length} delivered in ${((done - started) / 1000).toFixed(2)} s from the first update:`
  + ` ${(delivered.length / ((done - started) / 1000)).toFixed(0)} events/s`);
console.log(`delay from acknowledgement to delivery: p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms, max ${pct(1)} ms`);
console.log(`order per product: ${outOfOrder === 0 ? 'every product in order' : `${outOfOrder} out of order`}`);
if (delivered.length < updates || outOfOrder > 0) process.exit(1);
