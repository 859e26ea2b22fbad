import rule from '../../src/rules/linux-seccomp-notify.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    { name: 'notify with a listener', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ALLOW', listenerPath: '/run/agent.sock', listenerMetadata: 'x', syscalls: [{ names: ['mkdir'], action: 'SCMP_ACT_NOTIFY' }] } } } },
    { name: 'no notify', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ALLOW', syscalls: [{ names: ['mkdir'], action: 'SCMP_ACT_ERRNO' }] } } } },
  ],
  invalid: [
    {
      name: 'notify without a listener',
      raw: rawLinux('{"seccomp": {"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [\n  {"names": ["mkdir"], "action": "SCMP_ACT_NOTIFY"}\n]}}'),
      errors: [{ messageId: 'noListener', pointer: '/linux/seccomp/syscalls/0/action', line: 8, column: 34 }],
    },
    {
      name: 'relative listener',
      config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ALLOW', listenerPath: 'agent.sock', syscalls: [{ names: ['mkdir'], action: 'SCMP_ACT_NOTIFY' }] } } },
      errors: [{ messageId: 'relative', pointer: '/linux/seccomp/listenerPath' }],
    },
    { name: 'metadata without a listener', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ALLOW', listenerMetadata: 'x' } } }, errors: [{ messageId: 'metadataWithoutPath' }] },
    { name: 'notify as default action', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_NOTIFY', listenerPath: '/run/a.sock' } } }, errors: [{ messageId: 'defaultNotify' }, { messageId: 'unusedListener', severity: 'warning' }] },
    { name: 'listener never used', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ALLOW', listenerPath: '/run/a.sock' } } }, errors: [{ messageId: 'unusedListener', severity: 'warning' }] },
  ],
});
