#!/usr/bin/env node
'use strict';
// CommonJS on purpose (see bin/package.json): the CommonJS loader starts faster than the ES module
// loader. It runs dist/ocilint.cjs, the whole CLI bundled into one file by `npm run build`
// (scripts/bundle.mjs), compiled with the V8 code cache recorded next to it; unless the compiled
// modules are newer than the bundle (a plain `tsc` since the last build): then it imports those,
// so a stale bundle is never run. A cache V8 rejects (another Node.js) only costs the compile.
const fs = require('node:fs');
const path = require('node:path');

// A code cache is for the Node.js that recorded it: its file name carries that Node's version
// (ocilint.cjs.v20.20.2.cache), so another Node never reads it. V8's own check is not enough: it
// compares V8's version and flags, and a cache recorded by Node 20.20.2 passes it on Node 20.12.0
// (both V8 11.3.244.8), which then crashes (a segmentation fault, seen while measuring whether
// the npm package should ship the caches; it does not).
const CACHE_TAG = `.${process.version}`;

/**
 * Compiles and runs the bundle, with the code cache at `file` + CACHE_TAG + '.cache' unless `useCache` is false
 * (the build, which records that cache). Both files are read through one buffer: each fresh buffer
 * of this size is memory the kernel maps page by page, ~1.5 us a page on this VM, and a single
 * bundle's cold start touches ~1,700 pages more than bare Node. The bundle is ASCII (esbuild
 * escapes the rest): read as latin1, the cheapest decoding.
 */
function loadBundle(file, useCache = true) {
  file = path.resolve(file);
  const fds = [fs.openSync(file, 'r')];
  try {
    if (useCache) {
      try { fds.push(fs.openSync(file + CACHE_TAG + '.cache', 'r')); } catch { /* no cache: compile */ }
    }
    const sizes = fds.map((fd) => fs.fstatSync(fd).size);
    const buf = Buffer.allocUnsafe(Math.max(...sizes));
    const read = (i) => {
      let n = 0;
      while (n < sizes[i]) {
        const got = fs.readSync(fds[i], buf, n, sizes[i] - n, n);
        if (got === 0) break;
        n += got;
      }
      return n;
    };
    const src = buf.toString('latin1', 0, read(0));
    const cache = fds.length > 1 ? buf.subarray(0, read(1)) : undefined;
    return run(file, src, cache, bufferedReader(buf));
  } finally {
    for (const fd of fds) fs.closeSync(fd);
  }
}

/**
 * Reads a whole file through `buf` (replaced by a larger one when the file does not fit): as text
 * (latin1), or as bytes that stay valid only until the next read. The bundle lends it to the
 * release validators, whose source and code cache would otherwise cost two fresh buffers (see
 * loadBundle on why fresh memory is dear), ~2 ms of a cold start.
 */
function bufferedReader(buf) {
  return (file, asText) => {
    const fd = fs.openSync(file, 'r');
    try {
      const size = fs.fstatSync(fd).size;
      if (size > buf.length) buf = Buffer.allocUnsafe(size);
      let n = 0;
      while (n < size) {
        const got = fs.readSync(fd, buf, n, size - n, n);
        if (got === 0) break;
        n += got;
      }
      return asText ? buf.toString('latin1', 0, n) : buf.subarray(0, n);
    } finally {
      fs.closeSync(fd);
    }
  };
}

function run(file, src, cache, read) {
  const vm = require('node:vm');
  // The file holds the module already wrapped in this function (scripts/bundle.mjs says why).
  const script = new vm.Script(src, {
    filename: file,
    ...(cache && { cachedData: cache }),
  });
  const mod = { exports: {} };
  // The bundle's require loads built-ins, and files by absolute path: this file's own require
  // does that, without node:module (createRequire), whose loading brings the ES module loader.
  script.runInThisContext()(mod.exports, require, mod, file, path.dirname(file), (s) => import(s), read);
  return { main: mod.exports.main, script, exports: mod.exports };
}

