// The standalone executable's main script (bundled by scripts/build-sea.mjs, then embedded in a
// copy of the node binary as a single-executable application). It carries everything a run
// reads besides the bundle: the CLI and its dependencies in this script, and, as the
// executable's assets, each release's schema validator (with its V8 code caches), the rules'
// pages for --explain and the JSON Schemas for `ocilint schema`.
'use strict';
const sea = require('node:sea');

/** An asset's bytes, or undefined when the executable does not carry it. */
function asset(key) {
  try {
    return Buffer.from(sea.getAsset(key));
  } catch {
    return undefined;
  }
}

globalThis.__ocilintEmbedded = (rel) => asset(rel)?.toString('utf8');

// A release's validator (see __ocilintValidator in scripts/bundle.mjs for the file-based loader):
// compiled with the code cache the build recorded for the same Node and the same V8 flags.
globalThis.__ocilintValidator = (name) => {
  const vm = require('node:vm');
  const key = `validators/${name}.cjs`;
  const src = asset(key);
  if (!src) throw new Error(`the executable carries no validator ${name}`);
  const cachedData = asset(`${key}.${process.version}${globalThis.__ocilintV8Flags === undefined ? '.cache' : '.batch.cache'}`);
  const script = new vm.Script(src.toString('latin1'), { filename: `ocilint:${key}`, ...(cachedData && { cachedData }) });
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, require, mod);
  return Promise.resolve(mod.exports);
};

const { start } = require('../bin/ocilint.js');
start(Promise.resolve(require('../dist/src/cli/main.js')));
