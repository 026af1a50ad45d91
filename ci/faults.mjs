// The fault suite's driver (see ci/faults): buyers reserve and commit through the gateway, each
// retry of a reservation with the same Idempotency-Key, while the suite kills inventory (-9) and
// restarts it, stops and pauses Redis, takes the webhook receiver down and cuts inventory's
// database off; then it checks what must hold whatever happened (events: ci/faults-events.mjs). Prints one line per phase and per check; exits 1 on any violation.
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Receiver, checkEvents, drain } from './faults-events.mjs';

const API = process.env.FAULTS_API ?? 'http://127.0.0.1:4000/api/v1';
const REDIS_PORT = process.env.FAULTS_REDIS_PORT;
const PG = ['-h', process.env.PGHOST ?? '127.0.0.1', '-p', process.env.PGPORT ?? '5432', '-U', 'postgres'];
const BUYERS = 16;
const PLENTY = 100000;
const SCARCE = 25;
// How soon after a fault ends reservations must succeed again (a JVM start on a loaded 2-core machine).
const RECOVERY_MS = { 'inventory killed': 45000, 'redis stopped': 5000, 'redis paused': 5000, 'database cut': 10000,
  'webhook receiver down': 5000 };
// How long the webhook receiver may take to have every event after the buyers stop (leases of
// deliveries a killed inventory held run out first: WEBHOOK_LEASE, set by ci/faults).
const DRAIN_MS = 90000;
const receiver = new Receiver();

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const violations = [];
const statuses = new Map();
const acknowledged = new Map(); // Idempotency-Key -> reservation id
const committed = new Set();
let lastSuccessAt = 0;
let running = true;

function violation(what) {
  violations.push(what);
  console.log(`faults: VIOLATION ${what}`);
}

async function call(method, path, { token, body, headers = {} } = {}) {
  const started = Date.now();
  try {
    const response = await fetch(API + path, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10000),
    });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    if (response.status >= 500 && !([502, 503, 504].includes(response.status) && type.startsWith('application/problem+json'))) {
      violation(`${method} ${path} answered ${response.status} (${type}): ${text.slice(0, 200)}`);
    }
    return { status: response.status, body: text ? JSON.parse(text) : null, retryAfter: response.headers.get('retry-after') };
  } catch (error) {
    statuses.set('no answer', (statuses.get('no answer') ?? 0) + 1);
    return { status: 0, error, took: Date.now() - started };
  }
}

const retriable = (answer) => answer.status === 0 || [502, 503, 504].includes(answer.status);

// Repeats the same request until it has an answer that is not an outage's, or gives up at `until`.
async function retrying(until, request) {
  for (let attempt = 0; ; attempt++) {
    const answer = await request();
    if (!retriable(answer) || Date.now() > until) return answer;
    const wait = answer.retryAfter ? Math.min(Number(answer.retryAfter) * 1000, 1000) : 100 * 2 ** Math.min(attempt, 3);
    await sleep(wait);
  }
}

async function buyer(token, products) {
  for (let round = 0; running; round++) {
    const key = randomUUID();
    const product = round % 4 === 0 ? products.scarce : products.plenty;
    const body = { orderId: randomUUID(), lines: [{ productId: product, quantity: 1 }], ttlSeconds: 120 };
    const reserve = () => call('POST', '/inventory/reservations', { token, body, headers: { 'Idempotency-Key': key } });
    const reserved = await retrying(Date.now() + 60000, reserve);
    if (reserved.status !== 201 && reserved.status !== 200) continue; // out of stock, a limit: refused, nothing held
    const id = reserved.body.id;
    if (acknowledged.has(key) && acknowledged.get(key) !== id) violation(`key ${key} answered two reservations`);
    acknowledged.set(key, id);
    lastSuccessAt = Date.now();
    const commit = await retrying(Date.now() + 60000, () => call('POST', `/inventory/reservations/${id}/commitment`, { token }));
    if (commit.status === 200) committed.add(id);
  }
}

