import rule from '../../src/rules/root-path-conventional.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'rootfs', config: { root: { path: 'rootfs' } } },
    { name: './rootfs/', config: { root: { path: './rootfs/' } } },
    { name: 'absolute engine storage path', config: { root: { path: '/var/lib/docker/overlay2/abc/merged' } }, rootfs: null },
  ],
  invalid: [
    {
      name: 'another name',
      raw: '{\n  "ociVersion": "1.3.0",\n  "process": {"cwd": "/", "args": ["/bin/sh"]},\n  "root": {"path": "root"}\n}\n',
      errors: [{ messageId: 'unconventional', pointer: '/root/path', line: 4, column: 20, severity: 'info' }],
    },
    { name: 'the bundle directory itself', config: { root: { path: '.' } }, errors: [{ messageId: 'bundleDir', pointer: '/root/path', severity: 'info' }] },
    { name: 'the bundle directory, as "./"', config: { root: { path: './' } }, errors: [{ messageId: 'bundleDir' }] },
  ],
});
