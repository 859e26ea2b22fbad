import rule from '../../src/rules/shared-ipc-namespace.js';
import { changedText, testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const all = [{ type: 'pid' }, { type: 'mount' }, { type: 'uts' }, { type: 'ipc' }, { type: 'network' }, { type: 'cgroup' }];
const without = all.filter((n) => n.type !== 'ipc');
const r = rawConfig(PROCESS, '"linux": {"namespaces": [' + without.map((n) => JSON.stringify(n)).join(', ') + ']}');

/** After the suggestions: the type added at the end of the list; the host path left out. */
const added = rawConfig(PROCESS, '"linux": {"namespaces": [' + [...without, { type: 'ipc' }].map((n) => JSON.stringify(n)).join(', ') + ']}').raw;
const ownNs = changedText({ linux: { namespaces: [...without, { type: 'ipc' }] } }, () => {});

testRule(rule, {
  valid: [
    { name: 'own ipc namespace', config: { linux: { namespaces: all } } },
    { name: 'joins a named namespace', config: { linux: { namespaces: [...without, { type: 'ipc', path: '/run/ns/ipc-1' }] } } },
    // The file is a network namespace: joining it fails (host-namespace-path), it is not the host's IPC.
    { name: 'a host namespace file of another kind', config: { linux: { namespaces: [...without, { type: 'ipc', path: '/proc/self/ns/net' }] } } },
  ],
  invalid: [
    { name: 'no ipc entry', raw: r.raw, errors: [{ messageId: 'missing', pointer: '/linux/namespaces', ...r.at('"namespaces"', '['), suggestions: [added] }] },
    { name: 'host namespace by path', config: { linux: { namespaces: [...without, { type: 'ipc', path: '/proc/1/ns/ipc' }] } }, errors: [{ messageId: 'hostPath', pointer: '/linux/namespaces/5/path', suggestions: [ownNs] }] },
    { name: 'host namespace through the runtime\'s own /proc/self', config: { linux: { namespaces: [...without, { type: 'ipc', path: '/proc/self/ns/ipc' }] } }, errors: [{ messageId: 'hostPath', pointer: '/linux/namespaces/5/path', suggestions: [ownNs] }] },
    { name: 'no linux section', raw: '{"ociVersion": "1.3.0", "root": {"path": "rootfs"}, "process": {"cwd": "/", "args": ["/bin/sh"], "user": {"uid": 0, "gid": 0}}}', errors: [{ messageId: 'notSet', pointer: '', suggestions: ['{"ociVersion": "1.3.0", "root": {"path": "rootfs"}, "process": {"cwd": "/", "args": ["/bin/sh"], "user": {"uid": 0, "gid": 0}}, "linux": {"namespaces": [{"type": "ipc"}]}}'] }] },
  ],
});

// Under --target kata alone, the findings say what Kata does instead, at that message's severity.
testRule(rule, {
  valid: [{ name: 'own ipc namespace under kata', targets: ['kata'], config: { linux: { namespaces: [{ type: 'ipc' }, { type: 'mount' }] } } }],
  invalid: [
    { name: 'kata: no ipc entry', targets: ['kata'], config: { linux: { namespaces: [{ type: 'pid' }, { type: 'mount' }, { type: 'uts' }, { type: 'network' }] } }, errors: [{ messageId: 'kataMissing', pointer: '/linux/namespaces', severity: 'info' }] },
    { name: 'kata: no namespaces at all', targets: ['kata'], config: { linux: { namespaces: undefined } }, errors: [{ messageId: 'kataMissing', pointer: '/linux', severity: 'info' }] },
    { name: 'kata: the host\'s ipc namespace by path', targets: ['kata'], config: { linux: { namespaces: [{ type: 'ipc', path: '/proc/1/ns/ipc' }, { type: 'pid' }, { type: 'mount' }, { type: 'uts' }, { type: 'network' }] } }, errors: [{ messageId: 'kataHostPath', pointer: '/linux/namespaces/0/path', severity: 'info' }] },
    { name: 'kata beside runc: the host-sharing wording', targets: ['runc', 'kata'], config: { linux: { namespaces: [{ type: 'pid' }, { type: 'mount' }, { type: 'uts' }, { type: 'network' }] } }, errors: [{ messageId: 'missing', suggestions: [changedText({ linux: { namespaces: [{ type: 'pid' }, { type: 'mount' }, { type: 'uts' }, { type: 'network' }, { type: 'ipc' }] } }, () => {})] }] },
  ],
});
