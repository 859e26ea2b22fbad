import rule from '../../src/rules/process-args-executable.js';
import { testRule } from '../helpers/rule-tester.js';

const proc = { destination: '/proc', type: 'proc', source: 'proc' };
const tmpfs = (destination: string, options: string[] = []) => ({ destination, type: 'tmpfs', source: 'tmpfs', options });

testRule(rule, {
  valid: [
    { name: 'absolute path', config: { process: { args: ['/bin/sh'] } } },
    { name: 'bare name on PATH', config: { process: { args: ['app'], env: ['PATH=/usr/bin:/bin'] } } },
    { name: 'found before a relative PATH entry', config: { process: { args: ['app'], env: ['PATH=/usr/bin:bin'] } } },
    { name: 'symlink inside the rootfs', config: { process: { args: ['/bin/link'] } }, files: { 'bin/link': { symlink: '../usr/bin/app' } } },
    { name: 'absolute symlink resolved in the rootfs', config: { process: { args: ['/bin/abs'] } }, files: { 'bin/abs': { symlink: '/usr/bin/app' } } },
    { name: 'relative to cwd', config: { process: { cwd: '/usr', args: ['./bin/app'] } } },
    { name: 'later PATH entry wins over a non-executable earlier one', config: { process: { args: ['tool'], env: ['PATH=/a:/b'] } }, files: { 'a/tool': { file: 'x', mode: 0o644 }, 'b/tool': { file: 'x', mode: 0o755 } } },
    { name: 'provided by a bind mount', config: { process: { args: ['/opt/tools/run'] }, mounts: [{ destination: '/proc', type: 'proc', source: 'proc' }, { destination: '/opt/tools', type: 'bind', source: '/srv/tools', options: ['rbind', 'ro'] }] } },
    { name: 'under a tmpfs filled by tmpcopyup', config: { process: { args: ['/usr/bin/app'] }, mounts: [proc, tmpfs('/usr', ['tmpcopyup'])] } },
    { name: 'a bind mount over a tmpfs supplies it', config: { process: { args: ['/opt/bin/run'] }, mounts: [proc, tmpfs('/opt'), { destination: '/opt/bin', type: 'bind', source: '/srv/bin', options: ['rbind'] }] } },
    { name: 'PATH goes on past a tmpfs', config: { process: { args: ['app'], env: ['PATH=/tmp:/usr/bin'] }, mounts: [proc, tmpfs('/tmp')] }, files: { 'tmp/app': { file: 'x', mode: 0o644 } } },
    { name: 'config only skips the rootfs', configOnly: true, config: { process: { args: ['/nope'] } } },
    { name: 'missing rootfs is another rule\'s finding', rootfs: null, config: { process: { args: ['/nope'] } } },
  ],
  invalid: [
    {
      name: 'absent',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/", "args": ["/bin/nope", "-x"]}\n}\n',
      errors: [{ messageId: 'missing', pointer: '/process/args/0', line: 4, column: 36, rootfsPath: '/bin/nope' }],
    },
    { name: 'not on PATH', config: { process: { args: ['nope'], env: ['PATH=/usr/bin:/bin'] } }, errors: [{ messageId: 'missing', pointer: '/process/args/0' }] },
    { name: 'no execute bit', config: { process: { args: ['/usr/bin/data'] } }, files: { 'usr/bin/data': { file: 'x', mode: 0o644 } }, errors: [{ messageId: 'notExecutable', rootfsPath: '/usr/bin/data' }] },
    { name: 'a directory', config: { process: { args: ['/usr/bin'] } }, errors: [{ messageId: 'notRegular' }] },
    // runc 1.1.5 ("stat /bin/hello/: not a directory") and crun 1.8.1 ("open executable: Not a directory").
    { name: 'a file with a trailing slash', config: { process: { args: ['/usr/bin/app/'] } }, errors: [{ messageId: 'trailingSlash', severity: 'error', rootfsPath: '/usr/bin/app' }] },
    { name: 'a directory with a trailing slash', config: { process: { args: ['/usr/bin/'] } }, errors: [{ messageId: 'notRegular' }] },
    { name: 'a FIFO (never opened)', config: { process: { args: ['/bin/fifo'] } }, files: { 'bin/fifo': { fifo: true } }, errors: [{ messageId: 'notRegular' }] },
    { name: 'dangling symlink', config: { process: { args: ['/bin/dangle'] } }, files: { 'bin/dangle': { symlink: '/nowhere' } }, errors: [{ messageId: 'missing' }] },
    { name: 'symlink loop', config: { process: { args: ['/bin/loop'] } }, files: { 'bin/loop': { symlink: 'loop2' }, 'bin/loop2': { symlink: 'loop' } }, errors: [{ messageId: 'loop' }] },
    {
      name: 'a link out of the rootfs stays inside it',
      config: { process: { args: ['/bin/escape'] } },
      files: { 'bin/escape': { symlink: '../../../../../../bin/sh-host-only' } },
      errors: [{ messageId: 'missing' }],
    },
    // runc refuses a program found through a relative PATH entry (Go's exec.LookPath); crun runs it.
    { name: 'a relative PATH entry', config: { process: { cwd: '/usr', args: ['app'], env: ['PATH=bin'] } }, errors: [{ messageId: 'relativePath', severity: 'warning', rootfsPath: '/usr/bin/app' }] },
    { name: 'an empty PATH entry, for runc', targets: ['runc'], config: { process: { cwd: '/usr/bin', args: ['app'], env: ['PATH=/nope::/bin'] } }, errors: [{ messageId: 'relativePath', severity: 'error' }] },
    { name: 'a relative PATH entry, for crun', targets: ['crun'], config: { process: { cwd: '/usr', args: ['app'], env: ['PATH=bin'] } }, errors: [{ messageId: 'relativePath', severity: 'warning' }] },
    { name: 'no PATH: the runtimes search nothing', config: { process: { args: ['sh'], env: ['TERM=xterm'] } }, errors: [{ messageId: 'noPath', severity: 'error' }] },
    { name: 'under a tmpfs, which starts out empty', config: { process: { args: ['/tmp/app'] }, mounts: [proc, tmpfs('/tmp')] }, files: { 'tmp/app': { file: 'x', mode: 0o755 } }, errors: [{ messageId: 'underTmpfs', rootfsPath: '/tmp/app' }] },
    { name: 'a tmpfs mounted over an earlier bind mount hides it', config: { process: { args: ['/opt/bin/run'] }, mounts: [proc, { destination: '/opt/bin', type: 'bind', source: '/srv/bin', options: ['rbind'] }, tmpfs('/opt')] }, errors: [{ messageId: 'underTmpfs' }] },
    { name: 'a link into a tmpfs', config: { process: { args: ['/bin/link'] }, mounts: [proc, tmpfs('/tmp')] }, files: { 'bin/link': { symlink: '/tmp/app' }, 'tmp/app': { file: 'x', mode: 0o755 } }, errors: [{ messageId: 'underTmpfs' }] },
    { name: 'PATH only through a tmpfs', config: { process: { args: ['app'], env: ['PATH=/tmp'] }, mounts: [proc, tmpfs('/tmp')] }, files: { 'tmp/app': { file: 'x', mode: 0o755 } }, errors: [{ messageId: 'missing' }] },
    { name: 'no PATH and nowhere to be found', config: { process: { args: ['nope'], env: [] } }, errors: [{ messageId: 'missing' }] },
  ],
});
