// Bundles the compiled CLI and library (dist/src/entry.js and everything it imports, lazily loaded
// modules included) into one CommonJS file, dist/ocilint.cjs, and records a V8 code cache for it,
// dist/ocilint.cjs.<node version>.cache, taken after linting a sample directory bundle and a sample .tgz bundle,
// so that a run compiles almost nothing. bin/ocilint.js loads both (see there). Why: one file read
// by the CommonJS loader and a warm code cache start much faster than some dozens of ES modules
// resolved, linked and compiled one by one (figures in bench/RESULTS.md).
//
// Modules behind import() stay lazy: esbuild wraps them in functions that run on first use.
// Modules outside the bundle (yargs, node:zlib) are loaded with a dynamic import passed in by the
// loader (`__ocilintImport`), because code compiled through vm.Script has no import() of its own.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import * as v8 from 'node:v8';
import { fileURLToPath } from 'node:url';
import { buildHash as computeBuildHash } from './build-hash.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'dist/ocilint.cjs');

// Each release's schema validator (ajv standalone code, ~0.3 MB each) goes into its own file with
// its own code cache: a run loads only the one its config declares, instead of all seven with the
// CLI.
/** The loaders read these files as latin1, the cheapest decoding: they must be ASCII (esbuild's default charset escapes the rest). */
function ascii(text, what) {
  const at = text.search(/[^\x00-\x7f]/);
  if (at >= 0) throw new Error(`bundle: ${what} has a non-ASCII character at ${at}`);
  return text;
}

// Each file holds its module already wrapped in the function its loader calls, and vm.Script
// compiles the text as read: wrapping at load time (head + text + tail) made V8 flatten a second
// copy of the text, 400 KB more memory touched at every start.
const CLI_WRAPPER = ['(function (exports, require, module, __filename, __dirname, __ocilintImport, __ocilintRead) {', '\n})'];
const VALIDATOR_WRAPPER = ['(function (exports, require, module) {', '\n})'];
const wrap = ([head, tail], text) => head + text + tail;

const validatorDir = path.join(root, 'dist/validators');
fs.rmSync(validatorDir, { recursive: true, force: true });
fs.mkdirSync(validatorDir, { recursive: true });
const generatedDir = path.join(root, 'dist/src/schema/generated');
const validatorNames = fs.readdirSync(generatedDir).filter((f) => /^v[\d_]+\.js$/.test(f)).map((f) => f.slice(0, -3)).sort();
for (const name of validatorNames) {
  // Whitespace and syntax minified (names kept): less to read and hash at start-up.
  const out = await build({ entryPoints: [path.join(generatedDir, name + '.js')], bundle: true, write: false, platform: 'node', format: 'cjs', target: 'node20', minifyWhitespace: true, minifySyntax: true, legalComments: 'none', logLevel: 'warning' });
  fs.writeFileSync(path.join(validatorDir, name + '.cjs'), ascii(wrap(VALIDATOR_WRAPPER, out.outputFiles[0].text), name));
}

const buildHash = computeBuildHash(root);

// The language server (`ocilint lsp`) is a bundle of its own, dist/ocilint-lsp.cjs, with the
// protocol library in it: the CLI's bundle only holds a require of that file, so a lint never
// reads, parses or caches a byte of the server. It is loaded once per editor session, with plain
// require and no code cache.
const LSP_IMPORT = "import('../lsp/server.js')";
const lspFile = path.join(root, 'dist/ocilint-lsp.cjs');

/**
 * A module that finds files relative to itself (explain.ts: docs/) keeps its own location: each
 * import.meta.url becomes the URL of the module's compiled file under dist/. The schema layer's
 * import of a release's validator loads it from its own file in dist/validators; in the CLI's
 * bundle, the import of the language server loads its bundle.
 */
const ownImportMetaUrl = (lspExternal) => ({
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]src[\\/].*\.js$/ }, async (args) => {
      let text = await fs.promises.readFile(args.path, 'utf8');
      const validatorImport = 'import(`./generated/${name}.js`)';
      if (text.includes(validatorImport)) {
        text = text.replace(validatorImport, '__ocilintValidator(name)');
        return { contents: text, loader: 'js', resolveDir: path.dirname(args.path) };
      }
      if (lspExternal && text.includes(LSP_IMPORT)) {
        return { contents: text.replace(LSP_IMPORT, '__ocilintLsp()'), loader: 'js', resolveDir: path.dirname(args.path) };
      }
      if (!text.includes('import.meta.url')) return undefined;
      const rel = path.relative(path.join(root, 'dist'), args.path).split(path.sep).join('/');
      return { contents: text.replaceAll('import.meta.url', `__ocilintUrl(${JSON.stringify(rel)})`), loader: 'js', resolveDir: path.dirname(args.path) };
    });
  },
});

