import rule from '../../src/rules/shared-pid-namespace.js';
import { changedText, testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"linux": {"namespaces": [{"type": "mount"}, {"type": "network"}]}');

testRule(rule, {
  valid: [
    { name: 'own pid namespace', config: {} },
    { name: 'joins another container\'s namespace', config: { linux: { namespaces: [{ type: 'pid', path: '/proc/4242/ns/pid' }, { type: 'mount' }] } } },
    { name: 'windows config', raw: '{"ociVersion": "1.3.0", "root": {"path": "rootfs"}, "windows": {"layerFolders": ["C:\\\\l"]}}' },
  ],
  invalid: [
    { name: 'no pid entry', raw: r.raw, errors: [{ messageId: 'missing', pointer: '/linux/namespaces', ...r.at('"namespaces"', '['), suggestions: [rawConfig(PROCESS, '"linux": {"namespaces": [{"type": "mount"}, {"type": "network"}, {"type": "pid"}]}').raw] }] },
    {
      name: 'host pid by path',
      config: { linux: { namespaces: [{ type: 'pid', path: '/proc/1/ns/pid' }, { type: 'mount' }] } },
      errors: [{ messageId: 'hostPath', pointer: '/linux/namespaces/0/path', suggestions: [changedText({ linux: { namespaces: [{ type: 'pid' }, { type: 'mount' }] } }, () => {})] }],
    },
    {
      name: 'no namespaces at all: the list is added into the empty linux object',
      config: { linux: { namespaces: undefined } },
      errors: [{ messageId: 'notSet', pointer: '/linux', suggestions: [changedText({ linux: { namespaces: [{ type: 'pid' }] } }, () => {})] }],
    },
  ],
});

// Under --target kata alone, the findings say what Kata does instead, at that message's severity.
testRule(rule, {
  valid: [{ name: 'own pid namespace under kata', targets: ['kata'], config: { linux: { namespaces: [{ type: 'pid' }, { type: 'mount' }] } } }],
  invalid: [
    { name: 'kata: no pid entry', targets: ['kata'], config: { linux: { namespaces: [{ type: 'mount' }, { type: 'uts' }, { type: 'ipc' }, { type: 'network' }] } }, errors: [{ messageId: 'kataMissing', pointer: '/linux/namespaces', severity: 'info' }] },
    { name: 'kata: no namespaces at all', targets: ['kata'], config: { linux: { namespaces: undefined } }, errors: [{ messageId: 'kataMissing', pointer: '/linux', severity: 'info' }] },
    { name: 'kata: the host\'s pid namespace by path', targets: ['kata'], config: { linux: { namespaces: [{ type: 'pid', path: '/proc/1/ns/pid' }, { type: 'mount' }, { type: 'uts' }, { type: 'ipc' }, { type: 'network' }] } }, errors: [{ messageId: 'kataHostPath', pointer: '/linux/namespaces/0/path', severity: 'info' }] },
    { name: 'kata beside runc: the host-sharing wording', targets: ['runc', 'kata'], config: { linux: { namespaces: [{ type: 'mount' }, { type: 'uts' }, { type: 'ipc' }, { type: 'network' }] } }, errors: [{ messageId: 'missing', suggestions: [changedText({ linux: { namespaces: [{ type: 'mount' }, { type: 'uts' }, { type: 'ipc' }, { type: 'network' }, { type: 'pid' }] } }, () => {})] }] },
  ],
});
