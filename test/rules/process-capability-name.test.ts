import rule from '../../src/rules/process-capability-name.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'known names incl. the newest', config: { process: { capabilities: { bounding: ['CAP_KILL', 'CAP_BPF', 'CAP_PERFMON', 'CAP_CHECKPOINT_RESTORE'], ambient: [] } } } },
    { name: 'no capabilities', config: {} },
  ],
  invalid: [
    {
      name: 'unknown name',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/", "args": ["/bin/sh"],\n    "capabilities": {"bounding": ["CAP_KILL", "CAP_FOO"]}}\n}\n',
      errors: [{ messageId: 'unknown', pointer: '/process/capabilities/bounding/1', line: 5, column: 47, severity: 'warning' }],
    },
    { name: 'lower case', config: { process: { capabilities: { effective: ['cap_chown'] } } }, errors: [{ messageId: 'wrongCase', pointer: '/process/capabilities/effective/0' }] },
    { name: 'no prefix', config: { process: { capabilities: { permitted: ['CHOWN'] } } }, errors: [{ messageId: 'noPrefix' }] },
    {
      name: 'each set is checked',
      config: { process: { capabilities: { bounding: ['X'], effective: ['X'], inheritable: ['X'], permitted: ['X'], ambient: ['X'] } } },
      errors: [{ messageId: 'unknown' }, { messageId: 'unknown' }, { messageId: 'unknown' }, { messageId: 'unknown' }, { messageId: 'unknown' }],
    },
  ],
});
