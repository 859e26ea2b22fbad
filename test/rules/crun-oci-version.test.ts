import rule from '../../src/rules/crun-oci-version.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: '1.0.2 under crun 1.8', targets: ['crun@1.8'], config: { ociVersion: '1.0.2' } },
    { name: '1.0.2-dev under crun 1.8', targets: ['crun@1.8'], config: { ociVersion: '1.0.2-dev' } },
    { name: '1.1.0 passes crun\'s substring check', targets: ['crun@1.8'], config: { ociVersion: '1.1.0' } },
    { name: 'without --target crun the rule does not run', config: { ociVersion: '1.3.0' } },
    { name: 'runc target only', targets: ['runc'], config: { ociVersion: '1.3.0' } },
    { name: 'crun 1.14.4 dropped the check', targets: ['crun@1.14.4'], config: { ociVersion: '1.3.0' } },
    { name: 'the newest crun does not check', targets: ['crun'], config: { ociVersion: '1.3.0' } },
  ],
  invalid: [
    {
      name: '1.2.0',
      targets: ['crun@1.8'],
      raw: '{\n  "ociVersion": "1.2.0",\n  "root": {"path": "rootfs"},\n  "linux": {}, "mounts": []\n}\n',
      errors: [{ messageId: 'refused', pointer: '/ociVersion', line: 2, column: 17, severity: 'error' }],
    },
    { name: '1.3.0', targets: ['crun@1.14.3', 'runc'], config: { ociVersion: '1.3.0' }, errors: [{ messageId: 'refused', severity: 'error' }] },
    { name: 'a range that reaches crun 1.14.3', targets: ['crun@1.10..1.20'], config: { ociVersion: '1.3.0' }, errors: [{ messageId: 'refused', severity: 'error' }] },
  ],
});
