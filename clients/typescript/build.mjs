// Compiles @qeetmart/sdk: the hand-written layer (src/) with the clients Maven generated from the
// contracts (target/generated-sources/typescript/<service>), strict, once as ES modules and once as
// CommonJS, into the package staged at target/package (which Maven then packs with npm pack). The
// package ships the sources it was compiled from (src/), with source and declaration maps into
// them, so a partner's debugger and "go to definition" land in TypeScript, not in dist/.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const services = ['auth', 'users', 'products', 'inventory'];
const pkg = 'target/package';
const staging = `${pkg}/src`;

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
// the generated clients' included, with the README as its front page. "Defined in" names the file
// as the package ships it (src/client.ts:154) and links to the portal's copy of that file, served
// beside the reference as text (src/client.ts.txt: a .ts file would be served as a download).
const reference = 'target/typedoc';
execFileSync(process.execPath, ['node_modules/typedoc/bin/typedoc', '--tsconfig', 'tsconfig.esm.json',
  '--entryPoints', `${staging}/index.ts`, '--out', reference, '--readme', 'README.md',
  '--name', `QeetMart TypeScript SDK ${sdkVersion}`, '--logLevel', 'Error',
  '--disableGit', '--basePath', pkg, '--sourceLinkTemplate', '/docs/sdk/typescript/src/{path}.txt'],
{ stdio: 'inherit' });
cpSync(staging, `${reference}/src`, { recursive: true });
for (const file of readdirSync(`${reference}/src`, { recursive: true }).filter((name) => name.endsWith('.ts'))) {
  renameSync(`${reference}/src/${file}`, `${reference}/src/${file}.txt`);
}
// Members inherited from the standard library (an error's `cause`) are defined in TypeScript's own
// lib files, which are not ours to serve: their place is named, unlinked. Every other "Defined in"
// link must reach its copy: a TypeDoc that counts paths from elsewhere fails here.
const portal = '/docs/sdk/typescript/';
const pages = readdirSync(reference, { recursive: true }).filter((name) => name.endsWith('.html'));
for (const page of pages) {
  const html = readFileSync(`${reference}/${page}`, 'utf8');
  const unlinked = html.replace(/<a href="\/docs\/sdk\/typescript\/src\/\.\.\/[^"]*">([^<]*)<\/a>/g, '$1');
  if (unlinked !== html) writeFileSync(`${reference}/${page}`, unlinked);
}
const links = new Set(pages.flatMap((page) => [...readFileSync(`${reference}/${page}`, 'utf8')
  .matchAll(/href="\/docs\/sdk\/typescript\/([^"#]+)/g)].map((link) => link[1])));
const broken = [...links].filter((link) => !existsSync(`${reference}/${link}`));
if (links.size === 0 || broken.length > 0) {
  throw new Error(`TypeDoc's source links: ${links.size} found, ${broken.length} lead nowhere under ${portal}: ${broken.slice(0, 3)}`);
}

// The package is "type": "module"; the CommonJS build says so for its own folder.
writeFileSync(`${pkg}/dist/cjs/package.json`, '{ "type": "commonjs" }\n');

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
delete manifest.devDependencies;
delete manifest.scripts;
mkdirSync(pkg, { recursive: true });
writeFileSync(`${pkg}/package.json`, `${JSON.stringify(manifest, null, 2)}\n`);
for (const file of ['README.md', 'CHANGELOG.md', 'LICENSE']) cpSync(file, `${pkg}/${file}`);
console.log(`build: ${pkg} ready (ESM and CommonJS, with type declarations)`);