// The query goes in on stdin: one naming every acknowledged reservation outgrows what one
// argument may hold (128 KiB) once a run acknowledges ~3,300 of them.
function sql(query) {
  return execFileSync('psql', [...PG, '-d', 'inventory', '-At', '-v', 'ON_ERROR_STOP=1'], { input: query, encoding: 'utf8' }).trim();
}

function onServer(query) {
  execFileSync('psql', [...PG, '-d', 'postgres', '-qAtc', query], { encoding: 'utf8' });
}

function redis(...args) {
  return execFileSync('redis-cli', ['-p', REDIS_PORT, ...args], { encoding: 'utf8' }).trim();
}

let inventory = null; // the inventory this suite restarted, ended by it
const faults = {
  'inventory killed': async () => {
    const pid = execFileSync('pgrep', ['-f', 'com\\.qeetmart\\.inventory\\.Application'], { encoding: 'utf8' }).trim();
    process.kill(Number(pid.split('\n')[0]), 'SIGKILL');
    await sleep(500);
    inventory = spawn('ci/run-service', ['services/inventory'], { stdio: 'ignore', detached: true });
  },
  'redis stopped': async () => {
    execFileSync('bash', ['-c', `redis-cli -p ${REDIS_PORT} shutdown nosave || true`]);
    await sleep(5000);
    execFileSync('redis-server', ['--port', REDIS_PORT, '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'yes']);
  },
  'redis paused': async () => {
    redis('CLIENT', 'PAUSE', '3000');
    await sleep(3000);
  },
  'webhook receiver down': async () => {
    await receiver.down(5000);
  },
  'database cut': async () => {
    onServer('ALTER DATABASE inventory WITH ALLOW_CONNECTIONS false');
    onServer("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'inventory'");
    await sleep(5000);
    onServer('ALTER DATABASE inventory WITH ALLOW_CONNECTIONS true');
  },
};

async function main() {
  const admin = (await call('POST', '/auth/login', { body: { email: process.env.QEETMART_ADMIN_EMAIL, password: process.env.QEETMART_ADMIN_PASSWORD } })).body.accessToken;
  const product = async (name, onHand) => {
    const created = await call('POST', '/products', { token: admin, body: { name, price: { amount: '9.99', currency: 'EUR' }, status: 'ACTIVE' } });
    await call('PUT', `/inventory/${created.body.id}`, { token: admin, body: { onHand, reason: 'fault suite stock' } });
    return created.body.id;
  };
  await receiver.start();
  await receiver.register(call, admin, sql);
  const products = { plenty: await product('Fault suite plenty', PLENTY), scarce: await product('Fault suite scarce', SCARCE) };
  const tokens = [];
  for (let i = 0; i < BUYERS; i++) {
    const email = `faults-${randomUUID()}@example.test`;
    tokens.push((await call('POST', '/auth/register', { body: { email, password: 'fault suite passphrase' } })).body.accessToken);
  }
  const buyers = tokens.map((token) => buyer(token, products));

  await sleep(3000);
  for (const [name, inject] of Object.entries(faults)) {
    const before = acknowledged.size;
    await inject();
    const ended = Date.now();
    while (lastSuccessAt < ended && Date.now() - ended < RECOVERY_MS[name]) await sleep(50);
    const recovered = lastSuccessAt >= ended ? `${lastSuccessAt - ended} ms` : null;
    console.log(`faults: ${name}: ${acknowledged.size - before} reservations acknowledged meanwhile; served again ${recovered ? `after ${recovered}` : 'NOT'}`);
    if (!recovered) violation(`${name}: no reservation succeeded within ${RECOVERY_MS[name]} ms of the fault's end`);
    await sleep(2000);
  }
  running = false;
  await Promise.all(buyers);

  console.log(`faults: answers ${JSON.stringify(Object.fromEntries(statuses))}; ${acknowledged.size} acknowledged, ${committed.size} committed`);
  const drained = await drain(receiver, sql, DRAIN_MS);
  check(products, checkEvents(receiver, sql, { acknowledged, committed, products, drained }));
  await receiver.unregister(call, admin);
}

function check(products, eventResults) {
  const ids = [...acknowledged.values()];
  const stored = new Map(sql(`SELECT id, status FROM reservation WHERE id IN (${ids.map((id) => `'${id}'`).join(',')})`)
    .split('\n').filter(Boolean).map((line) => line.split('|')));
  const lost = ids.filter((id) => !stored.has(id));
  const uncommitted = [...committed].filter((id) => stored.get(id) !== 'COMMITTED');
  const duplicates = sql("SELECT count(*) FROM (SELECT order_id FROM reservation WHERE status IN ('ACTIVE', 'COMMITTED') GROUP BY order_id HAVING count(*) > 1) d");
  const ledger = sql(`SELECT count(*) FROM stock s LEFT JOIN (SELECT product_id, sum(on_hand_delta) AS on_hand, sum(reserved_delta) AS reserved
    FROM stock_ledger GROUP BY product_id) l USING (product_id) WHERE s.on_hand <> coalesce(l.on_hand, 0) OR s.reserved <> coalesce(l.reserved, 0)`);
  // The hold limits' kept counts (inventory V6) are what the live reservations add up to.
  const counts = sql(`SELECT (SELECT count(*) FROM hold_live h FULL JOIN (SELECT created_by AS caller, count(*) AS n
      FROM reservation WHERE status = 'ACTIVE' GROUP BY 1) r USING (caller) WHERE coalesce(h.reservations, 0) <> coalesce(r.n, 0))
    + (SELECT count(*) FROM hold_units h FULL JOIN (SELECT r.created_by AS caller, coalesce(r.buyer_reference, '') AS buyer,
      l.product_id, sum(l.quantity) AS units FROM reservation r JOIN reservation_line l ON l.reservation_id = r.id
      WHERE r.status = 'ACTIVE' GROUP BY 1, 2, 3) r USING (caller, buyer, product_id) WHERE h.units IS DISTINCT FROM r.units)`);
  const sold = (product, initial) => {
    const [onHand, reserved] = sql(`SELECT on_hand, reserved FROM stock WHERE product_id = '${product}'`).split('|').map(Number);
    const taken = Number(sql(`SELECT coalesce(sum(l.quantity), 0) FROM reservation r JOIN reservation_line l ON l.reservation_id = r.id
      WHERE l.product_id = '${product}' AND r.status = 'COMMITTED'`));
    return { onHand, reserved, taken, oversold: taken > initial || onHand !== initial - taken || reserved > onHand };
  };
  const scarce = sold(products.scarce, SCARCE);
  const plenty = sold(products.plenty, PLENTY);
  const results = [
    [`every acknowledged reservation stored (${ids.length})`, lost.length === 0, `${lost.length} lost`],
    [`every acknowledged commit stored as COMMITTED (${committed.size})`, uncommitted.length === 0, `${uncommitted.length} not committed`],
    ['no order with two live or committed reservations', duplicates === '0', `${duplicates} orders`],
    ['the ledger equals stock', ledger === '0', `${ledger} products differ`],
    ['the hold counts equal the live reservations', counts === '0', `${counts} counts differ`],
    [`nothing oversold (scarce: ${scarce.taken} of ${SCARCE} sold)`, !scarce.oversold && !plenty.oversold, JSON.stringify({ scarce, plenty })],
  ];
  for (const [what, held, otherwise] of [...results, ...eventResults]) {
    console.log(`faults: ${held ? 'ok' : 'FAILED'} ${what}${held ? '' : `: ${otherwise}`}`);
    if (!held) violations.push(what);
  }
}

try {
  await main();
} finally {
  if (inventory) process.kill(-inventory.pid, 'SIGTERM');
  receiver.server?.close();
}
if (violations.length) {
  console.log(`faults: ${violations.length} violation(s)`);
  process.exit(1);
}
console.log('faults: every invariant held');
