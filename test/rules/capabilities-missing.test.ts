import rule from '../../src/rules/capabilities-missing.js';
import { testRule } from '../helpers/rule-tester.js';

const root = { process: { capabilities: undefined, user: { uid: 0, gid: 0 } } };

testRule(rule, {
  valid: [
    { name: 'capabilities listed', config: { process: { capabilities: { bounding: ['CAP_KILL'], effective: ['CAP_KILL'], permitted: ['CAP_KILL'] } } } },
    { name: 'an empty capabilities object drops them all', config: { process: { capabilities: {}, user: { uid: 0, gid: 0 } } } },
    { name: 'a non-root process loses them at exec', config: { process: { capabilities: undefined, user: { uid: 1000, gid: 1000 } } } },
    {
      name: 'root in a user namespace holds them only there',
      config: { ...root, linux: { namespaces: [{ type: 'user' }, { type: 'mount' }], uidMappings: [{ containerID: 0, hostID: 100000, size: 65536 }], gidMappings: [{ containerID: 0, hostID: 100000, size: 65536 }] } },
    },
    { name: 'no process', config: { process: undefined } },
    { name: '--target runc@1.2 drops every capability', targets: ['runc@1.2'], config: root },
    { name: '--target crun drops every capability', targets: ['crun'], config: root },
  ],
  invalid: [
    {
      name: 'root without capabilities',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/", "args": ["/bin/sh"], "user": {"uid": 0, "gid": 0}}\n}\n',
      errors: [{ messageId: 'allCapabilities', pointer: '/process', line: 4, column: 3, severity: 'warning' }],
    },
    { name: 'no user at all is uid 0', config: { process: { capabilities: undefined, user: undefined } }, errors: [{ messageId: 'allCapabilities' }] },
    { name: '--target runc (the newest)', targets: ['runc'], config: root, errors: [{ messageId: 'allCapabilities' }] },
    { name: '--target youki', targets: ['youki'], config: root, errors: [{ messageId: 'allCapabilities' }] },
    { name: '--target runc@1.2 and crun, runc@1.3', targets: ['runc@1.2', 'crun', 'runc@1.3'], config: root, errors: [{ messageId: 'allCapabilities' }] },
  ],
});
