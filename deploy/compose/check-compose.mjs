#!/usr/bin/env node
// Structural check of compose.yaml, for machines without a Compose v2 client (`docker compose
// config` is the real check wherever one exists; ci/deploy-check runs it then too).
//
//   node deploy/compose/check-compose.mjs [compose.yaml]
//
// The YAML is read through deploy/yaml-to-json.mjs (kubectl, or python3 + PyYAML).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { yamlToJson } from '../yaml-to-json.mjs';

const file = resolve(process.argv[2] ?? 'compose.yaml');
const root = dirname(file);
const text = readFileSync(file, 'utf8');

const errors = [];
const fail = (msg) => errors.push(msg);
let doc;
try { doc = yamlToJson(text); } catch (e) { console.error(`compose: compose.yaml does not parse: ${e.message}`); process.exit(1); }

const apps = ['gateway', 'auth', 'users', 'products', 'inventory'];
const thirdParty = { postgres: /^postgres:15([.-][\w.-]+)?$/, redis: /^redis:7([.-][\w.-]+)?$/ };
const services = doc.services ?? {};
const names = Object.keys(services).sort();
const expected = [...apps, ...Object.keys(thirdParty)].sort();
if (names.join() !== expected.join()) fail(`services are [${names}], expected [${expected}]`);

for (const [name, svc] of Object.entries(services)) {
  // Images: exactly qeetmart/<name> (tag may be interpolated) or the allowed third-party ones.
  const image = String(svc.image ?? '');
  if (apps.includes(name)) {
    if (!new RegExp(`^qeetmart/${name}:(\\$\\{QEETMART_TAG:-0\\.1\\.0\\}|0\\.1\\.0)$`).test(image)) {
      fail(`${name}: image ${image || '(none)'} is not qeetmart/${name}:<tag>`);
    }
  } else if (thirdParty[name] && !thirdParty[name].test(image)) {
    fail(`${name}: image ${image} is not an allowed ${name} image`);
  }
  // The five images are built from the Maven build's jars with the one shared Dockerfile.
  if (svc.build && (svc.build.dockerfile !== 'deploy/docker/Dockerfile' || !svc.build.args?.JAR)) {
    fail(`${name}: builds with something other than deploy/docker/Dockerfile and a JAR`);
  }

  const test = svc.healthcheck?.test;
  if (!Array.isArray(test) || test.length < 2 || !['CMD', 'CMD-SHELL'].includes(test[0]) || svc.healthcheck.disable) {
    fail(`${name}: no health check`);
  }

  for (const [dep, spec] of Object.entries(svc.depends_on ?? {})) {
    if (Array.isArray(svc.depends_on)) { fail(`${name}: depends_on must use the long form with a condition`); break; }
    if (!services[dep]) fail(`${name}: depends on unknown service ${dep}`);
    if (spec?.condition !== 'service_healthy') fail(`${name}: depends_on ${dep} without condition service_healthy`);
  }
  if (apps.includes(name) && !Object.keys(svc.depends_on ?? {}).length) fail(`${name}: depends on nothing`);

  if (svc.ports?.length && name !== 'gateway') fail(`${name}: publishes ports; only the gateway may`);

  // Secrets never literal: every password/key variable comes from the .env file.
  for (const [key, value] of Object.entries(svc.environment ?? {})) {
    if (/PASSWORD|SECRET|SIGNING_KEY/.test(key) && !/^\$\{[A-Z0-9_]+(:?[-?][^}]*)?\}$/.test(String(value ?? ''))) {
      fail(`${name}: ${key} is not taken from the environment (.env)`);
    }
  }
  for (const volume of svc.volumes ?? []) {
    const source = String(typeof volume === 'string' ? volume.split(':')[0] : volume.source ?? '');
    if (source.startsWith('.') && !existsSync(resolve(root, source))) fail(`${name}: mounts missing ${source}`);
  }
}

const gw = services.gateway ?? {};
if (!(gw.ports ?? []).some((p) => String(typeof p === 'object' ? p.target : p).endsWith('4000'))) {
  fail('gateway: port 4000 is not published');
}

// The dependency graph must have no cycle (compose would refuse to start).
const seen = new Map();
const visit = (n, path) => {
  if (seen.get(n) === 'done') return;
  if (seen.get(n) === 'open') { fail(`depends_on cycle: ${[...path, n].join(' -> ')}`); return; }
  seen.set(n, 'open');
  for (const d of Object.keys(services[n]?.depends_on ?? {})) visit(d, [...path, n]);
  seen.set(n, 'done');
};
names.forEach((n) => visit(n, []));

// Every variable compose.yaml requires (`${X:?...}`) is in the committed example, which holds
// placeholders only.
const example = resolve(root, 'deploy/compose/.env.example');
if (!existsSync(example)) {
  fail('deploy/compose/.env.example is missing');
} else {
  const exampleText = readFileSync(example, 'utf8');
  const defined = new Set([...exampleText.matchAll(/^([A-Z0-9_]+)=/gm)].map((m) => m[1]));
  for (const m of text.matchAll(/\$\{([A-Z0-9_]+)(:?[-?])?/g)) {
    if (!defined.has(m[1])) fail(`.env.example does not define ${m[1]}`);
  }
  if (/BEGIN [A-Z ]*PRIVATE KEY/.test(exampleText)) fail('.env.example contains a private key');
  for (const m of exampleText.matchAll(/^([A-Z0-9_]*PASSWORD)=(.*)$/gm)) {
    if (!m[2].includes('CHANGE-ME')) fail(`.env.example: ${m[1]} is not a CHANGE-ME placeholder`);
  }
}

if (errors.length) {
  errors.forEach((e) => console.error(`compose: ${e}`));
  process.exit(1);
}
console.log(`compose: ok (${names.length} services, all with health checks; only the gateway published)`);
