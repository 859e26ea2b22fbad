import rule from '../../src/rules/linux-mount-label.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    { name: 'with an MCS level', config: { linux: { mountLabel: 'system_u:object_r:container_file_t:s0:c1,c2' } } },
    { name: 'without a level', config: { linux: { mountLabel: 'system_u:object_r:svirt_sandbox_file_t' } } },
    { name: 'level range', config: { linux: { mountLabel: 'system_u:object_r:container_file_t:s0-s0:c0.c1023' } } },
  ],
  invalid: [
    {
      name: 'not a context',
      raw: rawLinux('{\n  "mountLabel": "garbage"\n}'),
      errors: [{ messageId: 'syntax', pointer: '/linux/mountLabel', line: 8, column: 17 }],
    },
    { name: 'two fields', config: { linux: { mountLabel: 'object_r:container_file_t' } }, errors: [{ messageId: 'syntax' }] },
  ],
});
