import rule from '../../src/rules/linux-memory-kernel.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    { name: 'no kernel limits', config: { linux: { resources: { memory: { limit: 1048576 } } } } },
    { name: 'before 1.1.0 it was a normal field', specVersion: '1.0.2', config: { ociVersion: '1.0.2', linux: { resources: { memory: { kernel: 1048576 } } } } },
  ],
  invalid: [
    {
      name: 'kernel',
      raw: rawLinux('{"resources": {"memory": {\n  "kernel": 1048576\n}}}'),
      errors: [{ messageId: 'notRecommended', pointer: '/linux/resources/memory/kernel', line: 8, column: 3, severity: 'warning' }],
    },
    { name: 'kernelTCP', config: { linux: { resources: { memory: { kernelTCP: 1048576 } } } }, errors: [{ messageId: 'notRecommended', pointer: '/linux/resources/memory/kernelTCP' }] },
  ],
});
