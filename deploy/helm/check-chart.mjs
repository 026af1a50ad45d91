#!/usr/bin/env node
// The one chart check Helm does not make: every `.Values.x.y` a template reads exists in
// values.yaml. `helm lint --strict` and `helm template` (ci/deploy-check runs both) catch bad
// syntax, unclosed blocks, undefined templates, a bad Chart.yaml and a values.yaml that does not
// parse, but a misspelt value path renders as an empty string and lints clean.
//   node deploy/helm/check-chart.mjs [chart-dir]
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { yamlToJson } from '../yaml-to-json.mjs';

const chart = resolve(process.argv[2] ?? 'deploy/helm/qeetmart');
const errors = [];

let values;
try {
  values = yamlToJson(readFileSync(join(chart, 'values.yaml'), 'utf8'));
} catch (e) {
  console.error(`helm: values.yaml does not parse: ${e.message}`);
  process.exit(1);
}

const exists = (path) => {
  let node = values;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !(key in node)) return false;
    node = node[key];
  }
  return true;
};

const dir = join(chart, 'templates');
const files = readdirSync(dir).filter((f) => /\.(ya?ml|tpl|txt)$/.test(f));
for (const f of files) {
  const text = readFileSync(join(dir, f), 'utf8').replace(/\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}/g, '');
  for (const action of text.matchAll(/\{\{([\s\S]*?)\}\}/g)) {
    // Quoted strings are text, not value paths.
    const code = action[1].replace(/"(?:[^"\\]|\\.)*"|`[^`]*`/g, '_');
    for (const m of code.matchAll(/(?:^|[\s($])\$?\.Values((?:\.[A-Za-z_]\w*)+)/g)) {
      if (!exists(m[1].slice(1).split('.'))) errors.push(`${f}: .Values${m[1]} is not in values.yaml`);
    }
  }
}

if (errors.length) {
  errors.forEach((e) => console.error(`helm: ${e}`));
  process.exit(1);
}
console.log(`helm: ok (every value path in ${files.length} templates is in values.yaml)`);