// V8 tuning for a large run: no inlining by the optimizing compiler. Linting runs ~166 small
// rule functions a few times per bundle (or over each of thousands of mounts); inlining them
// buys little, and its compile work (3x the background compile time) and deoptimisations cost a
// batch of 1,000 bundles ~15% (see bench/RESULTS.md). Set only for a large run (lint()'s
// onLargeRun), because node:v8 loads node:stream (~2 ms of a single bundle's cold start).
// The flag is --no-turbo-inlining, not --max-inlined-bytecode-size=0, which has the same effect
// but is not safe to change while V8 compiles in the background: a job that chose a function to
// inline before the change meets the new limit when it inlines, and V8 aborts the process on that
// check (seen once in ~120 large runs). turbo_inlining is read once per job, on the main thread,
// when the job is prepared, so a job in flight keeps the setting it started with.
// Flags are part of V8's code cache check: the validators have a second set of caches recorded
// under these flags (scripts/bundle.mjs), chosen by globalThis.__ocilintV8Flags.
const V8_FLAGS = '--no-turbo-inlining';

module.exports = { loadBundle, start, V8_FLAGS, CACHE_TAG };

/**
 * Runs the CLI's main() once `load` gives it, with the process's streams and exit code. Shared
 * with the standalone executable (scripts/sea-entry.cjs), which loads main() from itself.
 */
function start(load) {
  // Called when the run is large (100 bundles or more, or a config of 256 KiB or more), before
  // that work starts.
  const onLargeRun = () => {
    if (globalThis.__ocilintV8Flags !== undefined) return;
    require('node:v8').setFlagsFromString(V8_FLAGS);
    globalThis.__ocilintV8Flags = V8_FLAGS;
  };
  // process.stdout is set up on first use (a clean run with the stylish format prints nothing),
  // and not at all when fd 1 is a file, a pipe or /dev/null: setting it up loads node:tty, net and
  // stream, a few milliseconds of a cold start. Writes then go straight to the descriptor.
  let out;
  // Whether process.stdout or process.stderr was handed out (they may write asynchronously).
  let streams = false;
  const stdout = () => {
    if (out) return out;
    out = directStdout();
    if (out) return out;
    streams = true;
    out = process.stdout;
    // A reader that closes the pipe early (ocilint ... | head) is not an error.
    out.on('error', (e) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); throw e; });
    return out;
  };
  function directStdout() {
    let st;
    try { st = fs.fstatSync(1); } catch { return undefined; }
    if (st.isCharacterDevice()) {
      // A terminal, or /dev/null: only the latter is written to directly.
      const dn = fs.statSync('/dev/null', { throwIfNoEntry: false });
      if (!dn || dn.rdev !== st.rdev || process.platform === 'win32') return undefined;
    } else if (!st.isFile() && !st.isFIFO()) {
      return undefined;
    }
    return {
      isTTY: false,
      write(text) {
        const buf = Buffer.from(text);
        let done = 0;
        try {
          while (done < buf.length) done += fs.writeSync(1, buf, done);
        } catch (e) {
          if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
          // A non-blocking pipe that is full: the rest goes through process.stdout, which waits.
          if (e.code !== 'EAGAIN') throw e;
          streams = true;
          out = process.stdout;
          return out.write(buf.subarray(done));
        }
        return true;
      },
    };
  }
  load
    .then(({ main }) => main({ argv: process.argv.slice(2), env: process.env, get stdout() { return stdout(); }, get stderr() { streams = true; return process.stderr; }, cwd: process.cwd(), onLargeRun }))
    .then((code) => {
      process.exitCode = code;
      // Everything was written with writeSync (or nothing was): exit now rather than wait for
      // the event loop to drain and the heap to be torn down. A stream may still hold output.
      if (!streams) process.exit(code);
    }, (e) => { process.stderr.write(`ocilint: internal error: ${e?.stack ?? e}\n`); process.exitCode = 3; });
}

if (require.main === module) {
  const dist = path.join(__dirname, '..', 'dist');
  const bundle = path.join(dist, 'ocilint.cjs');
  const mtime = (p) => fs.statSync(p, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  // tsc writes dist/src/cli/main.js on every build; the bundle is made after it.
  if (mtime(bundle) >= mtime(path.join(dist, 'src', 'cli', 'main.js'))) {
    start(Promise.resolve(loadBundle(bundle)));
  } else {
    start(import('../dist/src/cli/main.js'));
  }
}
