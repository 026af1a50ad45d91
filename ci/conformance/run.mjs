// The contract-conformance run's driver (see ci/contracts-conformance): every operation of every spec is
// called through a Prism validating proxy in front of the running service, its happy path and
// the errors a client can cause (no token, a user's token on an admin operation, an unknown id, a
// malformed id, bad JSON, a body too large or not JSON, an Accept it cannot have), and any answer
// whose status, headers or body the spec does not declare fails the run, as does a problem whose
// `type` its operation does not list, and an operation of a spec that the suite never called.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { documentedProblemTypes } from './documented.mjs';

const PRISM = 'ci/conformance/node_modules/.bin/prism';
const SERVICES = { auth: 4001, users: 8082, products: 8083, inventory: 8080, gateway: 4000 };
const PROXY_BASE = 4100;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const BIG = JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) });

const proxies = [];
const problems = [];
const called = new Map(); // operationId -> statuses seen
const documented = documentedProblemTypes(Object.keys(SERVICES));
const typesSeen = new Set();

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const port = (service) => PROXY_BASE + Object.keys(SERVICES).indexOf(service);

function listening(p) {
  return new Promise((resolve) => {
    const socket = net.connect(p, '127.0.0.1', () => { socket.end(); resolve(true); });
    socket.on('error', () => resolve(false));
  });
}

async function startProxies() {
  for (const [service, upstream] of Object.entries(SERVICES)) {
    const child = spawn(PRISM, ['proxy', `contracts/openapi/${service}.yaml`, `http://127.0.0.1:${upstream}`,
      '--port', String(port(service)), '--cors=false', '--validate-request=false', '-v', 'error'], { stdio: 'ignore' });
    proxies.push(child);
  }
  for (const service of Object.keys(SERVICES)) {
    const until = Date.now() + 60000;
    while (!(await listening(port(service)))) {
      if (Date.now() > until) throw new Error(`the Prism proxy for ${service} did not start`);
      await sleep(200);
    }
  }
}

// One HTTP exchange. A large body is offered with Expect: 100-continue, as curl does, so that a
// 413 can come before it is sent (the proxy would otherwise wait on a body nobody reads).
function send(to, method, path, headers, body) {
  const large = body !== undefined && body.length > 65536;
  if (body !== undefined) headers = { ...headers, 'Content-Length': Buffer.byteLength(body) }; // not chunked: Prism waits on those
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port: to, method, path, timeout: 15000,
      headers: large ? { ...headers, Expect: '100-continue' } : headers }, (answer) => {
      const chunks = [];
      answer.on('data', (chunk) => chunks.push(chunk));
      answer.on('end', () => resolve({ status: answer.statusCode, text: Buffer.concat(chunks).toString('utf8'),
        headers: { get: (name) => answer.headers[name.toLowerCase()] ?? null } }));
    });
    request.on('timeout', () => request.destroy(new Error(`${method} ${path}: no answer within 15 s`)));
    request.on('error', (error) => { if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error); });
    if (large) request.on('continue', () => request.end(body));
    else request.end(body);
  });
}

