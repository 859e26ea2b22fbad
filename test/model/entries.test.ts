// The smaller model modules: users (id mappings), devices, seccomp, hooks, places.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { idMappings, mapped } from '../../src/model/users.js';
import { deviceFileType, devices } from '../../src/model/devices.js';
import { ALLOW_ACTIONS, DENY_ACTIONS, seccompRules } from '../../src/model/seccomp.js';
import { HOOK_KINDS, hooks } from '../../src/model/hooks.js';
import { missingAt } from '../../src/model/places.js';
import { locOf, segmentsOf } from '../../src/model/view.js';
import { factsOf } from '../helpers/facts.js';

describe('model: users, devices, seccomp, hooks, places', () => {
  it('id mappings: entries with three non-negative integers; an id is mapped inside a range', async () => {
    const f = await factsOf({ linux: { uidMappings: [{ containerID: 0, hostID: 100000, size: 65536 }, { containerID: -1, hostID: 0, size: 1 }, 'x'] } });
    const maps = idMappings(f, 'uidMappings')!;
    assert.deepEqual(maps.map((m) => m.index), [0]);
    assert.equal(mapped(maps, 65535), true);
    assert.equal(mapped(maps, 65536), false);
    assert.equal(idMappings(f, 'gidMappings'), undefined);
  });

  it('devices: the objects of linux.devices, and the file each type makes', async () => {
    const f = await factsOf({ linux: { devices: [{ type: 'c', path: '/dev/null', major: 1, minor: 3 }, 7, { type: 'p', path: '/dev/fifo' }] } });
    assert.deepEqual(devices(f).map((d) => [d.index, d.type, d.path]), [[0, 'c', '/dev/null'], [2, 'p', '/dev/fifo']]);
    assert.deepEqual(['c', 'u', 'b', 'p', 'x', 'constructor'].map(deviceFileType), ['char', 'char', 'block', 'fifo', undefined, undefined]);
  });

  it('seccomp: syscall rules with their string names and whether they have conditions', async () => {
    const f = await factsOf({ linux: { seccomp: { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ names: ['read', 5], action: 'SCMP_ACT_ALLOW' }, { names: ['ptrace'], action: 'SCMP_ACT_ALLOW', args: [{ index: 0, value: 1, op: 'SCMP_CMP_EQ' }] }] } } });
    assert.deepEqual(seccompRules(f).map((r) => [r.index, r.names, r.action, r.conditional]), [[0, ['read'], 'SCMP_ACT_ALLOW', false], [1, ['ptrace'], 'SCMP_ACT_ALLOW', true]]);
    assert.ok(ALLOW_ACTIONS.has('SCMP_ACT_LOG') && !ALLOW_ACTIONS.has('SCMP_ACT_NOTIFY'));
    assert.ok(DENY_ACTIONS.has('SCMP_ACT_ERRNO') && !DENY_ACTIONS.has('SCMP_ACT_ALLOW'));
  });

  it('hooks: list by list in the order the runtime calls them', async () => {
    const f = await factsOf({ hooks: { poststop: [{ path: '/c' }], prestart: [{ path: '/a' }, 'x', { path: '/b' }] } });
    assert.deepEqual(hooks(f).map((h) => [h.kind, h.index, h.node.path]), [['prestart', 0, '/a'], ['prestart', 2, '/b'], ['poststop', 0, '/c']]);
    assert.deepEqual(HOOK_KINDS, ['prestart', 'createRuntime', 'createContainer', 'startContainer', 'poststart', 'poststop']);
  });

  it('a missing field is reported at the key of the deepest object the config has on its way', async () => {
    const deep = await factsOf({ linux: { resources: {} } });
    const at = missingAt(deep, ['linux', 'resources', 'memory']);
    assert.deepEqual([segmentsOf(locOf(at.node!), at.key), at.target], [['linux', 'resources'], 'key']);
    assert.deepEqual(missingAt(await factsOf({ ociVersion: '1.3.0' }), ['linux', 'resources', 'memory']), {});
  });
});
