import rule from '../../src/rules/mount-destination-type.js';
import { testRule } from '../helpers/rule-tester.js';

const PROC = { destination: '/proc', type: 'proc', source: 'proc' };
const mounts = (...m: Record<string, unknown>[]) => ({ mounts: [PROC, ...m] });
const tmpfs = (destination: string) => ({ destination, type: 'tmpfs', source: 'tmpfs' });
const bind = (destination: string, source = '/srv/x') => ({ destination, type: 'bind', source, options: ['rbind'] });

testRule(rule, {
  valid: [
    { name: 'tmpfs on a directory', config: mounts(tmpfs('/tmp')) },
    { name: 'a missing destination is created', config: mounts(tmpfs('/srv/data/deep')) },
    { name: 'many destinations under one missing parent', config: { mounts: [PROC, ...Array.from({ length: 50 }, (_, i) => tmpfs(`/mnt/m${i}`))] } },
    { name: 'a bind mount may land on a file', config: mounts(bind('/etc/passwd', '/srv/passwd')) },
    { name: 'a symlink to a directory is followed', config: mounts(tmpfs('/data')), files: { data: { symlink: '/tmp' } } },
    { name: 'below an earlier mount', config: mounts(tmpfs('/bin'), tmpfs('/bin/sh')) },
    { name: 'at an earlier mount', config: mounts(bind('/etc/passwd', '/srv/passwd'), tmpfs('/etc/passwd')) },
    { name: 'a symlink into an earlier mount', config: mounts(tmpfs('/data'), tmpfs('/lnk/x')), files: { lnk: { symlink: '/data/y' } } },
    { name: 'a symlink to a file hidden by an earlier mount', config: mounts(tmpfs('/data'), tmpfs('/lnk/x')), files: { 'data/f': { file: 'x' }, lnk: { symlink: '/data/f' } } },
    { name: 'the root is another rule\'s finding', config: mounts(tmpfs('/')) },
    { name: 'config only', configOnly: true, config: mounts(tmpfs('/bin/sh')) },
    { name: 'a destination with a NUL is another rule\'s finding', config: mounts(tmpfs('/bin/sh\u0000x')) },
  ],
  invalid: [
    {
      name: 'tmpfs on a regular file',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"args": ["/bin/sh"], "cwd": "/"},\n  "mounts": [\n    {"destination": "/bin/sh", "type": "tmpfs", "source": "tmpfs"}\n  ]\n}\n',
      errors: [{ messageId: 'notDir', pointer: '/mounts/0/destination', line: 6, column: 21, rootfsPath: '/bin/sh', severity: 'error' }],
    },
    { name: 'proc on a file', config: { mounts: [PROC] }, files: { proc: { file: 'x' } }, errors: [{ messageId: 'notDir', rootfsPath: '/proc' }] },
    { name: 'no type, no bind option', config: mounts({ destination: '/usr/bin/app', source: 'none' }), errors: [{ messageId: 'notDir', rootfsPath: '/usr/bin/app' }] },
    { name: 'through a symlink to a file', config: mounts(tmpfs('/lnk')), files: { lnk: { symlink: '/bin/sh' } }, errors: [{ messageId: 'notDir', rootfsPath: '/bin/sh' }] },
    { name: 'below a file', config: mounts(tmpfs('/bin/sh/x')), errors: [{ messageId: 'through', rootfsPath: '/bin/sh' }] },
    { name: 'a bind mount below a file', config: mounts(bind('/bin/sh/x/y')), errors: [{ messageId: 'through', rootfsPath: '/bin/sh' }] },
    { name: 'below a symlink to a file', config: mounts(tmpfs('/lnk/x')), files: { lnk: { symlink: '/usr/bin/app' } }, errors: [{ messageId: 'through', rootfsPath: '/usr/bin/app' }] },
    { name: 'relative and unclean destinations are cleaned', config: mounts(tmpfs('bin//sh/./x')), errors: [{ messageId: 'through', rootfsPath: '/bin/sh' }] },
    { name: 'a later mount does not hide an earlier one\'s mount point', config: mounts(tmpfs('/bin/sh/x'), tmpfs('/bin')), errors: [{ messageId: 'through', pointer: '/mounts/1/destination' }] },
    { name: 'a dangling symlink', config: mounts(tmpfs('/lnk')), files: { lnk: { symlink: '/nowhere' } }, errors: [{ messageId: 'dangling', severity: 'warning', rootfsPath: '/lnk' }] },
    { name: 'with --target crun a dangling symlink is an error', targets: ['crun'], config: mounts(tmpfs('/lnk')), files: { lnk: { symlink: '/nowhere' } }, errors: [{ messageId: 'dangling', severity: 'error' }] },
    { name: 'with --target runc a dangling symlink is a warning', targets: ['runc'], config: mounts(tmpfs('/lnk')), files: { lnk: { symlink: '/nowhere' } }, errors: [{ messageId: 'dangling', severity: 'warning' }] },
    { name: 'one parent, several findings', config: mounts(tmpfs('/bin/sh/a'), tmpfs('/bin/sh/b')), errors: [{ messageId: 'through', pointer: '/mounts/1/destination' }, { messageId: 'through', pointer: '/mounts/2/destination' }] },
  ],
});
