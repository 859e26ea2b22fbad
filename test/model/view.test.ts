// What the typed view promises its rules (src/model/view.ts): values of the declared JSON type or
// absent, array indices kept, map keys kept, constraint failures kept and marked, every container
// located.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fieldOf, locOf, segmentsOf } from '../../src/model/view.js';
import { factsOf } from '../helpers/facts.js';

describe('the typed view', () => {
  it('leaves out values of the wrong JSON type, and keys outside the model', async () => {
    const f = await factsOf({ ociVersion: 7, hostname: 'h', process: { cwd: 5, args: 'sh', user: { uid: 0 }, bogus: true } });
    assert.equal(f.config.ociVersion, undefined);
    assert.equal(f.config.hostname, 'h');
    assert.equal(f.config.process?.cwd, undefined);
    assert.equal(f.config.process?.args, undefined);
    assert.equal(f.config.process?.user?.uid, 0);
    assert.ok(!Object.keys(f.config.process!).includes('bogus'));
    // has() still sees what the document wrote.
    assert.equal(f.has(f.config.process!, 'cwd'), true);
    assert.equal(f.has(f.config.process!, 'terminal'), false);
  });

  it('keeps array indices: an entry of the wrong type is undefined in place', async () => {
    const f = await factsOf({ process: { args: ['/bin/sh', 5, '-c'] }, linux: { namespaces: [{ type: 'pid' }, 'x', { type: 'mount' }] } });
    assert.deepEqual([...f.config.process!.args!], ['/bin/sh', undefined, '-c']);
    assert.equal(f.config.linux!.namespaces![1], undefined);
    assert.equal(f.config.linux!.namespaces![2]!.type, 'mount');
    assert.deepEqual(segmentsOf(locOf(f.config.linux!.namespaces![2]!)), ['linux', 'namespaces', 2]);
  });

  it('keeps every key of a map, with undefined for a value of the wrong type', async () => {
    const f = await factsOf(undefined, '{ "linux": { "sysctl": { "net.ipv4.ip_forward": "1", "kernel.x": 3 } }, "annotations": { "__proto__": "x" } }');
    assert.deepEqual(Object.keys(f.config.linux!.sysctl!).sort(), ['kernel.x', 'net.ipv4.ip_forward']);
    assert.equal(f.config.linux!.sysctl!['kernel.x'], undefined);
    // A map's keys are the user's: "__proto__" is a key like any other.
    assert.deepEqual(Object.keys(f.config.annotations!), ['__proto__']);
  });

  it('keeps a value that breaks a constraint, and marks it', async () => {
    const f = await factsOf({ process: { user: { uid: -1, gid: 0 } }, linux: { namespaces: [{ type: 'pdi' }] } });
    const user = f.config.process!.user!;
    assert.equal(user.uid, -1);
    assert.equal(f.valid(user, 'uid'), false);
    assert.equal(f.valid(user, 'gid'), true);
    // Inside, and around, an invalid value is invalid too.
    assert.equal(f.valid(f.config.process!, 'user'), false);
    assert.equal(f.config.linux!.namespaces![0]!.type, 'pdi');
    assert.equal(f.valid(f.config, 'linux', 'namespaces'), false);
    assert.equal(f.valid(f.config, 'mounts'), true);
  });

  it('gives integers beyond 2^53 exactly', async () => {
    const f = await factsOf(undefined, '{ "ociVersion": "1.3.0", "linux": { "resources": { "memory": { "swappiness": 18446744073709551615 } } } }');
    const memory = f.config.linux!.resources!.memory!;
    assert.equal(f.exact(memory, 'swappiness'), 18446744073709551615n);
  });

  it('names places as messages write them', async () => {
    const f = await factsOf({ process: { env: ['A=1', 'B=2'] }, annotations: { 'org.example/key': 'v' } });
    assert.equal(fieldOf(f.config.process!.env!, 1), 'process.env[1]');
    assert.equal(fieldOf(f.config.annotations!, 'org.example/key'), 'annotations["org.example/key"]');
    assert.equal(fieldOf(f.config), '(root)');
  });

  it('is an empty view for a document that is not an object', async () => {
    const f = await factsOf([1, 2]);
    assert.equal(f.config.process, undefined);
    assert.equal(f.valid(f.config, 'process'), false);
  });
});
