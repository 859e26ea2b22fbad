import rule from '../../src/rules/process-selinux-label.js';
import { testRule } from '../helpers/rule-tester.js';

const label = (l: string) => ({ process: { selinuxLabel: l } });

testRule(rule, {
  valid: [
    { name: 'spec example', config: label('system_u:system_r:svirt_lxc_net_t:s0:c124,c675') },
    { name: 'no level', config: label('system_u:system_r:container_t') },
    { name: 'range with categories', config: label('system_u:system_r:spc_t:s0-s0:c0.c1023') },
    { name: 'empty means none', config: label('') },
  ],
  invalid: [
    {
      name: 'only a type',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/", "args": ["/bin/sh"],\n    "selinuxLabel": "container_t"}\n}\n',
      errors: [{ messageId: 'parts', pointer: '/process/selinuxLabel', line: 5, column: 21 }],
    },
    { name: 'empty role', config: label('system_u::container_t:s0') , errors: [{ messageId: 'name' }] },
    { name: 'translated level', config: label('system_u:system_r:container_t:SystemLow'), errors: [{ messageId: 'level', severity: 'warning' }] },
  ],
});
