import rule from '../../src/rules/process-capability-name.js';
import { changedText, configText, testRule } from '../helpers/rule-tester.js';

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
    {
      name: 'lower case, and mixed case without the prefix: --fix writes the names',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/", "args": ["/bin/sh"],\n    "capabilities": {"effective": ["cap_chown", "CAP_KILL", "Sys_Admin"]}}\n}\n',
      errors: [
        { messageId: 'wrongCase', pointer: '/process/capabilities/effective/0' },
        { messageId: 'noPrefix', pointer: '/process/capabilities/effective/2' },
      ],
      output: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/", "args": ["/bin/sh"],\n    "capabilities": {"effective": ["CAP_CHOWN", "CAP_KILL", "CAP_SYS_ADMIN"]}}\n}\n',
    },
    {
      name: 'no prefix',
      config: { process: { capabilities: { permitted: ['CHOWN'] } } },
      errors: [{ messageId: 'noPrefix' }],
      output: configText({ config: { process: { capabilities: { permitted: ['CAP_CHOWN'] } } } }) as string,
    },
    {
      name: 'a misspelt name: the nearest capability is a suggestion, never a fix',
      config: { process: { capabilities: { bounding: ['CAP_SYS_ADMN', 'sys_chroot2'] } } },
      errors: [
        { messageId: 'unknown', suggestions: [changedText({ process: { capabilities: { bounding: ['CAP_SYS_ADMIN', 'sys_chroot2'] } } }, () => {})] },
        { messageId: 'unknown', suggestions: [changedText({ process: { capabilities: { bounding: ['CAP_SYS_ADMN', 'CAP_SYS_CHROOT'] } } }, () => {})] },
      ],
    },
    {
      name: 'each set is checked',
      config: { process: { capabilities: { bounding: ['X'], effective: ['X'], inheritable: ['X'], permitted: ['X'], ambient: ['X'] } } },
      errors: [{ messageId: 'unknown' }, { messageId: 'unknown' }, { messageId: 'unknown' }, { messageId: 'unknown' }, { messageId: 'unknown' }],
    },
  ],
});
