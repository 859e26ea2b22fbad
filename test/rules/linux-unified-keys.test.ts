import rule from '../../src/rules/linux-unified-keys.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    { name: 'v2 file names', config: { linux: { resources: { unified: { 'memory.high': '1G', 'io.max': '8:0 rbps=1048576', 'cgroup.freeze': '0', 'memory.oom.group': '1' } } } } },
    { name: 'different files than the v1 fields', config: { linux: { resources: { memory: { limit: 1073741824 }, unified: { 'memory.high': '900M' } } } } },
  ],
  invalid: [
    {
      name: 'a slash',
      raw: rawLinux('{"resources": {"unified": {\n  "memory/max": "100"\n}}}'),
      errors: [{ messageId: 'slash', pointer: '/linux/resources/unified/memory~1max', line: 8, column: 3 }],
    },
    { name: 'no controller prefix', config: { linux: { resources: { unified: { max: '100' } } } }, errors: [{ messageId: 'name' }] },
    {
      name: 'conflicts with memory.limit',
      config: { linux: { resources: { memory: { limit: 1073741824 }, unified: { 'memory.max': '2G' } } } },
      errors: [{ messageId: 'conflict', pointer: '/linux/resources/unified/memory.max', severity: 'warning' }],
    },
  ],
});
