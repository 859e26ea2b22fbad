import rule from '../../src/rules/mount-inside-proc.js';
import { testRule } from '../helpers/rule-tester.js';

const proc = { destination: '/proc', type: 'proc', source: 'proc' };

testRule(rule, {
  valid: [
    { name: 'lxcfs file', config: { mounts: [proc, { destination: '/proc/cpuinfo', type: 'bind', source: '/var/lib/lxcfs/proc/cpuinfo', options: ['bind'] }] } },
    { name: 'tmpfs inside /proc is not refused', config: { mounts: [proc, { destination: '/proc/acpi', type: 'tmpfs', source: 'tmpfs', options: ['ro'] }] } },
    { name: 'outside /proc', config: { mounts: [proc, { destination: '/procfoo', type: 'bind', source: '/tmp', options: ['rbind'] }] } },
  ],
  invalid: [
    {
      name: 'bind over /proc/sys',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "mounts": [\n    {"destination": "/proc", "type": "proc", "source": "proc"},\n    {"destination": "/proc/sys", "source": "/proc/sys", "options": ["rbind"]}\n  ]\n}\n',
      errors: [{ messageId: 'inside', pointer: '/mounts/1/destination', line: 6, column: 21 }],
    },
    { name: 'under a /proc symlink', config: { mounts: [proc, { destination: '/proc/net/dev', type: 'bind', source: '/proc/net/dev', options: ['bind'] }] }, errors: [{ messageId: 'inside' }] },
  ],
});