// One call through the service's proxy; the answer's violations of the spec are collected.
// `direct` goes to the service itself: Prism's proxy never answers a request whose JSON does not
// parse, so for those the answer is checked here to be a problem+json of the expected status.
async function call(service, operationId, method, path, { token, body, raw, type = 'application/json', accept, headers = {}, expect, direct } = {}) {
  // gzip asked for by name: the services answer Accept-Encoding * with snappy, which Prism cannot read.
  const sent = { 'Accept-Encoding': 'gzip', ...headers };
  if (token) sent.Authorization = `Bearer ${token}`;
  if (accept) sent.Accept = accept;
  const payload = raw ?? (body === undefined ? undefined : JSON.stringify(body));
  if (payload !== undefined) sent['Content-Type'] = type;
  if (process.env.CONFORMANCE_TRACE) console.log(`> ${operationId} ${method} ${path}`);
  const response = await send(direct ? SERVICES[service] : port(service), method, path, sent, payload);
  if (direct && !/^application\/problem\+json/.test(response.headers.get('content-type') ?? '')) {
    problems.push(`${operationId} ${method} ${path} → ${response.status}: not problem+json (${response.headers.get('content-type')})`);
  }
  const text = response.text;
  if (!called.has(operationId)) called.set(operationId, new Set());
  called.get(operationId).add(response.status);
  const violations = JSON.parse(response.headers.get('sl-violations') ?? '[]').filter((v) => v.location?.[0] === 'response');
  for (const v of violations) problems.push(`${operationId} ${method} ${path} → ${response.status}: ${v.location.join('.')}: ${v.message}`);
  if (expect !== undefined && ![expect].flat().includes(response.status)) {
    problems.push(`${operationId} ${method} ${path}: expected ${expect}, got ${response.status}: ${text.slice(0, 160)}`);
  }
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { /* not JSON: the proxy's violations said so if it matters */ }
  if (json?.type && /^application\/problem\+json/.test(response.headers.get('content-type') ?? '')) {
    typesSeen.add(json.type);
    const listed = documented.get(operationId)?.get(response.status);
    if (listed && !listed.has(json.type)) {
      problems.push(`${operationId} ${method} ${path} → ${response.status}: problem type ${json.type} is not among those its contract lists (${[...listed].join(', ') || 'none'})`);
    }
  }
  return { status: response.status, json, headers: response.headers };
}

// The errors any client can cause on an operation, whatever it does.
async function misuse(service, operationId, method, path, { body, admin, user, needsToken = true, idPath, unknown = 404, forbidden = 403 } = {}) {
  if (needsToken) await call(service, operationId, method, path, { body, expect: 401 });
  // A public operation serves a caller whose token is no good as it serves anyone.
  await call(service, operationId, method, path, { token: 'not.a.token', body, expect: needsToken ? 401 : undefined });
  if (admin && user) await call(service, operationId, method, path, { token: user, body, expect: forbidden });
  const token = admin ?? user;
  await call(service, operationId, method, path, { token, body, accept: 'text/html', expect: body === undefined ? 406 : undefined });
  if (body !== undefined) {
    await call(service, operationId, method, path, { token, raw: '{"broken": ', expect: 400, direct: true });
    await call(service, operationId, method, path, { token, raw: 'plain words', type: 'text/plain', expect: 415 });
    await call(service, operationId, method, path, { token, raw: BIG, expect: 413 });
  }
  if (idPath) {
    await call(service, operationId, method, idPath(UNKNOWN), { token, body, expect: unknown });
    await call(service, operationId, method, idPath('not-an-id'), { token, body, expect: 400 });
  }
}

async function main() {
  await startProxies();
  const { suite } = await import('./suite.mjs');
  await suite({ call, misuse, randomUUID, UNKNOWN });

  const specOperations = Object.keys(SERVICES).flatMap((service) =>
    [...readFileSync(`contracts/openapi/${service}.yaml`, 'utf8').matchAll(/operationId:\s*(\w+)/g)].map((m) => m[1]));
  const missed = specOperations.filter((id) => !called.has(id));
  for (const id of missed) problems.push(`${id}: never called by the suite`);
  const answers = [...called.values()].reduce((n, s) => n + s.size, 0);
  console.log(`conformance: ${called.size} of ${specOperations.length} operations called, ${answers} distinct (operation, status) answers checked, ${typesSeen.size} problem types met`);
}

try {
  await main();
} finally {
  for (const child of proxies) child.kill('SIGTERM');
}
for (const problem of problems) console.log(`conformance: ${problem}`);
if (problems.length) {
  console.log(`conformance: ${problems.length} answer(s) the contracts do not declare`);
  process.exit(1);
}
console.log('conformance: every answer is one its contract declares');
