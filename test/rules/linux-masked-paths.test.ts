import rule from '../../src/rules/linux-masked-paths.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    { name: 'absolute, with a mount namespace', config: { linux: { maskedPaths: ['/proc/kcore'], readonlyPaths: ['/proc/sys'] } } },
    { name: 'empty lists without a mount namespace', config: { linux: { namespaces: [{ type: 'pid' }], maskedPaths: [], readonlyPaths: [] } } },
  ],
  invalid: [
    {
      name: 'relative masked path',
      raw: rawLinux('{"namespaces": [{"type": "mount"}], "maskedPaths": [\n  "/proc/kcore",\n  "proc/keys"\n]}'),
      errors: [{ messageId: 'relative', pointer: '/linux/maskedPaths/1', line: 9, column: 3 }],
    },
    { name: 'relative readonly path', config: { linux: { readonlyPaths: ['proc/sys'] } }, errors: [{ messageId: 'relative', pointer: '/linux/readonlyPaths/0' }] },
    {
      name: 'no mount namespace',
      config: { linux: { namespaces: [{ type: 'pid' }, { type: 'uts' }], maskedPaths: ['/proc/kcore'], readonlyPaths: ['/proc/sys'] } },
      errors: [{ messageId: 'noMountNs', pointer: '/linux/maskedPaths' }, { messageId: 'noMountNs', pointer: '/linux/readonlyPaths' }],
    },
    // youki refuses it from 0.7.0, as runc does; crun runs it.
    { name: 'no mount namespace, youki', targets: ['youki'], config: { linux: { namespaces: [{ type: 'pid' }], maskedPaths: ['/proc/kcore'] } }, errors: [{ messageId: 'noMountNs', severity: 'error' }] },
    { name: 'no mount namespace, crun', targets: ['crun'], config: { linux: { namespaces: [{ type: 'pid' }], maskedPaths: ['/proc/kcore'] } }, errors: [{ messageId: 'noMountNs', severity: 'error' }] },
  ],
});
