import rule from '../../src/rules/process-cwd-exists.js';
import { testRule } from '../helpers/rule-tester.js';

const cwd = (c: string) => ({ process: { cwd: c } });

testRule(rule, {
  valid: [
    { name: 'root', config: cwd('/') },
    { name: 'existing dir', config: cwd('/usr/bin') },
    { name: 'symlink to a dir', config: cwd('/work'), files: { work: { symlink: '/usr' } } },
    { name: 'under a mount', config: { process: { cwd: '/data/app' }, mounts: [{ destination: '/proc', type: 'proc', source: 'proc' }, { destination: '/data', type: 'tmpfs', source: 'tmpfs' }] } },
    { name: 'relative cwd is another rule\'s finding', config: cwd('tmp') },
    { name: 'config only', configOnly: true, config: cwd('/bin/sh') },
  ],
  invalid: [
    {
      name: 'a regular file',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"args": ["/bin/sh"],\n    "cwd": "/bin/sh"}\n}\n',
      errors: [{ messageId: 'notDir', pointer: '/process/cwd', line: 5, column: 12, rootfsPath: '/bin/sh', severity: 'error' }],
    },
    { name: 'through a file', config: cwd('/bin/sh/x'), errors: [{ messageId: 'notDir', rootfsPath: '/bin/sh' }] },
    { name: 'symlink to a file', config: cwd('/lnk'), files: { lnk: { symlink: '/usr/bin/app' } }, errors: [{ messageId: 'notDir', rootfsPath: '/usr/bin/app' }] },
    { name: 'dangling symlink', config: cwd('/lnk'), files: { lnk: { symlink: '/nowhere/x' } }, errors: [{ messageId: 'dangling', rootfsPath: '/lnk' }] },
    { name: 'symlink loop', config: cwd('/a'), files: { a: { symlink: 'b' }, b: { symlink: 'a' } }, errors: [{ messageId: 'loop' }] },
    { name: 'missing below a symlinked dir is not dangling', config: cwd('/work/new'), files: { work: { symlink: '/usr' } }, errors: [{ messageId: 'missing', severity: 'info' }] },
    { name: 'missing: created by runtimes', config: cwd('/srv/app'), errors: [{ messageId: 'missing', severity: 'info', rootfsPath: '/srv/app' }] },
  ],
});
