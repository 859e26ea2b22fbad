import rule from '../../src/rules/linux-userns-process-user.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux, withNs } from '../helpers/linux.js';

const ns = withNs({ type: 'user' });
const full = [{ containerID: 0, hostID: 100000, size: 65536 }];

testRule(rule, {
  valid: [
    { name: 'root mapped', config: { linux: { namespaces: ns, uidMappings: full, gidMappings: full } } },
    { name: 'user and groups mapped', config: { process: { user: { uid: 1000, gid: 1000, additionalGids: [10, 65534] } }, linux: { namespaces: ns, uidMappings: full, gidMappings: full } } },
    { name: 'no user namespace', config: { process: { user: { uid: 70000, gid: 70000 } } } },
    { name: 'joined user namespace', config: { process: { user: { uid: 70000, gid: 0 } }, linux: { namespaces: withNs({ type: 'user', path: '/proc/1/ns/user' }), uidMappings: full, gidMappings: full } } },
  ],
  invalid: [
    {
      name: 'uid outside the mapping',
      raw: rawLinux('{\n  "namespaces": [{"type": "user"}, {"type": "mount"}],\n  "uidMappings": [{"containerID": 0, "hostID": 100000, "size": 1}],\n  "gidMappings": [{"containerID": 0, "hostID": 100000, "size": 1}]\n}').replace('"uid": 0', '"uid": 1000'),
      errors: [{ messageId: 'unmapped', pointer: '/process/user/uid', line: 3, column: 50 }],
    },
    {
      name: 'additional gid outside the mapping',
      config: { process: { user: { uid: 0, gid: 0, additionalGids: [70000] } }, linux: { namespaces: ns, uidMappings: full, gidMappings: full } },
      errors: [{ messageId: 'unmapped', pointer: '/process/user/additionalGids/0' }],
    },
    {
      name: 'container root not mapped (runc)',
      config: { process: { user: { uid: 1000, gid: 1000 } }, linux: { namespaces: ns, uidMappings: [{ containerID: 1000, hostID: 5000, size: 1 }], gidMappings: [{ containerID: 1000, hostID: 5000, size: 1 }] } },
      errors: [
        { messageId: 'noRoot', pointer: '/linux/uidMappings', severity: 'warning' },
        { messageId: 'noRoot', pointer: '/linux/gidMappings', severity: 'warning' },
      ],
    },
    {
      name: 'container root not mapped, --target runc',
      targets: ['runc'],
      config: { process: { user: { uid: 1000, gid: 1000 } }, linux: { namespaces: ns, uidMappings: [{ containerID: 1000, hostID: 5000, size: 1 }], gidMappings: [{ containerID: 1000, hostID: 5000, size: 1 }] } },
      errors: [
        { messageId: 'noRoot', pointer: '/linux/uidMappings', severity: 'error' },
        { messageId: 'noRoot', pointer: '/linux/gidMappings', severity: 'error' },
      ],
    },
  ],
});
