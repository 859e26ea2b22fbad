import rule from '../../src/rules/shared-cgroup-namespace.js';
import { changedText, testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const all = [{ type: 'pid' }, { type: 'mount' }, { type: 'uts' }, { type: 'ipc' }, { type: 'network' }, { type: 'cgroup' }];
const without = all.filter((n) => n.type !== 'cgroup');
const r = rawConfig(PROCESS, '"linux": {"namespaces": [' + without.map((n) => JSON.stringify(n)).join(', ') + ']}');

/** After the suggestions: the type added at the end of the list; the host path left out. */
const added = rawConfig(PROCESS, '"linux": {"namespaces": [' + [...without, { type: 'cgroup' }].map((n) => JSON.stringify(n)).join(', ') + ']}').raw;
const ownNs = changedText({ linux: { namespaces: [...without, { type: 'cgroup' }] } }, () => {});

testRule(rule, {
  valid: [
    { name: 'own cgroup namespace', config: { linux: { namespaces: all } } },
    { name: 'joins a named namespace', config: { linux: { namespaces: [...without, { type: 'cgroup', path: '/run/ns/cgroup-1' }] } } },
  ],
  invalid: [
    { name: 'no cgroup entry', raw: r.raw, errors: [{ messageId: 'missing', pointer: '/linux/namespaces', ...r.at('"namespaces"', '['), suggestions: [added] }] },
    { name: 'host namespace by path', config: { linux: { namespaces: [...without, { type: 'cgroup', path: '/proc/1/ns/cgroup' }] } }, errors: [{ messageId: 'hostPath', pointer: '/linux/namespaces/5/path', suggestions: [ownNs] }] },
    { name: 'no linux section', raw: '{"ociVersion": "1.3.0", "root": {"path": "rootfs"}, "process": {"cwd": "/", "args": ["/bin/sh"], "user": {"uid": 0, "gid": 0}}}', errors: [{ messageId: 'notSet', pointer: '', suggestions: ['{"ociVersion": "1.3.0", "root": {"path": "rootfs"}, "process": {"cwd": "/", "args": ["/bin/sh"], "user": {"uid": 0, "gid": 0}}, "linux": {"namespaces": [{"type": "cgroup"}]}}'] }] },
  ],
});

// Under --target kata alone, the findings say what Kata does instead, at that message's severity.
testRule(rule, {
  valid: [{ name: 'own cgroup namespace under kata', targets: ['kata'], config: { linux: { namespaces: [{ type: 'cgroup' }, { type: 'mount' }] } } }],
  invalid: [
    { name: 'kata: no cgroup entry', targets: ['kata'], config: { linux: { namespaces: [{ type: 'pid' }, { type: 'mount' }, { type: 'uts' }, { type: 'ipc' }, { type: 'network' }] } }, errors: [{ messageId: 'kataMissing', pointer: '/linux/namespaces', severity: 'info' }] },
    { name: 'kata: no namespaces at all', targets: ['kata'], config: { linux: { namespaces: undefined } }, errors: [{ messageId: 'kataMissing', pointer: '/linux', severity: 'info' }] },
    { name: 'kata: the host\'s cgroup namespace by path', targets: ['kata'], config: { linux: { namespaces: [{ type: 'cgroup', path: '/proc/1/ns/cgroup' }, { type: 'pid' }, { type: 'mount' }, { type: 'uts' }, { type: 'ipc' }, { type: 'network' }] } }, errors: [{ messageId: 'kataHostPath', pointer: '/linux/namespaces/0/path', severity: 'info' }] },
    { name: 'kata beside runc: the host-sharing wording', targets: ['runc', 'kata'], config: { linux: { namespaces: [{ type: 'pid' }, { type: 'mount' }, { type: 'uts' }, { type: 'ipc' }, { type: 'network' }] } }, errors: [{ messageId: 'missing', suggestions: [changedText({ linux: { namespaces: [{ type: 'pid' }, { type: 'mount' }, { type: 'uts' }, { type: 'ipc' }, { type: 'network' }, { type: 'cgroup' }] } }, () => {})] }] },
  ],
});
