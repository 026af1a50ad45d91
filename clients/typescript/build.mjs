// Compiles @qeetmart/sdk: the hand-written layer (src/) with the clients Maven generated from the
// contracts (target/generated-sources/typescript/<service>), strict, once as ES modules and once as
// CommonJS, into the package staged at target/package (which Maven then packs with npm pack).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const services = ['auth', 'users', 'products', 'inventory'];
const staging = 'target/ts';
const pkg = 'target/package';

rmSync(staging, { recursive: true, force: true });
rmSync(pkg, { recursive: true, force: true });
cpSync('src', staging, { recursive: true });
for (const service of services) {
  const generated = `target/generated-sources/typescript/${service}`;
  if (!existsSync(generated)) throw new Error(`${generated} is missing: run the Maven build (generate-sources)`);
  cpSync(generated, `${staging}/generated/${service}`, {
    recursive: true,
    filter: (path) => !path.includes('.openapi-generator') && (path.endsWith('.ts') || !path.includes('.')),
  });
}

// The generated runtime names two DOM-only types; a Node program without the DOM lib has fetch
// but not them. Say the same in types every runtime with fetch has.
for (const service of services) {
  const runtime = `${staging}/generated/${service}/runtime.ts`;
  const source = readFileSync(runtime, 'utf8');
  const portable = source
    .replaceAll("WindowOrWorkerGlobalScope['fetch']", '(url: string, init: RequestInit) => Promise<Response>')
    .replaceAll('RequestCredentials', "RequestInit['credentials']");
  if (portable.includes('WindowOrWorkerGlobalScope') || portable === source) {
    throw new Error(`${runtime}: the generated runtime changed; revisit the DOM-free rewrite in build.mjs`);
  }
  writeFileSync(runtime, portable);
}

// Each API's auto-paging subclass (openapi-templates/autoPaging.mustache) in its namespace, beside
// the API: `products.ProductsApiWithPaging`, which QeetMart hands out.
for (const service of services) {
  const apis = `${staging}/generated/${service}/apis`;
  const withPaging = readdirSync(apis).filter((name) => name.endsWith('WithPaging.ts')).sort();
  if (withPaging.length === 0) throw new Error(`${apis}: no auto-paging classes; is autoPaging.mustache configured?`);
  writeFileSync(`${apis}/index.ts`, readFileSync(`${apis}/index.ts`, 'utf8')
    + withPaging.map((name) => `export * from './${name.replace(/\.ts$/, '.js')}';\n`).join(''));
}

// Optional fields and parameters take `undefined` as well as no value: a partner compiling with
// exactOptionalPropertyTypes passes `{ q: filters.q }` without TS2379 (test/strict-consumer).
// Only interface members at the generated code's indentation are widened.
const optionalMember = /^( {4}(?:\w+|'[^']+')\?: )(.+);$/gm;
for (const service of services) {
  for (const folder of ['models', 'apis']) {
    const dir = `${staging}/generated/${service}/${folder}`;
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
      const source = readFileSync(`${dir}/${file}`, 'utf8');
      writeFileSync(`${dir}/${file}`, source.replace(optionalMember, (line, head, type) =>
        (type.endsWith('| undefined') ? line : `${head}${type.includes('=>') ? `(${type})` : type} | undefined;`)));
    }
  }
}

// The versions every call's User-Agent names: the package's, and each contract's info.version as
// the specs the clients were generated from say (the only line of a spec indented "  version:").
const contractVersions = Object.fromEntries(services.map((service) => {
  const spec = readFileSync(`../../contracts/openapi/${service}.yaml`, 'utf8');
  const version = /^  version: *['"]?([^'"\s]+)/m.exec(spec);
  if (!version) throw new Error(`contracts/openapi/${service}.yaml has no info.version`);
  return [service, version[1]];
}));
const { version: sdkVersion } = JSON.parse(readFileSync('package.json', 'utf8'));
writeFileSync(`${staging}/versions.ts`, '// Written by build.mjs from package.json and the contracts.\n'
  + `export const SDK_VERSION = ${JSON.stringify(sdkVersion)};\n`
  + `export const API_VERSIONS = ${JSON.stringify(contractVersions)} as const;\n`);

const tsc = 'node_modules/typescript/bin/tsc';
for (const config of ['tsconfig.esm.json', 'tsconfig.cjs.json']) {
  execFileSync(process.execPath, [tsc, '-p', config], { stdio: 'inherit' });
}
// The reference the gateway's portal serves at /docs/sdk/typescript/: every export of the package,
// the generated clients' included, with the README as its front page.
execFileSync(process.execPath, ['node_modules/typedoc/bin/typedoc', '--tsconfig', 'tsconfig.esm.json',
  '--entryPoints', `${staging}/index.ts`, '--out', 'target/typedoc', '--readme', 'README.md',
  '--name', `QeetMart TypeScript SDK ${sdkVersion}`, '--logLevel', 'Error'],
{ stdio: 'inherit' });

// The package is "type": "module"; the CommonJS build says so for its own folder.
writeFileSync(`${pkg}/dist/cjs/package.json`, '{ "type": "commonjs" }\n');

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
delete manifest.devDependencies;
delete manifest.scripts;
mkdirSync(pkg, { recursive: true });
writeFileSync(`${pkg}/package.json`, `${JSON.stringify(manifest, null, 2)}\n`);
for (const file of ['README.md', 'CHANGELOG.md', 'LICENSE']) cpSync(file, `${pkg}/${file}`);
console.log(`build: ${pkg} ready (ESM and CommonJS, with type declarations)`);
