#!/usr/bin/env node
// Checks one rendered overlay against the deployment rules (deploy/README.md). Input: the
// overlay's objects as JSON lines, as ci/deploy-check produces them offline:
//   kubectl kustomize deploy/k8s/overlays/dev \
//     | KUBECONFIG=/dev/null kubectl label --local -f - checked=yes -o 'jsonpath={@}{"\n"}' \
//     | node deploy/k8s/check-manifests.mjs dev
import { readFileSync } from 'node:fs';

const overlay = process.argv[2];
if (!overlay) { console.error('usage: check-manifests.mjs <overlay> < objects.jsonl'); process.exit(2); }
const objects = readFileSync(0, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const errors = [];
const fail = (msg) => errors.push(`${overlay}: ${msg}`);
const isDev = overlay === 'dev';
// The Helm chart's output (ci/deploy-check names it "helm") follows the staging/prod rules.
const isChart = overlay === 'helm';

const apps = ['gateway', 'auth', 'users', 'products', 'inventory'];
const byKind = (kind) => objects.filter((o) => o.kind === kind);
const find = (kind, name) => objects.find((o) => o.kind === kind && o.metadata?.name === name);
const workloads = objects.filter((o) => ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob'].includes(o.kind));
const podSpec = (w) => (w.kind === 'CronJob' ? w.spec.jobTemplate.spec.template.spec : w.spec.template.spec);

// Images: the five qeetmart images, all with one registry prefix and tag, or the allowed
// third-party ones (Redis; PostgreSQL in dev only).
const appImage = /^((?:[a-z0-9.-]+(?::\d+)?\/)*)qeetmart\/([a-z]+)(:[\w.-]+|@sha256:[0-9a-f]{64})$/;
const thirdParty = [/^redis:7(?:[.-][\w.-]+)?$/, ...(isDev ? [/^postgres:15(?:[.-][\w.-]+)?$/] : [])];
const appRefs = new Set();
const seenApps = new Set();

for (const w of workloads) {
  const spec = podSpec(w);
  const name = `${w.kind}/${w.metadata.name}`;
  const podSc = spec.securityContext ?? {};
  for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
    const where = `${name} container ${c.name}`;
    const m = String(c.image).match(appImage);
    if (m && apps.includes(m[2])) {
      appRefs.add(`${m[1]}qeetmart/*${m[3]}`);
      seenApps.add(m[2]);
    } else if (!thirdParty.some((re) => re.test(c.image))) {
      fail(`${where}: image ${c.image} is neither a qeetmart image nor an allowed third-party one`);
    }
    for (const k of ['requests', 'limits']) {
      for (const r of ['cpu', 'memory']) if (!c.resources?.[k]?.[r]) fail(`${where}: no ${k}.${r}`);
    }
    const sc = c.securityContext ?? {};
    if (!(sc.runAsNonRoot ?? podSc.runAsNonRoot)) fail(`${where}: runAsNonRoot is not set`);
    if (sc.allowPrivilegeEscalation !== false) fail(`${where}: allowPrivilegeEscalation is not false`);
    if (sc.readOnlyRootFilesystem !== true) fail(`${where}: readOnlyRootFilesystem is not true`);
    if (m && !(c.volumeMounts ?? []).some((v) => v.mountPath === '/tmp')) fail(`${where}: no writable /tmp`);
    if (!c.livenessProbe || !c.readinessProbe) fail(`${where}: needs both liveness and readiness probes`);
    else if (JSON.stringify(c.livenessProbe) === JSON.stringify(c.readinessProbe)) {
      fail(`${where}: liveness and readiness probes are identical`);
    }
  }
}
for (const a of apps) if (!seenApps.has(a)) fail(`no workload runs the qeetmart/${a} image`);
if (appRefs.size > 1) fail(`qeetmart images use different registries or tags: ${[...appRefs].join(', ')}`);

for (const a of [...apps, 'redis']) {
  if (!find('Deployment', a)) fail(`Deployment ${a} is missing`);
  if (!find('Service', a)) fail(`Service ${a} is missing`);
}
for (const a of apps) if (!find('PodDisruptionBudget', a)) fail(`PodDisruptionBudget ${a} is missing`);

// Only the gateway is exposed, through one Ingress.
for (const s of byKind('Service')) {
  if (s.spec?.type && s.spec.type !== 'ClusterIP') fail(`Service ${s.metadata.name} is ${s.spec.type}; only the Ingress exposes`);
}
const ingresses = byKind('Ingress');
if (ingresses.length !== 1) fail(`expected one Ingress, found ${ingresses.length}`);
for (const ing of ingresses) {
  for (const rule of ing.spec?.rules ?? []) {
    for (const p of rule.http?.paths ?? []) {
      if (p.backend?.service?.name !== 'gateway') fail(`Ingress ${ing.metadata.name} routes to ${p.backend?.service?.name}`);
    }
  }
}

// Gateway scaling and the Redis requirement.
const hpa = find('HorizontalPodAutoscaler', 'gateway');
if (!hpa) fail('no HorizontalPodAutoscaler for the gateway');
if (find('Deployment', 'gateway')?.spec?.replicas !== undefined) fail('the gateway Deployment sets replicas; the HPA owns them');
if (hpa && !isDev && !(hpa.spec.minReplicas > 1)) fail('gateway HPA minReplicas must be > 1 outside dev');
if (hpa && hpa.spec.maxReplicas > 1) {
  const cfg = byKind('ConfigMap').find((c) => c.metadata.name.startsWith('gateway-config'));
  if (!cfg?.data?.REDIS_URL || !find('Service', 'redis')) fail('more than one gateway replica without Redis (REDIS_URL + redis Service)');
}

// Network policies.
const policies = new Map(byKind('NetworkPolicy').map((p) => [p.metadata.name, p]));
const deny = policies.get('default-deny');
if (!deny || Object.keys(deny.spec?.podSelector ?? { x: 1 }).length || !(deny.spec.policyTypes ?? []).includes('Ingress')) {
  fail('no default-deny NetworkPolicy selecting every pod');
}
for (const a of [...apps, 'redis', 'postgres-egress']) if (!policies.has(a)) fail(`NetworkPolicy ${a} is missing`);

// Metrics: each app's pod says where Prometheus finds /prometheus, on a port the container
// declares (the gateway's is its management port, not the public one), and only the
// allow-metrics-scrape policy opens those ports, to the monitoring namespace.
const scrape = policies.get('allow-metrics-scrape');
const scrapePorts = new Set((scrape?.spec?.ingress ?? []).flatMap((r) => (r.ports ?? []).map((p) => Number(p.port))));
if (!scrape) fail('NetworkPolicy allow-metrics-scrape is missing');
for (const a of apps) {
  const d = find('Deployment', a);
  if (!d) continue;
  const notes = d.spec.template.metadata?.annotations ?? {};
  const port = Number(notes['prometheus.io/port']);
  const declared = (d.spec.template.spec.containers ?? []).flatMap((c) => (c.ports ?? []).map((p) => p.containerPort));
  if (notes['prometheus.io/scrape'] !== 'true' || notes['prometheus.io/path'] !== '/prometheus') {
    fail(`Deployment ${a}: no prometheus.io scrape annotations for /prometheus`);
  } else if (!declared.includes(port)) {
    fail(`Deployment ${a}: prometheus.io/port ${notes['prometheus.io/port']} is not a container port`);
  } else if (scrape && !scrapePorts.has(port)) {
    fail(`allow-metrics-scrape does not open ${a}'s metrics port ${port}`);
  }
  if (a === 'gateway' && d.spec.template.spec.containers.some((c) => (c.ports ?? []).some((p) => p.name === 'http' && p.containerPort === port))) {
    fail('the gateway serves /prometheus on its public port');
  }
}

// Secrets: dev generates placeholders only; staging/prod never ship a Secret.
const secretNames = new Set(byKind('Secret').map((s) => s.metadata.name));
for (const s of byKind('Secret')) {
  if (!isDev) { fail(`renders Secret ${s.metadata.name}; staging/prod Secrets are created out of band`); continue; }
  for (const [k, v] of Object.entries(s.data ?? {})) {
    const value = Buffer.from(v, 'base64').toString();
    if (/password/i.test(k) && !value.startsWith('dev-only-')) fail(`Secret ${s.metadata.name}: ${k} is not a dev-only placeholder`);
    if (/PRIVATE KEY/.test(value)) fail(`Secret ${s.metadata.name}: ${k} holds a private key`);
  }
}
const expectedSecrets = ['auth-db', 'users-db', 'products-db', 'inventory-db', 'auth-signing-key', 'auth-admin', 'postgres-superuser'];
for (const w of workloads) {
  for (const c of podSpec(w).containers ?? []) {
    for (const e of c.env ?? []) {
      const ref = e.valueFrom?.secretKeyRef;
      if (!ref) continue;
      if (isDev ? !secretNames.has(ref.name) : !expectedSecrets.includes(ref.name)) {
        fail(`${w.metadata.name}: ${e.name} refers to unknown Secret ${ref.name}`);
      }
    }
    for (const e of c.env ?? []) {
      if (/PASSWORD|SIGNING_KEY/.test(e.name) && e.value !== undefined) fail(`${w.metadata.name}: ${e.name} is a literal, not a Secret`);
    }
  }
}

// One namespace per overlay. The chart's objects name none: helm install puts them all in the
// release's namespace.
const namespaces = new Set(objects.filter((o) => o.kind !== 'Namespace').map((o) => o.metadata?.namespace));
const oneNamespace = namespaces.size === 1 && (isChart || !namespaces.has(undefined));
if (!oneNamespace) fail(`objects are not all in one namespace: ${[...namespaces].join(', ')}`);

if (errors.length) {
  errors.forEach((e) => console.error(`k8s: ${e}`));
  process.exit(1);
}
console.log(`k8s: ${overlay}: ok (${objects.length} objects; images ${[...appRefs].join(', ')} + ${
  [...new Set(workloads.flatMap((w) => podSpec(w).containers.map((c) => c.image)).filter((i) => !appImage.test(i)))].join(', ')})`);
