import rule from '../../src/rules/process-exec-cpu-affinity.js';
import { testRule } from '../helpers/rule-tester.js';

const aff = (a: Record<string, string>) => ({ process: { execCPUAffinity: a } });

testRule(rule, {
  valid: [
    { name: 'spec example', config: aff({ initial: '7', final: '0-3,7' }) },
    { name: 'empty final', config: aff({ initial: '0', final: '' }) },
    { name: 'spaces around entries', config: aff({ initial: '0, 2-3' }) },
  ],
  invalid: [
    {
      name: 'backwards range',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/", "args": ["/bin/sh"],\n    "execCPUAffinity": {"initial": "7-3"}}\n}\n',
      errors: [{ messageId: 'syntax', pointer: '/process/execCPUAffinity/initial', line: 5, column: 36 }],
    },
    { name: 'empty entry', config: aff({ final: '1,,2' }), errors: [{ messageId: 'syntax', pointer: '/process/execCPUAffinity/final' }] },
    { name: 'double range', config: aff({ initial: '1-2-3' }), errors: [{ messageId: 'syntax' }] },
    { name: 'dangling dash', config: aff({ initial: '4-' }), errors: [{ messageId: 'syntax' }] },
    { name: 'inner blank', config: aff({ initial: '1 2' }), errors: [{ messageId: 'syntax' }] },
  ],
});
