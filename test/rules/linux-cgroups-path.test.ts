import rule from '../../src/rules/linux-cgroups-path.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    { name: 'absolute', config: { linux: { cgroupsPath: '/myRuntime/myContainer' } } },
    { name: 'relative', config: { linux: { cgroupsPath: 'foo/bar' } } },
  ],
  invalid: [
    {
      name: 'systemd form',
      raw: rawLinux('{\n  "cgroupsPath": "system.slice:docker:abc"\n}'),
      errors: [{ messageId: 'systemd', pointer: '/linux/cgroupsPath', line: 8, column: 18, severity: 'info' }],
    },
    { name: 'dot dot', config: { linux: { cgroupsPath: '/a/../../b' } }, errors: [{ messageId: 'dotdot', severity: 'error' }] },
  ],
});
