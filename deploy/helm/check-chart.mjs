#!/usr/bin/env node
// Text-level check of the Helm chart, for machines without helm (no helm binary is installable
// here). It does NOT render: `helm lint deploy/helm/qeetmart` and `helm template` remain the
// real checks wherever helm exists. What it checks:
//   - Chart.yaml has apiVersion v2, a name and a SemVer version;
//   - values.yaml parses (through kubectl, as in deploy/compose/check-compose.mjs);
//   - in every template, each {{ has its }}, quotes and parentheses inside each action
//     pair up, and if/range/with/define/block pair up with end (else only inside a block);
//   - every include/template names a define that exists;
//   - every .Values.x.y path used exists in values.yaml.
//   node deploy/helm/check-chart.mjs [chart-dir]
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const chart = resolve(process.argv[2] ?? 'deploy/helm/qeetmart');
const errors = [];
const fail = (msg) => errors.push(msg);

function yamlToJson(text) {
  const header = 'apiVersion: check.qeetmart/v1\nkind: HelmValues\nmetadata: {name: values}\n';
  try {
    return JSON.parse(execFileSync('kubectl', ['label', '--local', '-f', '-', 'checked=yes', '-o', 'json'],
      { input: header + text, env: { ...process.env, KUBECONFIG: '/dev/null' }, stdio: ['pipe', 'pipe', 'pipe'] }));
  } catch (e) {
    if (e.code !== 'ENOENT') throw new Error(String(e.stderr ?? e.message));
  }
  return JSON.parse(execFileSync('python3', ['-c',
    'import json,sys,yaml; print(json.dumps(yaml.safe_load(sys.stdin)))'], { input: text }));
}

const chartYaml = readFileSync(join(chart, 'Chart.yaml'), 'utf8');
if (!/^apiVersion:\s*v2\s*$/m.test(chartYaml)) fail('Chart.yaml: apiVersion is not v2');
if (!/^name:\s*\S+/m.test(chartYaml)) fail('Chart.yaml: no name');
if (!/^version:\s*\d+\.\d+\.\d+\S*\s*$/m.test(chartYaml)) fail('Chart.yaml: version is not SemVer');

let values = {};
try { values = yamlToJson(readFileSync(join(chart, 'values.yaml'), 'utf8')); } catch (e) { fail(`values.yaml does not parse: ${e.message}`); }

const dir = join(chart, 'templates');
const files = readdirSync(dir).filter((f) => /\.(ya?ml|tpl|txt)$/.test(f));
const defined = new Set();
const included = [];

for (const f of files) {
  const text = readFileSync(join(dir, f), 'utf8').replace(/\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}/g, '');
  const stack = [];
  let pos = 0;
  for (;;) {
    // Outside actions "}}" is plain YAML (flow mappings), so only "{{" starts something.
    const open = text.indexOf('{{', pos);
    if (open === -1) break;
    const close = text.indexOf('}}', open + 2);
    if (close === -1) { fail(`${f}: "{{" not closed at offset ${open}`); break; }
    const action = text.slice(open + 2, close).replace(/^-\s*/, '').replace(/\s*-$/, '').trim();
    if (action.includes('{{')) fail(`${f}: nested "{{" in {{ ${action} }}`);
    const unquoted = action.replace(/"(?:[^"\\]|\\.)*"|`[^`]*`/g, '_');
    if (/["`]/.test(unquoted)) fail(`${f}: unbalanced quote in {{ ${action} }}`);
    let depth = 0;
    for (const c of unquoted) { depth += c === '(' ? 1 : c === ')' ? -1 : 0; if (depth < 0) break; }
    if (depth !== 0) fail(`${f}: unbalanced parentheses in {{ ${action} }}`);
    const keyword = unquoted.match(/^(\w+)/)?.[1];
    if (['if', 'range', 'with', 'define', 'block'].includes(keyword)) stack.push(keyword);
    else if (keyword === 'end' && !stack.pop()) fail(`${f}: "end" without a block`);
    else if (keyword === 'else' && !stack.length) fail(`${f}: "else" outside a block`);
    const def = action.match(/^define\s+"([^"]+)"/);
    if (def) defined.add(def[1]);
    for (const m of action.matchAll(/\b(?:include|template)\s+"([^"]+)"/g)) included.push([f, m[1]]);
    for (const m of action.matchAll(/(?:^|[\s($])\$?\.Values((?:\.[A-Za-z_][\w]*)+)/g)) {
      let node = values;
      for (const key of m[1].slice(1).split('.')) {
        if (node === null || typeof node !== 'object' || !(key in node)) { fail(`${f}: .Values${m[1]} is not in values.yaml`); break; }
        node = node[key];
      }
    }
    pos = close + 2;
  }
  if (stack.length) fail(`${f}: ${stack.join(', ')} not closed with end`);
}
for (const [f, name] of included) if (!defined.has(name)) fail(`${f}: includes undefined template "${name}"`);

if (errors.length) {
  errors.forEach((e) => console.error(`helm: ${e}`));
  process.exit(1);
}
console.log(`helm: ok (${files.length} templates checked as text)`);
