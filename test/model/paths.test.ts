// Two ways to clean a path, one for each question (src/model/paths.ts).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { baseName, cleanPath, fromCwd, isWindowsAbsolute, lookupPath } from '../../src/model/paths.js';

describe('model/paths', () => {
  it('cleanPath: the place a config path names, compared with others: `..` folded, never above /', () => {
    assert.equal(cleanPath('/proc'), '/proc');
    assert.equal(cleanPath('//proc/./'), '/proc');
    assert.equal(cleanPath('/srv/../proc'), '/proc');
    assert.equal(cleanPath('/../../proc'), '/proc');
    assert.equal(cleanPath('proc'), '/proc');
    assert.equal(cleanPath('/'), '/');
  });

  it('lookupPath: a path to resolve in the rootfs keeps `..` for the resolver, which follows symlinks first', () => {
    assert.equal(lookupPath('/usr/link/../bin/sh'), '/usr/link/../bin/sh');
    assert.equal(lookupPath('//usr/./bin//sh/'), '/usr/bin/sh');
    assert.equal(fromCwd('bin/sh', '/opt'), '/opt/bin/sh');
    assert.equal(fromCwd('/bin/sh', '/opt'), '/bin/sh');
  });

  it('Windows absolute paths and base names', () => {
    assert.deepEqual(['C:\\app', 'c:/app', '\\\\?\\Volume{x}\\', 'app', '/app'].map(isWindowsAbsolute), [true, true, true, false, false]);
    assert.equal(baseName('/var/run/docker.sock'), 'docker.sock');
  });
});
