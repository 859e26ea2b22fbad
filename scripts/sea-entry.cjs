// The standalone executable's main script (scripts/build-sea.mjs embeds it in a copy of the node
// binary as a single-executable application). Everything a run reads besides the bundle is an
// asset of the executable: the CLI and its dependencies bundled into one script (cli.cjs, with a
// V8 code cache recorded after a warm-up run, as scripts/bundle.mjs does for dist/ocilint.cjs),
// each release's schema validator (with its code caches), the rules' pages for --explain and the
// JSON Schemas for `ocilint schema`.
'use strict';
const sea = require('node:sea');
const vm = require('node:vm');

/** An asset's bytes, or undefined when the executable does not carry it. */
function asset(key) {
  try {
    return Buffer.from(sea.getAsset(key));
  } catch {
    return undefined;
  }
}

/** Compiles a wrapped script (see scripts/bundle.mjs) with its cache for this Node.js and these V8 flags. */
function compile(key, cacheSuffix) {
  const src = asset(key);
  if (!src) throw new Error(`the executable carries no ${key}`);
  const cachedData = asset(`${key}.${process.version}${cacheSuffix}`);
  const script = new vm.Script(src.toString('latin1'), { filename: `ocilint:${key}`, ...(cachedData && { cachedData }) });
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, require, mod);
  return mod.exports;
}

globalThis.__ocilintEmbedded = (rel) => asset(rel)?.toString('utf8');
globalThis.__ocilintValidator = (name) => Promise.resolve(compile(`validators/${name}.cjs`, globalThis.__ocilintV8Flags === undefined ? '.cache' : '.batch.cache'));
const cli = compile('cli.cjs', '.cache');
cli.start(Promise.resolve(cli));
