import rule from '../../src/rules/shared-uts-namespace.js';
import { changedText, testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const all = [{ type: 'pid' }, { type: 'mount' }, { type: 'uts' }, { type: 'ipc' }, { type: 'network' }, { type: 'cgroup' }];
const without = all.filter((n) => n.type !== 'uts');
const r = rawConfig(PROCESS, '"linux": {"namespaces": [' + without.map((n) => JSON.stringify(n)).join(', ') + ']}');

/** After the suggestions: the type added at the end of the list; the host path left out. */
const added = rawConfig(PROCESS, '"linux": {"namespaces": [' + [...without, { type: 'uts' }].map((n) => JSON.stringify(n)).join(', ') + ']}').raw;
const ownNs = changedText({ linux: { namespaces: [...without, { type: 'uts' }] } }, () => {});

testRule(rule, {
  valid: [
    { name: 'own uts namespace', config: { linux: { namespaces: all } } },
    { name: 'joins a named namespace', config: { linux: { namespaces: [...without, { type: 'uts', path: '/run/ns/uts-1' }] } } },
  ],
  invalid: [
    { name: 'no uts entry', raw: r.raw, errors: [{ messageId: 'missing', pointer: '/linux/namespaces', ...r.at('"namespaces"', '['), suggestions: [added] }] },
    { name: 'host namespace by path', config: { linux: { namespaces: [...without, { type: 'uts', path: '/proc/1/ns/uts' }] } }, errors: [{ messageId: 'hostPath', pointer: '/linux/namespaces/5/path', suggestions: [ownNs] }] },
    { name: 'no linux section', raw: '{"ociVersion": "1.3.0", "root": {"path": "rootfs"}, "process": {"cwd": "/", "args": ["/bin/sh"], "user": {"uid": 0, "gid": 0}}}', errors: [{ messageId: 'notSet', pointer: '', suggestions: ['{"ociVersion": "1.3.0", "root": {"path": "rootfs"}, "process": {"cwd": "/", "args": ["/bin/sh"], "user": {"uid": 0, "gid": 0}}, "linux": {"namespaces": [{"type": "uts"}]}}'] }] },
  ],
});

// Under --target kata alone, the findings say what Kata does instead, at that message's severity.
testRule(rule, {
  valid: [{ name: 'own uts namespace under kata', targets: ['kata'], config: { linux: { namespaces: [{ type: 'uts' }, { type: 'mount' }] } } }],
  invalid: [
    { name: 'kata: no uts entry', targets: ['kata'], config: { linux: { namespaces: [{ type: 'pid' }, { type: 'mount' }, { type: 'ipc' }, { type: 'network' }] } }, errors: [{ messageId: 'kataMissing', pointer: '/linux/namespaces', severity: 'info' }] },
    { name: 'kata: no namespaces at all', targets: ['kata'], config: { linux: { namespaces: undefined } }, errors: [{ messageId: 'kataMissing', pointer: '/linux', severity: 'info' }] },
    { name: 'kata: the host\'s uts namespace by path', targets: ['kata'], config: { linux: { namespaces: [{ type: 'uts', path: '/proc/1/ns/uts' }, { type: 'pid' }, { type: 'mount' }, { type: 'ipc' }, { type: 'network' }] } }, errors: [{ messageId: 'kataHostPath', pointer: '/linux/namespaces/0/path', severity: 'info' }] },
    { name: 'kata beside runc: the host-sharing wording', targets: ['runc', 'kata'], config: { linux: { namespaces: [{ type: 'pid' }, { type: 'mount' }, { type: 'ipc' }, { type: 'network' }] } }, errors: [{ messageId: 'missing', suggestions: [changedText({ linux: { namespaces: [{ type: 'pid' }, { type: 'mount' }, { type: 'ipc' }, { type: 'network' }, { type: 'uts' }] } }, () => {})] }] },
  ],
});
