import rule from '../../src/rules/root-path-exists.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'rootfs directory' },
    { name: 'nested directory', config: { root: { path: 'fs/root' } }, extra: { 'fs/root/bin': 'dir' } },
    { name: 'config only', configOnly: true, rootfs: null },
    { name: 'the bundle directory itself', config: { root: { path: '.' } } },
  ],
  invalid: [
    {
      name: 'missing',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {\n    "path": "rootfs"\n  }\n}\n',
      rootfs: null,
      errors: [{ messageId: 'missing', pointer: '/root/path', line: 4, column: 13, severity: 'error' }],
    },
    { name: 'a file', config: { root: { path: 'file' } }, extra: { file: { file: 'x' } }, errors: [{ messageId: 'notDir' }] },
    { name: 'symlink to a directory: runc refuses', config: { root: { path: 'link' } }, extra: { link: { symlink: 'rootfs' } }, errors: [{ messageId: 'symlink', severity: 'warning' }] },
    { name: 'dangling symlink', config: { root: { path: 'link' } }, extra: { link: { symlink: 'nowhere' } }, errors: [{ messageId: 'symlinkBroken', severity: 'error' }] },
    { name: 'symlink out of the bundle', config: { root: { path: 'link' } }, extra: { link: { symlink: '/' } }, errors: [{ messageId: 'symlinkBroken' }] },
    { name: 'absolute path: not inspected', config: { root: { path: '/var/lib/x/rootfs' } }, errors: [{ messageId: 'outside', severity: 'info' }] },
    { name: 'climbs out of the bundle', config: { root: { path: '../other' } }, errors: [{ messageId: 'outside' }] },
  ],
});
