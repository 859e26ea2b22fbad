import rule from '../../src/rules/linux-namespace-duplicate.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux, withNs } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    { name: 'base namespaces', config: {} },
    { name: 'all types once', config: { linux: { namespaces: withNs({ type: 'user' }, { type: 'cgroup' }, { type: 'time' }) } } },
    { name: 'no linux section', config: { linux: undefined } },
  ],
  invalid: [
    {
      name: 'pid twice',
      raw: rawLinux('{"namespaces": [\n  {"type": "pid"},\n  {"type": "pid", "path": "/proc/1/ns/pid"}\n]}'),
      errors: [{ messageId: 'duplicate', pointer: '/linux/namespaces/1/type', line: 9, column: 12 }],
    },
    { name: 'network twice', config: { linux: { namespaces: withNs({ type: 'network', path: '/run/netns/a' }) } }, errors: [{ messageId: 'duplicate', pointer: '/linux/namespaces/5/type' }] },
  ],
});
