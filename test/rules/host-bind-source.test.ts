import assert from 'node:assert/strict';
import { it } from 'node:test';
import rule from '../../src/rules/host-bind-source.js';
import { RealHostView } from '../../src/bundle/host.js';
import { fakeHost } from '../helpers/fake-host.js';
import { lintCase, testRule } from '../helpers/rule-tester.js';

const host = fakeHost({ '/srv/data': { type: 'dir' }, '/etc/resolv.conf': { type: 'file' }, '/etc/hostname': { type: 'file' }, '/secret': 'denied' });
const PROC = { destination: '/proc', type: 'proc', source: 'proc' };
const onto = (destination: string, source: string, ...before: Record<string, unknown>[]) => ({ mounts: [PROC, ...before, { destination, type: 'bind', source, options: ['rbind'] }] });
const bind = (source: string, extra: Record<string, unknown> = {}) => ({
  mounts: [{ destination: '/proc', type: 'proc', source: 'proc' }, { destination: '/data', source, options: ['rbind', 'ro'], ...extra }],
});

testRule(rule, {
  valid: [
    { name: 'existing directory', host, config: bind('/srv/data') },
    { name: 'existing file, type bind without options', host, config: { mounts: [{ destination: '/etc/resolv.conf', type: 'bind', source: '/etc/resolv.conf' }] } },
    { name: 'a relative source is taken from the bundle directory (real host)', host: new RealHostView(), config: bind('rootfs') },
    { name: 'no permission to look: cannot tell', host, config: bind('/secret/x') },
    { name: 'a file onto a file', host, config: onto('/etc/passwd', '/etc/hostname') },
    { name: 'a directory onto a directory', host, config: onto('/tmp', '/srv/data') },
    { name: 'a file onto a directory an earlier mount covers', host, config: onto('/tmp', '/etc/hostname', { destination: '/tmp', type: 'tmpfs', source: 'tmpfs' }) },
    { name: 'a directory onto a file an earlier mount hides', host, config: onto('/tmp/x', '/srv/data', { destination: '/tmp', type: 'tmpfs', source: 'tmpfs' }), files: { 'tmp/x': { file: 'x' } } },
    { name: 'a symlink into an earlier mount', host, config: onto('/lnk', '/srv/data', { destination: '/tmp', type: 'tmpfs', source: 'tmpfs' }), files: { 'tmp/f': { file: 'x' }, lnk: { symlink: '/tmp/f' } } },
    { name: 'without a rootfs only the source is judged', host, configOnly: true, config: onto('/bin/sh', '/srv/data') },
    { name: 'not a bind mount', host, config: { mounts: [{ destination: '/tmp', type: 'tmpfs', source: '/nowhere' }] } },
  ],
  invalid: [
    {
      name: 'missing absolute source',
      host,
      raw: '{"ociVersion": "1.3.0", "process": {"args": ["/bin/sh"], "cwd": "/"}, "root": {"path": "rootfs"},\n "mounts": [{"destination": "/data", "source": "/srv/gone", "options": ["bind"]}]}\n',
      errors: [{ messageId: 'missing', pointer: '/mounts/0/source', line: 2, column: 48 }],
    },
    { name: 'a component is a file', host, config: bind('/etc/hostname/x'), errors: [{ messageId: 'notDir', pointer: '/mounts/1/source' }] },
    { name: 'a directory onto a file', host, config: onto('/bin/sh', '/srv/data'), errors: [{ messageId: 'kindMismatch', pointer: '/mounts/1/destination', rootfsPath: '/bin/sh', severity: 'error' }] },
    { name: 'a file onto a directory', host, config: onto('/usr/bin', '/etc/hostname'), errors: [{ messageId: 'kindMismatch', rootfsPath: '/usr/bin' }] },
    { name: 'a directory onto a symlink to a file', host, config: onto('/lnk', '/srv/data'), files: { lnk: { symlink: '/usr/bin/app' } }, errors: [{ messageId: 'kindMismatch', rootfsPath: '/usr/bin/app' }] },
    { name: 'missing relative source', host, config: bind('data'), errors: [{ messageId: 'missing', pointer: '/mounts/1/source' }] },
  ],
});

it('host-bind-source does not run without a host view', async () => {
  const { result } = await lintCase(rule, { config: bind('/definitely/not/here') });
  assert.deepEqual(result.diagnostics.filter((d) => d.ruleId === rule.meta.id), []);
});
