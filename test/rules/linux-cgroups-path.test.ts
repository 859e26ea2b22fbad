import rule from '../../src/rules/linux-cgroups-path.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    { name: 'absolute', config: { linux: { cgroupsPath: '/myRuntime/myContainer' } } },
    { name: 'relative', config: { linux: { cgroupsPath: 'foo/bar' } } },
    { name: 'empty: the runtime chooses', config: { linux: { cgroupsPath: '' } } },
  ],
  invalid: [
    {
      name: 'systemd form',
      raw: rawLinux('{\n  "cgroupsPath": "system.slice:docker:abc"\n}'),
      errors: [{ messageId: 'systemd', pointer: '/linux/cgroupsPath', line: 8, column: 18, severity: 'info' }],
    },
    // runtime oracle, runc 1.1.5 and crun 1.8.1: crun fails on these, runc reads "/b".
    { name: 'dot dot above the root', config: { linux: { cgroupsPath: '/a/../../b' } }, errors: [{ messageId: 'dotdot', severity: 'warning' }] },
    { name: 'dot dot above the root, for crun', targets: ['crun'], config: { linux: { cgroupsPath: '/a/../../b' } }, errors: [{ messageId: 'dotdot', severity: 'error' }] },
    { name: 'dot dot above the root, for runc', targets: ['runc'], config: { linux: { cgroupsPath: '/a/../../b' } }, errors: [{ messageId: 'dotdot', severity: 'warning' }] },
    { name: 'dot dot first', config: { linux: { cgroupsPath: '/../b' } }, errors: [{ messageId: 'dotdot' }] },
    { name: 'relative, dot dot above', config: { linux: { cgroupsPath: 'a/../../b' } }, errors: [{ messageId: 'dotdot' }] },
    // both accept these and use "/b" (crun leaves an empty "/a" behind): an info, with a fix.
    { name: 'dot dot inside', raw: rawLinux('{\n  "cgroupsPath": "/a/./../b"\n}'), errors: [{ messageId: 'dotdotInside', severity: 'info', line: 8, column: 18 }], output: rawLinux('{\n  "cgroupsPath": "/b"\n}') },
    { name: 'relative, dot dot inside', raw: rawLinux('{\n  "cgroupsPath": "a/b/../c/"\n}'), errors: [{ messageId: 'dotdotInside' }], output: rawLinux('{\n  "cgroupsPath": "a/c"\n}') },
    // both fail to set the container's cgroup up at the root.
    { name: 'the root', config: { linux: { cgroupsPath: '/' } }, errors: [{ messageId: 'root', severity: 'error' }] },
    { name: 'dot dot back to the root', config: { linux: { cgroupsPath: 'a/..' } }, errors: [{ messageId: 'root' }] },
  ],
});
