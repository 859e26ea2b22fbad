import rule from '../../src/rules/mount-inside-proc.js';
import { testRule } from '../helpers/rule-tester.js';

const proc = { destination: '/proc', type: 'proc', source: 'proc' };

testRule(rule, {
  valid: [
    { name: 'lxcfs file', config: { mounts: [proc, { destination: '/proc/cpuinfo', type: 'bind', source: '/var/lib/lxcfs/proc/cpuinfo', options: ['bind'] }] } },
    { name: 'fips_enabled, allowed from runc 1.1.13', config: { mounts: [proc, { destination: '/proc/sys/crypto/fips_enabled', type: 'bind', source: '/etc/fips', options: ['bind', 'ro'] }] } },
    { name: 'tmpfs on /proc itself is /proc\'s own business', config: { mounts: [{ destination: '/proc', type: 'proc', source: 'proc' }] } },
    { name: 'outside /proc', config: { mounts: [proc, { destination: '/procfoo', type: 'bind', source: '/tmp', options: ['rbind'] }] } },
  ],
  invalid: [
    {
      name: 'bind over /proc/sys',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "mounts": [\n    {"destination": "/proc", "type": "proc", "source": "proc"},\n    {"destination": "/proc/sys", "source": "/proc/sys", "options": ["rbind"]}\n  ]\n}\n',
      errors: [{ messageId: 'inside', pointer: '/mounts/1/destination', line: 6, column: 21, severity: 'warning' }],
    },
    {
      name: 'tmpfs over an existing /proc entry: refused by runc 1.1.14 and later only',
      config: { mounts: [proc, { destination: '/proc/acpi', type: 'tmpfs', source: 'tmpfs', options: ['ro'] }] },
      errors: [{ messageId: 'nonBind', pointer: '/mounts/1/destination', severity: 'warning' }],
    },
    { name: 'tmpfs over /proc/acpi, --target runc@1.1.5', targets: ['runc@1.1.5'], config: { mounts: [proc, { destination: '/proc/acpi', type: 'tmpfs', source: 'tmpfs' }] }, errors: [{ messageId: 'nonBind', severity: 'warning' }] },
    { name: 'tmpfs over /proc/acpi, --target runc@1.2', targets: ['runc@1.2'], config: { mounts: [proc, { destination: '/proc/acpi', type: 'tmpfs', source: 'tmpfs' }] }, errors: [{ messageId: 'nonBind', severity: 'error' }] },
    {
      name: 'tmpfs at a path procfs lacks: no runtime can make the mount point',
      config: { mounts: [proc, { destination: '/proc/cache', type: 'tmpfs', source: 'tmpfs' }] },
      errors: [{ messageId: 'noSuchEntry', pointer: '/mounts/1/destination', severity: 'error' }],
    },
    { name: 'a /proc/sys directory procfs lacks', config: { mounts: [proc, { destination: '/proc/sys/foo', type: 'tmpfs', source: 'tmpfs' }] }, errors: [{ messageId: 'noSuchEntry', severity: 'error' }] },
    { name: 'binfmt_misc on /proc/sys/fs/binfmt_misc: runc 1.1.14 and later refuse it', config: { mounts: [proc, { destination: '/proc/sys/fs/binfmt_misc', type: 'binfmt_misc', source: 'binfmt_misc' }] }, errors: [{ messageId: 'nonBind', severity: 'warning' }] },
    { name: 'under a /proc symlink', config: { mounts: [proc, { destination: '/proc/net/dev', type: 'bind', source: '/proc/net/dev', options: ['bind'] }] }, errors: [{ messageId: 'inside' }] },
  ],
});
