import rule from '../../src/rules/linux-userns-mappings.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux, withNs } from '../helpers/linux.js';

const map = [{ containerID: 0, hostID: 100000, size: 65536 }];

testRule(rule, {
  valid: [
    { name: 'no user namespace, no mappings', config: {} },
    { name: 'user namespace with both', config: { linux: { namespaces: withNs({ type: 'user' }), uidMappings: map, gidMappings: map } } },
    { name: 'joined user namespace without mappings', config: { linux: { namespaces: withNs({ type: 'user', path: '/proc/1/ns/user' }) } } },
  ],
  invalid: [
    {
      name: 'gid mappings missing',
      raw: rawLinux('{\n  "namespaces": [{"type": "user"}],\n  "uidMappings": [{"containerID": 0, "hostID": 1000, "size": 1}]\n}'),
      errors: [{ messageId: 'missingOther', pointer: '/linux/uidMappings', line: 9, column: 3 }],
    },
    { name: 'empty uid mappings count as missing', config: { linux: { namespaces: withNs({ type: 'user' }), uidMappings: [], gidMappings: map } }, errors: [{ messageId: 'missingOther', pointer: '/linux/gidMappings' }] },
    { name: 'uid mappings missing', config: { linux: { namespaces: withNs({ type: 'user' }), gidMappings: map } }, errors: [{ messageId: 'missingOther', pointer: '/linux/gidMappings', severity: 'error' }] },
    { name: 'user namespace without mappings (crun rootless)', config: { linux: { namespaces: withNs({ type: 'user' }) } }, errors: [{ messageId: 'none', pointer: '/linux/namespaces/5', severity: 'warning' }] },
    {
      name: 'mappings without user namespace',
      config: { linux: { uidMappings: map, gidMappings: map } },
      errors: [
        { messageId: 'withoutUserns', pointer: '/linux/uidMappings', severity: 'warning' },
        { messageId: 'withoutUserns', pointer: '/linux/gidMappings', severity: 'warning' },
      ],
    },
    // youki 0.7 and later refuse what runc and crun ignore.
    { name: 'mappings without user namespace, youki', targets: ['youki'], config: { linux: { uidMappings: map, gidMappings: map } }, errors: [{ messageId: 'withoutUserns', severity: 'error' }, { messageId: 'withoutUserns', severity: 'error' }] },
    { name: 'mappings without user namespace, runc', targets: ['runc'], config: { linux: { uidMappings: map } }, errors: [{ messageId: 'withoutUserns', severity: 'warning' }] },
    {
      name: 'mappings for a joined user namespace',
      config: { linux: { namespaces: withNs({ type: 'user', path: '/proc/1/ns/user' }), uidMappings: map } },
      errors: [{ messageId: 'joined', pointer: '/linux/uidMappings', severity: 'warning' }],
    },
  ],
});
