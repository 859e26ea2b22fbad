import rule from '../../src/rules/kata-mounts.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const bind = (destination: string, source: string, ...options: string[]) => ({ destination, type: 'bind', source, options: ['rbind', ...options] });
const mounts = (...m: object[]) => ({ mounts: [{ destination: '/proc', type: 'proc', source: 'proc' }, ...m] });
const r = rawConfig(PROCESS, '"mounts": [{"destination": "/host/cgroup", "type": "bind", "source": "/sys/fs/cgroup", "options": ["rbind", "ro"]}]');

testRule(rule, {
  valid: [
    { name: 'ordinary binds, files in /proc Kata allows', targets: ['kata'], config: mounts(bind('/data', '/srv/data', 'rprivate'), bind('/proc/meminfo', '/var/lib/lxcfs/proc/meminfo'), bind('/proc/net/dev', '/var/lib/lxcfs/proc/net/dev')) },
    { name: 'private and slave propagation', targets: ['kata'], config: mounts(bind('/data', '/srv/data', 'rslave')) },
    { name: 'not a bind by type', targets: ['kata'], config: mounts({ destination: '/run', type: 'tmpfs', source: 'tmpfs', options: ['nosuid'] }) },
    { name: 'runc binds host /sys paths', targets: ['runc'], config: mounts(bind('/host/cgroup', '/sys/fs/cgroup')) },
  ],
  invalid: [
    { name: 'a host /sys path', targets: ['kata'], raw: r.raw, errors: [{ messageId: 'systemSource', pointer: '/mounts/0/source', severity: 'warning', ...r.at('"/host/cgroup"', '"/sys/fs/cgroup"') }] },
    { name: 'a host /proc path', targets: ['kata'], config: mounts(bind('/host/proc', '/proc')), errors: [{ messageId: 'systemSource', pointer: '/mounts/1/source' }] },
    { name: 'a host device', targets: ['kata'], config: mounts(bind('/dev/fuse', '/dev/fuse'), bind('/host/dev', '/dev')), errors: [{ messageId: 'deviceSource', pointer: '/mounts/1/source' }, { messageId: 'deviceSource', pointer: '/mounts/2/source' }] },
    {
      name: 'binds onto /proc that runc lets through',
      targets: ['kata'],
      config: mounts(bind('/proc', '/srv/fakeproc'), bind('/proc/slabinfo', '/var/lib/lxcfs/proc/slabinfo')),
      errors: [{ messageId: 'procBind', pointer: '/mounts/1/destination', severity: 'error' }, { messageId: 'procBind', pointer: '/mounts/2/destination', severity: 'error' }],
    },
    { name: 'Bidirectional propagation', targets: ['kata'], config: mounts(bind('/var/lib/plugin', '/var/lib/kubelet/plugins/x', 'rshared')), errors: [{ messageId: 'propagation', pointer: '/mounts/1/options/1' }] },
  ],
});
