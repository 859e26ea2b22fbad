// Builds the standalone executable, dist/ocilint-linux-<arch>: a copy of the node binary that runs
// ocilint with nothing installed (Node.js single-executable applications: the CLI bundled into one
// script by esbuild, a blob made by `node --experimental-sea-config`, injected with postject).
// Run after `npm run build` (it reads dist/src and dist/validators): `npm run build:sea`.
//
// The executable is the node binary that runs this script, so it is built for this machine's
// platform and CPU only; release.sh says how other architectures would be built.
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHash } from './build-hash.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const work = path.join(dist, 'sea');
if (process.platform !== 'linux') throw new Error(`build-sea: builds for Linux only, not ${process.platform}`);
const exe = path.join(dist, `ocilint-linux-${process.arch}`);
for (const need of ['src/cli/main.js', 'ocilint.cjs', 'validators']) {
  if (!fs.existsSync(path.join(dist, need))) throw new Error(`build-sea: dist/${need} is missing; run npm run build first`);
}
fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(work, { recursive: true });

// Everything is bundled: the executable's require() loads only Node's built-in modules.
const cliFile = path.join(work, 'cli.cjs');
const cli = await build({
  entryPoints: [path.join(root, 'scripts/sea-cli.cjs')],
  write: false,
  define: { __OCILINT_BUILD__: JSON.stringify(buildHash(root)), 'import.meta.url': '"file:///ocilint-embedded/ocilint.js"' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minifyWhitespace: true,
  legalComments: 'none',
  logLevel: 'error',
  plugins: [
    {
      name: 'embedded',
      setup(b) {
        b.onLoad({ filter: /[\\/]dist[\\/]src[\\/].*\.js$/ }, async (args) => {
          let text = await fs.promises.readFile(args.path, 'utf8');
          // yaml and picomatch are required lazily through createRequire: a plain require() here,
          // so that esbuild bundles them.
          text = text.replace(/createRequire\(import\.meta\.url\)\(('[^']+')\)/g, 'require($1)');
          // The executable's main script has no import(): built-in modules are required.
          text = text.replace(/\bimport\(('node:[\w/]+')\)/g, 'Promise.resolve(require($1))');
          // A release's validator comes from the executable's assets (scripts/sea-entry.cjs).
          text = text.replace('import(`./generated/${name}.js`)', '__ocilintValidator(name)');
          return { contents: text, loader: 'js', resolveDir: path.dirname(args.path) };
        });
      },
    },
  ],
});

const cliText = cli.outputFiles[0].text;
const left = cliText.match(/[^\w$.]import\("/g);
if (left) throw new Error(`build-sea: the script still has ${left.length} import() of a module; the executable cannot load it`);
const nonAscii = cliText.search(/[^\x00-\x7f]/);
if (nonAscii >= 0) throw new Error(`build-sea: the script has a non-ASCII character at ${nonAscii} (sea-entry.cjs reads it as latin1)`);
// Wrapped in the function sea-entry.cjs calls, as scripts/bundle.mjs wraps dist/ocilint.cjs.
fs.writeFileSync(cliFile, `(function (exports, require, module) {${cliText}\n})`);

// The code cache of the CLI, recorded after linting a bundle with it here, in the Node.js the
// executable is a copy of: what a run compiles is then read from the cache.
const cacheFile = `${cliFile}.${process.version}.cache`;
{
  const { Writable } = await import('node:stream');
  const vm = await import('node:vm');
  const require = createRequire(import.meta.url);
  const load = (file) => {
    const mod = { exports: {} };
    const script = new vm.Script(fs.readFileSync(file, 'latin1'), { filename: file });
    script.runInThisContext()(mod.exports, require, mod);
    return { exports: mod.exports, script };
  };
  globalThis.__ocilintEmbedded = (rel) => (fs.existsSync(path.join(root, rel)) ? fs.readFileSync(path.join(root, rel), 'utf8') : undefined);
  globalThis.__ocilintValidator = async (name) => load(path.join(dist, 'validators', `${name}.cjs`)).exports;
  const { exports, script } = load(cliFile);
  const sink = () => Object.assign(new Writable({ write: (_c, _e, cb) => cb() }), { isTTY: false });
  await exports.main({ argv: [path.join(root, 'fixtures/bundles/hello')], env: {}, stdout: sink(), stderr: sink(), cwd: root });
  fs.writeFileSync(cacheFile, script.createCachedData());
}

// The executable's main script: sea-entry.cjs, which needs nothing but Node's built-in modules.
const script = path.join(work, 'ocilint-sea.cjs');
fs.copyFileSync(path.join(root, 'scripts/sea-entry.cjs'), script);

// The assets: each validator and its code caches, the rules' pages, the JSON Schemas.
const assets = { 'cli.cjs': cliFile, [`cli.cjs.${process.version}.cache`]: cacheFile };
for (const f of fs.readdirSync(path.join(dist, 'validators')).sort()) assets[`validators/${f}`] = path.join(dist, 'validators', f);
for (const f of fs.readdirSync(path.join(root, 'docs/rules')).filter((f) => f.endsWith('.md')).sort()) assets[`docs/rules/${f}`] = path.join(root, 'docs/rules', f);
for (const v of fs.readdirSync(path.join(root, 'schemas'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
  assets[`schemas/${v}/config.schema.json`] = path.join(root, 'schemas', v, 'config.schema.json');
}
const blob = path.join(work, 'sea-prep.blob');
const seaConfig = path.join(work, 'sea-config.json');
// The main script is small and runs once: its own code cache (useCodeCache) would not pay.
fs.writeFileSync(seaConfig, JSON.stringify({ main: script, output: blob, disableExperimentalSEAWarning: true, assets }, null, 2));
execFileSync(process.execPath, ['--experimental-sea-config', seaConfig], { stdio: ['ignore', 'ignore', 'pipe'] });

// A copy of this node binary without its symbol table and debug sections (12 MiB of Node 20's 94:
// only debuggers read them; the dynamic symbols that native addons link against stay), with the
// blob injected.
fs.rmSync(exe, { force: true });
fs.copyFileSync(process.execPath, exe);
fs.chmodSync(exe, 0o755);
try {
  execFileSync('strip', ['--strip-all', exe], { stdio: 'ignore' });
} catch {
  process.stderr.write('build-sea: strip is not available; the executable keeps its debug symbols\n');
}
const postject = createRequire(import.meta.url).resolve('postject/dist/cli.js');
// postject warns about every ELF note section it cannot name (harmless): shown only on failure.
const inject = spawnSync(process.execPath, [postject, exe, 'NODE_SEA_BLOB', blob, '--sentinel-fuse', 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2'], { encoding: 'utf8' });
if (inject.status !== 0) throw new Error(`build-sea: postject failed:\n${inject.stdout}${inject.stderr}`);
const size = fs.statSync(exe).size;
process.stdout.write(`${path.relative(root, exe)}: ${(size / 1024 / 1024).toFixed(1)} MiB\n`);
