import rule from '../../src/rules/shared-network-namespace.js';
import { changedText, testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const all = [{ type: 'pid' }, { type: 'mount' }, { type: 'uts' }, { type: 'ipc' }, { type: 'network' }, { type: 'cgroup' }];
const without = all.filter((n) => n.type !== 'network');
const r = rawConfig(PROCESS, '"linux": {"namespaces": [' + without.map((n) => JSON.stringify(n)).join(', ') + ']}');

/** After the suggestions: the type added at the end of the list; the host path left out. */
const added = rawConfig(PROCESS, '"linux": {"namespaces": [' + [...without, { type: 'network' }].map((n) => JSON.stringify(n)).join(', ') + ']}').raw;
const rootless = [{ containerID: 0, hostID: 1000, size: 1 }];
const hostRoot = [{ containerID: 0, hostID: 0, size: 1 }];
/** A config with a user namespace and these mappings, after the suggestion: a network entry added at the end. */
const withNetwork = (mappings: Record<string, unknown>): string => changedText({ linux: { namespaces: [...without, { type: 'user' }, { type: 'network' }], ...mappings } }, () => {});
const ownNs = changedText({ linux: { namespaces: [...without, { type: 'network' }] } }, () => {});

testRule(rule, {
  valid: [
    { name: 'own network namespace', config: { linux: { namespaces: all } } },
    { name: 'joins a named namespace', config: { linux: { namespaces: [...without, { type: 'network', path: '/run/ns/network-1' }] } } },
  ],
  invalid: [
    { name: 'no network entry', raw: r.raw, errors: [{ messageId: 'missing', pointer: '/linux/namespaces', ...r.at('"namespaces"', '['), suggestions: [added] }] },
    { name: 'host namespace by path', config: { linux: { namespaces: [...without, { type: 'network', path: '/proc/1/ns/net' }] } }, errors: [{ messageId: 'hostPath', pointer: '/linux/namespaces/5/path', suggestions: [ownNs] }] },
    {
      name: 'in a user namespace that leaves out the host\'s root (rootless): info',
      config: { linux: { namespaces: [...without, { type: 'user' }], uidMappings: rootless, gidMappings: rootless } },
      errors: [{ messageId: 'missing', pointer: '/linux/namespaces', severity: 'info', suggestions: [withNetwork({ uidMappings: rootless, gidMappings: rootless })] }],
    },
    {
      name: 'a user namespace that maps the host\'s root, or has no mappings in the config, leaves it a warning',
      config: { linux: { namespaces: [...without, { type: 'user' }], uidMappings: hostRoot } },
      errors: [{ messageId: 'missing', pointer: '/linux/namespaces', severity: 'warning', suggestions: [withNetwork({ uidMappings: hostRoot })] }],
    },
    { name: 'a user namespace without mappings', config: { linux: { namespaces: [...without, { type: 'user' }] } }, errors: [{ messageId: 'missing', pointer: '/linux/namespaces', severity: 'warning', suggestions: [withNetwork({})] }] },
    { name: 'no linux section', raw: '{"ociVersion": "1.3.0", "root": {"path": "rootfs"}, "process": {"cwd": "/", "args": ["/bin/sh"], "user": {"uid": 0, "gid": 0}}}', errors: [{ messageId: 'notSet', pointer: '', suggestions: ['{"ociVersion": "1.3.0", "root": {"path": "rootfs"}, "process": {"cwd": "/", "args": ["/bin/sh"], "user": {"uid": 0, "gid": 0}}, "linux": {"namespaces": [{"type": "network"}]}}'] }] },
  ],
});

// Under --target kata alone, the findings say what Kata does instead, at that message's severity.
testRule(rule, {
  valid: [{ name: 'own network namespace under kata', targets: ['kata'], config: { linux: { namespaces: [{ type: 'network' }, { type: 'mount' }] } } }],
  invalid: [
    { name: 'kata: no network entry', targets: ['kata'], config: { linux: { namespaces: [{ type: 'pid' }, { type: 'mount' }, { type: 'uts' }, { type: 'ipc' }] } }, errors: [{ messageId: 'kataMissing', pointer: '/linux/namespaces', severity: 'warning' }] },
    { name: 'kata: no namespaces at all', targets: ['kata'], config: { linux: { namespaces: undefined } }, errors: [{ messageId: 'kataMissing', pointer: '/linux', severity: 'warning' }] },
    { name: 'kata: the host\'s network namespace by path', targets: ['kata'], config: { linux: { namespaces: [{ type: 'network', path: '/proc/1/ns/net' }, { type: 'pid' }, { type: 'mount' }, { type: 'uts' }, { type: 'ipc' }] } }, errors: [{ messageId: 'kataHostPath', pointer: '/linux/namespaces/0/path', severity: 'error' }] },
    { name: 'kata beside runc: the host-sharing wording', targets: ['runc', 'kata'], config: { linux: { namespaces: [{ type: 'pid' }, { type: 'mount' }, { type: 'uts' }, { type: 'ipc' }] } }, errors: [{ messageId: 'missing', suggestions: [changedText({ linux: { namespaces: [{ type: 'pid' }, { type: 'mount' }, { type: 'uts' }, { type: 'ipc' }, { type: 'network' }] } }, () => {})] }] },
  ],
});
