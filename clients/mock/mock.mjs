// A mock of the whole QeetMart API on one base URL, as the gateway serves it (/api/v1): Stoplight
// Prism's mock mode answers every operation of the four service contracts from their examples,
// checks each request against its contract (a malformed one gets the 400/401/422 a real server
// would give) and answers `Prefer: code=409` (or `example=<name>`) with that response instead.
//
// Prism mocks one document, so this writes one whose paths refer to the contracts' own path
// items (their schemas, examples and shared components stay where they are) and starts Prism on it.
//
//   node mock.mjs [--port 4010] [--host 127.0.0.1] [--specs <dir of auth.yaml ...>] [-- <prism options>]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const APIS = ['auth', 'users', 'products', 'inventory'];
const BASE_PATH = '/api/v1'; // where the gateway serves the services' paths

function options(argv) {
  const passed = argv.indexOf('--');
  const own = passed < 0 ? argv : argv.slice(0, passed);
  const chosen = { port: '4010', host: '127.0.0.1', specs: join(here, '..', '..', 'contracts', 'openapi'),
    prism: passed < 0 ? [] : argv.slice(passed + 1) };
  for (let i = 0; i < own.length; i += 2) {
    const name = own[i].replace(/^--/, '');
    if (!['port', 'host', 'specs'].includes(name) || own[i + 1] === undefined) {
      console.error('usage: node mock.mjs [--port 4010] [--host 127.0.0.1] [--specs DIR] [-- PRISM_OPTIONS]');
      process.exit(2);
    }
    chosen[name] = own[i + 1];
  }
  return chosen;
}

// A JSON pointer to a path item: '/' and '~' escaped as RFC 6901 says.
const pointer = (path) => '#/paths/' + path.replaceAll('~', '~0').replaceAll('/', '~1');

function document(specs) {
  const combined = { openapi: '3.0.3', paths: {}, components: { securitySchemes: {} },
    info: { title: 'QeetMart API (mock)', version: '', description: 'The services behind the gateway.' } };
  const versions = [];
  for (const api of APIS) {
    const file = resolve(specs, `${api}.yaml`);
    const spec = YAML.parse(readFileSync(file, 'utf8'));
    versions.push(`${api}/${spec.info.version}`);
    for (const path of Object.keys(spec.paths ?? {})) {
      combined.paths[BASE_PATH + path] = { $ref: file + pointer(path) };
    }
    Object.assign(combined.components.securitySchemes, spec.components?.securitySchemes ?? {});
  }
  combined.info.version = versions.join('; ');
  return combined;
}

function listening(host, port) {
  return new Promise((done) => {
    const socket = net.connect(Number(port), host, () => { socket.end(); done(true); });
    socket.on('error', () => done(false));
  });
}

const chosen = options(process.argv.slice(2));
const work = mkdtempSync(join(tmpdir(), 'qeetmart-mock-'));
const file = join(work, 'qeetmart.json');
writeFileSync(file, JSON.stringify(document(chosen.specs), null, 2));
const prism = spawn(join(here, 'node_modules', '.bin', 'prism'),
  ['mock', file, '--host', chosen.host, '--port', chosen.port, ...chosen.prism], { stdio: ['ignore', 'inherit', 'inherit'] });
let failed = false; // the mock never answered: exit non-zero, whatever Prism's own exit says
const stop = (signal) => prism.kill(signal);
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
prism.on('exit', (code, signal) => {
  rmSync(work, { recursive: true, force: true });
  process.exit(failed ? 1 : code ?? (signal ? 0 : 1));
});

// Say where it answers once it does, so a script can wait for this line.
const until = Date.now() + 120_000;
while (!(await listening(chosen.host, chosen.port))) {
  if (Date.now() > until || prism.exitCode !== null) {
    console.error('qeetmart-mock: Prism did not start');
    failed = true;
    stop('SIGTERM');
    break;
  }
  await new Promise((wake) => setTimeout(wake, 200));
}
// Something else may hold the port (Prism then exits): say it answers only once Prism does.
const base = `http://${chosen.host}:${chosen.port}${BASE_PATH}`;
const answer = prism.exitCode === null ? await fetch(`${base}/categories`).catch(() => null) : null;
if (answer?.status === 200 && prism.exitCode === null) {
  console.log(`qeetmart-mock: the QeetMart API answers on ${base}`);
} else if (prism.exitCode === null) {
  console.error(`qeetmart-mock: something other than the mock answers on port ${chosen.port}`);
  failed = true;
  stop('SIGTERM');
}
