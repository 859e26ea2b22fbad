import rule from '../../src/rules/linux-namespace-time.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux, withNs } from '../helpers/linux.js';

testRule(rule, {
  valid: [{ name: 'no time namespace', config: { linux: { namespaces: withNs({ type: 'cgroup' }) } } }],
  invalid: [
    {
      name: 'time namespace',
      raw: rawLinux('{"namespaces": [\n  {"type": "mount"},\n  {"type": "time"}\n]}'),
      errors: [{ messageId: 'support', pointer: '/linux/namespaces/1/type', line: 9, column: 12, severity: 'warning' }],
    },
    { name: 'with --target crun and no PID namespace: crun runs it', targets: ['crun'], raw: rawLinux('{"namespaces": [{"type": "mount"}, {"type": "time"}]}'), errors: [{ messageId: 'support', severity: 'warning' }] },
    { name: 'next to a PID namespace', config: { linux: { namespaces: withNs({ type: 'time' }) } }, errors: [{ messageId: 'supportWithPid', severity: 'warning' }] },
    { name: 'next to a PID namespace, --target crun', targets: ['crun'], config: { linux: { namespaces: withNs({ type: 'time' }) } }, errors: [{ messageId: 'supportWithPid', severity: 'error' }] },
    { name: '--target runc', targets: ['runc'], raw: rawLinux('{"namespaces": [{"type": "mount"}, {"type": "time"}]}'), errors: [{ messageId: 'support', severity: 'error' }] },
  ],
});