const BANNER = [
  "var __ocilintUrl = (rel) => require('node:url').pathToFileURL(require('node:path').join(__dirname, rel)).href;",
  // A release's validator: dist/validators/<name>.cjs compiled with its code cache (.<node
  // version>.cache, or .<node version>.batch.cache once bin/ocilint.js has set V8_FLAGS for a large batch).
  'var __ocilintValidatorScripts = new Map();',
  'var __ocilintValidator = (name) => {',
  "  const fs = require('node:fs'), path = require('node:path'), vm = require('node:vm');",
  "  const file = path.join(__dirname, 'validators', name + '.cjs');",
  // Through the loader's buffer when it lends one (bin/ocilint.js: fresh memory costs a cold start).
  "  const read = typeof __ocilintRead === 'function' ? __ocilintRead : (f, text) => fs.readFileSync(f, text ? 'latin1' : undefined);",
  '  const text = read(file, true);',
  '  let cachedData;',
  "  try { cachedData = read(file + '.' + process.version + (globalThis.__ocilintV8Flags === undefined ? '.cache' : '.batch.cache'), false); } catch { cachedData = undefined; }",
  "  const script = new vm.Script(text, { filename: file, ...(cachedData && { cachedData }) });",
  '  __ocilintValidatorScripts.set(name, script);',
  '  const mod = { exports: {} };',
  '  script.runInThisContext()(mod.exports, require, mod);',
  '  return Promise.resolve(mod.exports);',
  '};',
];

/** What the CLI's bundle and the language server's share. Whitespace only is minified: names stay, so an internal error's stack still reads. */
const COMMON = {
  define: { __OCILINT_BUILD__: JSON.stringify(buildHash) },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minifyWhitespace: true,
  legalComments: 'none',
  logLevel: 'warning',
};

