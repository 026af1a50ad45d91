// The SDK against the real thing: the products service and the gateway, started from the jars the
// build just made (the platform-test module builds after them), on free ports, against products' test database.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { QeetMart, QeetMartApiError } from '../target/package/dist/esm/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const processes = [];
let sdk;
let gateway;

const freePort = () => new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});

function start(jar, env) {
  const child = spawn('java', ['-Xmx256m', '-jar', `${root}/${jar}`], {
    env: { ...process.env, LOG_LEVEL: 'WARN', ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  processes.push(child);
}

async function healthy(url) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not become healthy`);
}

before(async () => {
  const [productsPort, productsManagement, gatewayPort, gatewayManagement, nothing] = await Promise.all(
    [freePort(), freePort(), freePort(), freePort(), freePort()]);
  const jwks = `http://127.0.0.1:${nothing}/no-tokens-in-this-test`;
  start('services/products/target/products-0.1.0-SNAPSHOT.jar', { PRODUCTS_PORT: String(productsPort),
    MANAGEMENT_PORT: String(productsManagement),
    PRODUCTS_DB_URL: 'jdbc:postgresql://127.0.0.1:5432/product_test', AUTH_JWKS_URL: jwks });
  start('gateway/target/gateway-0.1.0-SNAPSHOT.jar', { GATEWAY_PORT: String(gatewayPort),
    MANAGEMENT_PORT: String(gatewayManagement), AUTH_JWKS_URL: jwks,
    PRODUCT_SERVICE_URL: `http://127.0.0.1:${productsPort}`, AUTH_SERVICE_URL: `http://127.0.0.1:${nothing}`,
    USER_SERVICE_URL: `http://127.0.0.1:${nothing}`, INVENTORY_SERVICE_URL: `http://127.0.0.1:${nothing}` });
  await healthy(`http://127.0.0.1:${productsManagement}/health`); // a service's health is on its management port
  await healthy(`http://127.0.0.1:${gatewayPort}/health`);
  gateway = `http://127.0.0.1:${gatewayPort}/api/v1`;
  sdk = new QeetMart({ baseUrl: gateway, retry: { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0 } });
}, { timeout: 90_000 });

after(() => processes.forEach((child) => child.kill()));

test('the public catalog is read through the gateway', async () => {
  const page = await sdk.products.searchProducts({ page: 0, size: 5 });

  assert.equal(page.page.number, 0);
  assert.equal(page.page.size, 5);
  assert.ok(Array.isArray(page.items));
});

test('an unknown product is a typed 404 carrying the correlation id', async () => {
  const error = await sdk.products.getProduct({ productId: globalThis.crypto.randomUUID() }).catch((e) => e);

  assert.ok(error instanceof QeetMartApiError);
  assert.equal(error.status, 404);
  assert.equal(error.code, 'NOT_FOUND');
  assert.match(error.correlationId, /^[0-9a-f-]{36}$/);
});

test('a write without a token is refused at the edge', async () => {
  const error = await sdk.products.createProduct({ productInput: { name: 'x', price: { amount: '1.00', currency: 'EUR' } } })
    .catch((e) => e);

  assert.ok(error instanceof QeetMartApiError);
  assert.equal(error.status, 401);
  assert.equal(error.type, '/problems/unauthorized');
});

test('a service that is down is a typed 502', async () => {
  // Auth is not running in this test: registration is public, so the gateway tries it.
  const error = await sdk.accounts.register({ credentials: { email: 'a@example.com', password: 'a long password' } })
    .catch((e) => e);

  assert.ok(error instanceof QeetMartApiError);
  assert.equal(error.status, 502);
  assert.equal(error.code, 'UPSTREAM_UNAVAILABLE');
  assert.equal(error.type, '/problems/upstream-unavailable');
});
