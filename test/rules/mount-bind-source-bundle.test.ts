import rule from '../../src/rules/mount-bind-source-bundle.js';
import { testRule } from '../helpers/rule-tester.js';
import { fakeHost } from '../helpers/fake-host.js';

const bind = (source: string) => ({ mounts: [{ destination: '/mnt', type: 'bind', source, options: ['rbind', 'ro'] }] });

testRule(rule, {
  valid: [
    { name: 'a directory in the bundle', config: bind('data'), extra: { 'data/x': { file: 'x' } } },
    { name: 'a file in the bundle', config: bind('conf/app.ini'), extra: { 'conf/app.ini': { file: 'x' } } },
    { name: 'written with ./ and a final slash', config: bind('./data/'), extra: { data: 'dir' } },
    { name: 'an absolute source is the host\'s', config: bind('/srv/nowhere') },
    { name: 'a mount that does not bind', config: { mounts: [{ destination: '/mnt', type: 'tmpfs', source: 'nodata' }] } },
    // Where a symlink or ".." leads is the host's business: host-bind-source, with --host-specific.
    { name: 'through a symlink', config: bind('link/x'), extra: { link: { symlink: '/nowhere' } } },
    { name: 'out of the bundle', config: bind('../elsewhere') },
    { name: 'with --config-only nothing is read', config: bind('nodata'), configOnly: true, rootfs: null },
    // With --host-specific, host-bind-source judges every bind source, this one too.
    { name: 'with --host-specific', config: bind('nodata'), host: fakeHost({}) },
  ],
  invalid: [
    {
      name: 'missing',
      raw: '{\n  "ociVersion": "1.0.2",\n  "process": {"cwd": "/", "args": ["/bin/sh"]},\n  "root": {"path": "rootfs"},\n  "mounts": [{"destination": "/mnt", "type": "bind", "source": "nodata", "options": ["rbind"]}]\n}\n',
      errors: [{ messageId: 'missing', severity: 'error', pointer: '/mounts/0/source', line: 5, column: 64 }],
    },
    { name: 'a missing parent', config: bind('data/sub/x'), extra: { data: 'dir' }, errors: [{ messageId: 'missing' }] },
    { name: 'a parent that is a file', config: bind('conf/app.ini/x'), extra: { 'conf/app.ini': { file: 'x' } }, errors: [{ messageId: 'notDir' }] },
  ],
});
