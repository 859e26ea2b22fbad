import rule from '../../src/rules/linux-namespace-time.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux, withNs } from '../helpers/linux.js';

const noPid = rawLinux('{"namespaces": [{"type": "mount"}, {"type": "time"}]}');

testRule(rule, {
  valid: [
    { name: 'no time namespace', config: { linux: { namespaces: withNs({ type: 'cgroup' }) } } },
    // Only old releases refuse it: nothing to report for a --target whose releases all run it.
    { name: 'with --target crun and no PID namespace: crun runs it', targets: ['crun@1.8'], raw: noPid },
    { name: 'next to a PID namespace, the newest crun', targets: ['crun'], config: { linux: { namespaces: withNs({ type: 'time' }) } } },
    { name: '--target runc@1.2 supports it', targets: ['runc@1.2'], raw: noPid },
    { name: '--target youki', targets: ['youki'], config: { linux: { namespaces: withNs({ type: 'time' }) } } },
  ],
  invalid: [
    {
      name: 'time namespace',
      raw: rawLinux('{"namespaces": [\n  {"type": "mount"},\n  {"type": "time"}\n]}'),
      errors: [{ messageId: 'support', pointer: '/linux/namespaces/1/type', line: 9, column: 12, severity: 'warning' }],
    },
    { name: 'next to a PID namespace', config: { linux: { namespaces: withNs({ type: 'time' }) } }, errors: [{ messageId: 'supportWithPid', severity: 'warning' }] },
    { name: 'next to a PID namespace, --target crun@1.8', targets: ['crun@1.8'], config: { linux: { namespaces: withNs({ type: 'time' }) } }, errors: [{ messageId: 'supportWithPid', severity: 'error' }] },
    { name: '--target runc@1.1', targets: ['runc@1.1'], raw: noPid, errors: [{ messageId: 'support', severity: 'error' }] },
    // youki creates it from 0.7.0; before, "time" is not supported.
    { name: '--target youki@0.6', targets: ['youki@0.6'], config: { linux: { namespaces: withNs({ type: 'time' }) } }, errors: [{ messageId: 'supportWithPid', severity: 'error' }] },
    {
      name: 'a config declaring 1.0.2-dev, as runc spec 1.1 writes, is checked too',
      targets: ['runc@1.1'],
      raw: noPid.replace(/"ociVersion": "[^"]*"/, '"ociVersion": "1.0.2-dev"'),
      errors: [{ messageId: 'support', severity: 'error' }],
    },
  ],
});
