// Config values that are also names of Object.prototype members ("toString", "constructor", ...)
// must never reach a rule's constant table as if they were entries: a fuzz run found a mount type
// "toString" that made a lookup return a function and crash the run (exit 3). Every string value
// and every key of each fixture config is replaced by each such name in turn, with every rule on
// (--preset all, every --target, --host-specific), and the run must end with 0, 1 or 2.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { main } from '../../src/cli/main.js';
import { fixturesDir } from '../helpers/paths.js';
import { tempDir } from '../helpers/fixture.js';

const NAMES = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'prototype'];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function replaceStrings(v: Json, name: string): Json {
  if (typeof v === 'string') return name;
  if (Array.isArray(v)) return v.map((x) => replaceStrings(x, name));
  if (v !== null && typeof v === 'object') {
    const out: Record<string, Json> = {};
    for (const [k, x] of Object.entries(v)) Object.defineProperty(out, k, { value: replaceStrings(x, name), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return v;
}

/** Map keys (annotations, sysctl, unified, netDevices) renamed too. */
function renameMapKeys(v: Json, name: string): Json {
  if (Array.isArray(v)) return v.map((x) => renameMapKeys(x, name));
  if (v !== null && typeof v === 'object') {
    const out: Record<string, Json> = {};
    for (const [k, x] of Object.entries(v)) {
      const key = ['annotations', 'sysctl', 'unified', 'netDevices'].includes(k) && x !== null && typeof x === 'object' && !Array.isArray(x)
        ? Object.fromEntries(Object.entries(x).map(([, y]) => [name, y]))
        : renameMapKeys(x, name);
      Object.defineProperty(out, k, { value: key, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return v;
}

const sink = () => ({ write: () => true }) as unknown as NodeJS.WriteStream;

describe('hostile: prototype member names as config values', () => {
  const configs = [path.join(fixturesDir, 'bundles', 'hello', 'config.json'), path.join(fixturesDir, 'bundles', 'hardened', 'config.json'), path.join(fixturesDir, 'real', 'docker-generated', 'config.json')];
  for (const file of configs) {
    it(path.basename(path.dirname(file)), async () => {
      const base = JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
      const dir = tempDir();
      fs.cpSync(path.join(fixturesDir, 'bundles', 'hello', 'rootfs'), path.join(dir, 'rootfs'), { recursive: true });
      for (const name of NAMES) {
        for (const variant of [replaceStrings(base, name), renameMapKeys(base, name)]) {
          fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify(variant));
          const argv = ['--preset', 'all', '--target', 'runc', '--target', 'crun', '--target', 'youki', '--target', 'kata', '--host-specific', '--no-config-lookup', '-f', 'json', dir];
          let err = '';
          const code = await main({ argv, env: {}, stdout: sink(), stderr: { write: (s: string) => ((err += s), true) } as unknown as NodeJS.WriteStream, cwd: dir });
          assert.ok(code === 0 || code === 1 || code === 2, `${name}: exit ${code}: ${err}`);
        }
      }
    });
  }
});
