// One answer to each question about namespaces (src/model/namespaces.ts).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findNamespace, hasNamespace, hasNewNamespace, hasUserns, hostNamespace, isHostNsPath, namespaces, runsAsHostRoot } from '../../src/model/namespaces.js';
import { processUid } from '../../src/model/users.js';
import { factsOf } from '../helpers/facts.js';

describe('model/namespaces', () => {
  it('lists the entries with a string type, with their index', async () => {
    const f = await factsOf({ linux: { namespaces: [{ type: 'pid' }, { path: '/x' }, { type: 'network', path: '/var/run/netns/a' }] } });
    assert.deepEqual(namespaces(f).map((n) => [n.index, n.type, n.path]), [[0, 'pid', undefined], [2, 'network', '/var/run/netns/a']]);
    assert.deepEqual(namespaces(f).map((n) => n.joinedPath), [undefined, '/var/run/netns/a']);
    assert.equal(hasNamespace(f, 'network'), true);
    assert.equal(hasNewNamespace(f, 'network'), false, 'joined by path, not created');
    assert.equal(hasNewNamespace(f, 'pid'), true);
    assert.equal(findNamespace(f, 'uts'), undefined);
  });

  it('a host namespace path is PID 1\'s or the runtime\'s own, of the same kind', () => {
    assert.equal(isHostNsPath('/proc/1/ns/net', 'network'), true);
    assert.equal(isHostNsPath('/proc/self/ns/pid_for_children', 'pid'), true);
    assert.equal(isHostNsPath('//proc//1/ns/ipc/', 'ipc'), true);
    assert.equal(isHostNsPath('/proc/1/ns/net', 'ipc'), false, 'a file of another kind is not this namespace');
    assert.equal(isHostNsPath('/proc/42/ns/net', 'network'), false);
    assert.equal(isHostNsPath('/proc/1/ns/constructor', 'constructor'), false);
  });

  it('a user namespace counts unless it is the host\'s', async () => {
    assert.equal(hasUserns(await factsOf({ linux: { namespaces: [{ type: 'user' }] } })), true);
    assert.equal(hasUserns(await factsOf({ linux: { namespaces: [{ type: 'user', path: '/proc/1/ns/user' }] } })), false);
  });

  it('says how a namespace is shared with the host, and where to point', async () => {
    const none = hostNamespace(await factsOf({ ociVersion: '1.3.0' }), 'pid');
    assert.deepEqual(none && { kind: none.kind, at: 'kindAt' in none ? none.kindAt : '' }, { kind: 'missing', at: 'root' });
    const linux = hostNamespace(await factsOf({ linux: {} }), 'pid');
    assert.equal(linux?.kind === 'missing' && linux.kindAt, 'linux');
    const list = hostNamespace(await factsOf({ linux: { namespaces: [{ type: 'mount' }] } }), 'pid');
    assert.equal(list?.kind === 'missing' && list.kindAt, 'list');
    const host = hostNamespace(await factsOf({ linux: { namespaces: [{ type: 'pid', path: '/proc/1/ns/pid' }] } }), 'pid');
    assert.equal(host?.kind === 'hostPath' && host.path, '/proc/1/ns/pid');
    assert.equal(hostNamespace(await factsOf({ linux: { namespaces: [{ type: 'pid' }] } }), 'pid'), undefined);
    // A namespaces list the schema rejects is config-schema's finding first.
    assert.equal(hostNamespace(await factsOf({ linux: { namespaces: [{ type: 'pdi' }] } }), 'pid'), undefined);
  });

  it('the process runs as uid 0 when process.user or its uid is not set, as runc and crun run it', async () => {
    const uid = async (config: unknown) => processUid(await factsOf(config));
    assert.equal(await uid({ process: { cwd: '/', args: ['sh'] } }), 0);
    assert.equal(await uid({ process: { cwd: '/', args: ['sh'], user: { gid: 5 } } }), 0);
    assert.equal(await uid({ process: { cwd: '/', args: ['sh'], user: { uid: 1000, gid: 5 } } }), 1000);
    assert.equal(await uid({ process: { cwd: '/', args: ['sh'], user: { uid: '0', gid: 5 } } }), undefined, 'a string, which the schema rejects: nothing to judge');
    assert.equal(await uid({ process: { cwd: '/', args: ['sh'], user: 'root' } }), undefined, 'rejected by the schema: nothing to judge');
    assert.equal(await uid({ linux: {} }), undefined, 'no process');
  });

  it('the host\'s root: uid 0 and no user namespace but the host\'s', async () => {
    const root = async (config: unknown) => runsAsHostRoot(await factsOf(config));
    assert.equal(await root({ process: { cwd: '/', args: ['sh'] }, linux: { namespaces: [{ type: 'pid' }] } }), true);
    assert.equal(await root({ process: { cwd: '/', args: ['sh'] }, linux: { namespaces: [{ type: 'user', path: '/proc/1/ns/user' }] } }), true);
    assert.equal(await root({ process: { cwd: '/', args: ['sh'] }, linux: { namespaces: [{ type: 'user' }] } }), false);
    assert.equal(await root({ process: { cwd: '/', args: ['sh'], user: { uid: 7, gid: 0 } }, linux: {} }), false);
  });

  it('an empty path joins nothing: runtimes create the namespace', async () => {
    const f = await factsOf({ linux: { namespaces: [{ type: 'uts', path: '' }] } });
    assert.deepEqual(namespaces(f).map((n) => [n.path, n.joinedPath]), [['', undefined]]);
    assert.equal(hasNewNamespace(f, 'uts'), true);
  });
});