const result = await build({
  ...COMMON,
  entryPoints: [path.join(root, 'dist/src/entry.js')],
  write: false,
  external: ['yargs'],
  plugins: [ownImportMetaUrl(true)],
  banner: {
    js: [...BANNER, `var __ocilintLsp = () => Promise.resolve(require(require('node:path').join(__dirname, ${JSON.stringify(path.basename(lspFile))})));`].join('\n'),
  },
  footer: { js: 'module.exports.__validatorScripts = __ocilintValidatorScripts;' },
});
let code = result.outputFiles[0].text;
const dynamic = code.match(/\bimport\(/g)?.length ?? 0;
code = code.replace(/(?<![\w$.])import\((?=["'])/g, '__ocilintImport(');
if (dynamic < 2) throw new Error('bundle: expected dynamic imports of yargs and node:zlib');
// Each module's `import * as fs from 'node:fs'` becomes its own copy of the module's properties
// (esbuild's __toESM), each a getter that every later `fs.lstatSync` goes through. A built-in no
// module takes a default export of is used as it is (node:fs, node:path); the others keep one
// shared copy (chalk takes node:process and node:tty's defaults). Two built-ins that bare Node.js
// has not loaded and that a run seldom needs are loaded on first use: node:module (createRequire
// loads yaml or picomatch when a configuration file or a glob asks; loading node:module brings
// the ES module loader, ~0.3 ms of a cold start) and node:os (~0.25 ms).
const builtins = /__toESM\(require\("(node:[a-z_/]+)"\),\s*1\)/g;
if (!builtins.test(code)) throw new Error('bundle: no __toESM(require("node:...")) found to share; has esbuild\'s output changed?');
code = code.replace(builtins, '__ocilintBuiltin("$1")');
const lazyBuiltins = /(?<![\w$.])require\("(node:(?:module|os))"\)/g;
if (!/=require\("node:module"\)/.test(code)) throw new Error('bundle: no require("node:module") found to defer; has esbuild\'s output changed?');
code = code.replace(lazyBuiltins, '__ocilintBuiltin("$1")');
// Which built-ins some module takes a default export of: through any variable bound to it.
const defaultTaken = new Set();
for (const [, name, id] of code.matchAll(/([\w$]+)=__ocilintBuiltin\("(node:[a-z_/]+)"\)/g)) {
  if (code.includes(`${name}.default`)) defaultTaken.add(id);
}
const plain = ['node:fs', 'node:path'].filter((id) => !defaultTaken.has(id));
if (plain.length !== 2) throw new Error(`bundle: a default export of ${[...defaultTaken].join(', ')} is taken; node:fs and node:path must stay namespaces`);
code = code.replace(
  'var __ocilintValidatorScripts',
  [
    `var __ocilintPlain = new Set(${JSON.stringify(plain)});`,
    'var __ocilintLazy = new Set(["node:module", "node:os"]);',
    'var __ocilintBuiltins = new Map();',
    'var __ocilintBuiltin = (id) => {',
    '  if (__ocilintPlain.has(id)) return require(id);',
    '  if (__ocilintLazy.has(id)) return new Proxy({}, { get: (_, key) => key === "default" ? require(id) : require(id)[key] });',
    '  let m = __ocilintBuiltins.get(id);',
    '  if (!m) __ocilintBuiltins.set(id, (m = __toESM(require(id), 1)));',
    '  return m;',
    '};',
    'var __ocilintValidatorScripts',
  ].join('\n'),
);
if (!code.includes('__ocilintLsp()')) throw new Error(`bundle: ${LSP_IMPORT} not found in cli/main.js; has the language server's entry moved?`);
fs.writeFileSync(outfile, ascii(wrap(CLI_WRAPPER, code), 'the bundle'));
for (const f of fs.readdirSync(path.dirname(outfile))) if (/^ocilint\.cjs\..*cache$/.test(f)) fs.rmSync(path.join(path.dirname(outfile), f));

await build({
  ...COMMON,
  entryPoints: [path.join(root, 'dist/src/lsp/server.js')],
  outfile: lspFile,
  plugins: [ownImportMetaUrl(false)],
  banner: { js: BANNER.join('\n') },
});

// Warm up and record the code cache.
const require = createRequire(import.meta.url);
const { loadBundle, V8_FLAGS, CACHE_TAG } = require(path.join(root, 'bin/ocilint.js'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ocilint-bundle-'));
try {
  const bundle = path.join(tmp, 'bundle');
  fs.mkdirSync(path.join(bundle, 'rootfs/bin'), { recursive: true });
  fs.mkdirSync(path.join(bundle, 'rootfs/usr/bin'), { recursive: true });
  fs.writeFileSync(path.join(bundle, 'rootfs/bin/sh'), '#!/bin/sh\n', { mode: 0o755 });
  fs.symlinkSync('../../bin/sh', path.join(bundle, 'rootfs/usr/bin/sh'));
  const config = fs.readFileSync(path.join(root, 'fixtures/real/crun-spec/config.json'));
  fs.writeFileSync(path.join(bundle, 'config.json'), config);
  execFileSync('tar', ['-czf', path.join(tmp, 'bundle.tgz'), '-C', bundle, '.']);
  const { main, script } = loadBundle(outfile, false);
  const sink = () => Object.assign(new Writable({ write: (_c, _e, cb) => cb() }), { isTTY: false });
  // One run per spec release, so every release's validator is compiled into the cache.
  const releases = ['1.0.0', '1.0.1', '1.0.2', '1.1.0', '1.2.0', '1.2.1', '1.3.0'].map((v) => ['--spec-version', v, bundle]);
  // The CLI's cache is taken after the common run (a bundle directory, stylish output): a
  // smaller cache deserializes faster, and other paths (archives, other formats) compile lazily.
  await main({ argv: [bundle], env: {}, stdout: sink(), stderr: sink(), cwd: tmp });
  fs.writeFileSync(outfile + CACHE_TAG + '.cache', script.createCachedData());
  const warmValidators = async (instance, suffix) => {
    for (const argv of [[bundle], [path.join(tmp, 'bundle.tgz')], ['-f', 'json', bundle], ...releases]) {
      await instance.main({ argv, env: {}, stdout: sink(), stderr: sink(), cwd: tmp });
    }
    const scripts = instance.exports.__validatorScripts;
    for (const name of validatorNames) {
      const v = scripts.get(name);
      if (!v) throw new Error(`bundle: the warm-up never loaded validator ${name}`);
      fs.writeFileSync(path.join(validatorDir, name + suffix), v.createCachedData());
    }
  };
  // Validator caches, as V8 checks them against its flags: one set for a plain run, one for a
  // large batch, which bin/ocilint.js runs under V8_FLAGS (set before any validator loads).
  await warmValidators(loadBundle(outfile, false), `.cjs${CACHE_TAG}.cache`);
  v8.setFlagsFromString(V8_FLAGS);
  globalThis.__ocilintV8Flags = V8_FLAGS;
  await warmValidators(loadBundle(outfile, false), `.cjs${CACHE_TAG}.batch.cache`);
  writeLibraryEntry(Object.keys(loadBundle(outfile, false).exports));
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

/**
 * dist/index.mjs, the package's entry point ("exports"): the library's functions and classes,
 * taken from the same bundle as the command line, so that the package carries its code once.
 */
function writeLibraryEntry(names) {
  const exported = names.filter((n) => n !== 'main' && !n.startsWith('__')).sort();
  if (!exported.includes('lint') || !exported.includes('formatResults')) throw new Error(`bundle: the library's exports are missing from the bundle (${exported.join(', ')})`);
  const text = [
    '// Generated by scripts/bundle.mjs: the library, from the bundle the command line runs.',
    "import { createRequire } from 'node:module';",
    "import { fileURLToPath } from 'node:url';",
    "const { loadBundle } = createRequire(import.meta.url)('../bin/ocilint.js');",
    "const lib = loadBundle(fileURLToPath(new URL('./ocilint.cjs', import.meta.url))).exports;",
    ...exported.map((n) => `export const ${n} = lib.${n};`),
    '',
  ].join('\n');
  fs.writeFileSync(path.join(root, 'dist/index.mjs'), text);
}
