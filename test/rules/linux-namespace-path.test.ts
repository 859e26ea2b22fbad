import rule from '../../src/rules/linux-namespace-path.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux, withNs } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    { name: 'no paths', config: {} },
    { name: 'absolute path', config: { linux: { namespaces: [{ type: 'network', path: '/var/run/netns/a' }, { type: 'mount' }] } } },
  ],
  invalid: [
    {
      name: 'relative path',
      raw: rawLinux('{"namespaces": [\n  {"type": "network", "path": "run/netns/a"}\n]}'),
      errors: [{ messageId: 'relative', pointer: '/linux/namespaces/0/path', line: 8, column: 31 }],
    },
    { name: 'empty path', config: { linux: { namespaces: withNs({ type: 'user', path: '' }) } }, errors: [{ messageId: 'empty', pointer: '/linux/namespaces/5/path', severity: 'error' }] },
  ],
});
