import rule from '../../src/rules/mount-option-unknown.js';
import { changedText, testRule } from '../helpers/rule-tester.js';

const proc = { destination: '/proc', type: 'proc', source: 'proc' };

/** The text with mounts[1] a tmpfs on /mnt, or a bind of /tmp on /mnt, with these options. */
const opts = (options: string[]): string => changedText({}, (c) => (c.mounts = [proc, { destination: '/mnt', type: 'tmpfs', source: 'tmpfs', options }]));
const bind = (options: string[]): string => changedText({}, (c) => (c.mounts = [proc, { destination: '/mnt', type: 'bind', source: '/tmp', options }]));

testRule(rule, {
  valid: [
    {
      name: 'the usual runc defaults',
      config: {
        mounts: [
          { destination: '/proc', type: 'proc', source: 'proc', options: ['nosuid', 'noexec', 'nodev'] },
          { destination: '/dev', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'strictatime', 'mode=755', 'size=65536k'] },
          { destination: '/dev/pts', type: 'devpts', source: 'devpts', options: ['nosuid', 'noexec', 'newinstance', 'ptmxmode=0666', 'mode=0620', 'gid=5'] },
          { destination: '/dev/mqueue', type: 'mqueue', source: 'mqueue', options: ['nosuid', 'noexec', 'nodev'] },
          { destination: '/sys', type: 'sysfs', source: 'sysfs', options: ['nosuid', 'noexec', 'nodev', 'ro'] },
          { destination: '/etc', type: 'tmpfs', source: 'tmpfs', options: ['tmpcopyup', 'context="system_u:object_r:container_file_t:s0"'] },
        ],
      },
    },
    { name: 'well-formed values', config: { mounts: [proc, { destination: '/mnt', type: 'tmpfs', source: 'tmpfs', options: ['mode=01777', 'size=10%', 'nr_inodes=1k', 'uid=0', 'huge=within_size'] }, { destination: '/dev/pts', type: 'devpts', source: 'devpts', options: ['newinstance', 'ptmxmode=0666', 'mode=620', 'max=4096'] }] } },
    { name: 'proc hidepid', config: { mounts: [{ destination: '/proc', type: 'proc', source: 'proc', options: ['hidepid=2'] }] } },
    { name: 'unknown filesystem is not judged', config: { mounts: [proc, { destination: '/mnt', type: 'nfs', source: 'host:/x', options: ['vers=4'] }] } },
    { name: 'crun-unknown flags are harmless on a bind mount', config: { mounts: [proc, { destination: '/mnt', type: 'bind', source: '/tmp', options: ['rbind', 'nosymfollow', 'defaults', 'silent'] }] } },
    { name: 'bind with flags', config: { mounts: [proc, { destination: '/mnt', type: 'bind', source: '/tmp', options: ['rbind', 'rro', 'nosuid', 'rprivate', 'idmap'] }] } },
  ],
  invalid: [
    {
      name: 'tmpfs with an unknown option',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "mounts": [\n    {"destination": "/tmp", "type": "tmpfs", "source": "tmpfs", "options": ["nosuid", "bogus"]}\n  ]\n}\n',
      errors: [{ messageId: 'unknownData', pointer: '/mounts/0/options/1', line: 5, column: 87, severity: 'error', suggestions: [
        '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "mounts": [\n    {"destination": "/tmp", "type": "tmpfs", "source": "tmpfs", "options": ["nosuid"]}\n  ]\n}\n',
      ] }],
    },
    {
      name: 'a misspelt option: did you mean, or remove it',
      config: { mounts: [proc, { destination: '/mnt', type: 'tmpfs', source: 'tmpfs', options: ['nosiud', 'sise=64m'] }] },
      errors: [
        { messageId: 'unknownData', pointer: '/mounts/1/options/0', suggestions: [opts(['nosuid', 'sise=64m']), opts(['sise=64m'])] },
        { messageId: 'unknownData', pointer: '/mounts/1/options/1', suggestions: [opts(['nosiud', 'size=64m']), opts(['nosiud'])] },
      ],
    },
    { name: 'sysfs takes no data', config: { mounts: [proc, { destination: '/sys', type: 'sysfs', source: 'sysfs', options: ['mode=755'] }] }, errors: [{ messageId: 'unknownData', pointer: '/mounts/1/options/0', suggestions: [changedText({}, (c) => (c.mounts = [proc, { destination: '/sys', type: 'sysfs', source: 'sysfs', options: [] }]))] }] },
    { name: 'bind ignores data', config: { mounts: [proc, { destination: '/mnt', type: 'bind', source: '/tmp', options: ['rbind', 'mode=755'] }] }, errors: [{ messageId: 'ignoredOnBind', severity: 'warning', suggestions: [bind(['rbind'])] }] },
    { name: 'octal mode with a 9', config: { mounts: [proc, { destination: '/mnt', type: 'tmpfs', source: 'tmpfs', options: ['mode=999'] }] }, errors: [{ messageId: 'badValue', pointer: '/mounts/1/options/0' }] },
    { name: 'size without a value', config: { mounts: [proc, { destination: '/mnt', type: 'tmpfs', source: 'tmpfs', options: ['size'] }] }, errors: [{ messageId: 'badValue' }] },
    { name: 'hidepid out of range', config: { mounts: [{ destination: '/proc', type: 'proc', source: 'proc', options: ['hidepid=5'] }] }, errors: [{ messageId: 'badValue' }] },
    { name: 'rnomand on a bind (crun)', config: { mounts: [proc, { destination: '/mnt', type: 'bind', source: '/tmp', options: ['rbind', 'rnomand'] }] }, errors: [{ messageId: 'runtimeGap', severity: 'error', suggestions: [bind(['rbind'])] }] },
    { name: 'remount', config: { mounts: [proc, { destination: '/mnt', type: 'tmpfs', source: 'tmpfs', options: ['remount', 'ro'] }] }, errors: [{ messageId: 'remount', pointer: '/mounts/1/options/0', suggestions: [opts(['ro'])] }] },
    { name: 'nosymfollow on tmpfs: only crun refuses it', config: { mounts: [proc, { destination: '/mnt', type: 'tmpfs', source: 'tmpfs', options: ['nosymfollow'] }] }, errors: [{ messageId: 'runtimeGap', severity: 'warning', suggestions: [opts([])] }] },
    { name: 'nosymfollow on tmpfs, --target crun', targets: ['crun'], config: { mounts: [proc, { destination: '/mnt', type: 'tmpfs', source: 'tmpfs', options: ['nosymfollow'] }] }, errors: [{ messageId: 'runtimeGap', severity: 'error', suggestions: [opts([])] }] },
    { name: 'defaults on tmpfs (runc)', config: { mounts: [proc, { destination: '/mnt', type: 'tmpfs', source: 'tmpfs', options: ['defaults'] }] }, errors: [{ messageId: 'runtimeGap', severity: 'error', suggestions: [opts([])] }] },
    { name: 'recursive atime on a bind (crun)', config: { mounts: [proc, { destination: '/mnt', type: 'bind', source: '/tmp', options: ['rbind', 'rnoatime'] }] }, errors: [{ messageId: 'runtimeGap', suggestions: [bind(['rbind'])] }] },
    { name: 'crun-only option on tmpfs is data', config: { mounts: [proc, { destination: '/mnt', type: 'tmpfs', source: 'tmpfs', options: ['copy-symlink'] }] }, errors: [{ messageId: 'unknownData', suggestions: [opts([])] }] },
    { name: 'tmpcopyup on a bind', config: { mounts: [proc, { destination: '/mnt', type: 'bind', source: '/tmp', options: ['rbind', 'tmpcopyup'] }] }, errors: [{ messageId: 'tmpcopyup', severity: 'error', suggestions: [bind(['rbind'])] }] },
  ],
});
