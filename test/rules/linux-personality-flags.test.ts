import rule from '../../src/rules/linux-personality-flags.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    { name: 'domain only', config: { linux: { personality: { domain: 'LINUX32' } } } },
    { name: 'empty flags', config: { linux: { personality: { domain: 'LINUX', flags: [] } } } },
  ],
  invalid: [
    {
      name: 'a flag',
      raw: rawLinux('{"personality": {\n  "domain": "LINUX",\n  "flags": ["ADDR_NO_RANDOMIZE"]\n}}'),
      errors: [{ messageId: 'ignored', pointer: '/linux/personality/flags/0', line: 9, column: 13, severity: 'warning' }],
    },
  ],
});
