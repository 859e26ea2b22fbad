
import rule from '../../src/rules/host-namespace-path.js';
import { RealHostView } from '../../src/bundle/host.js';
import { fakeHost } from '../helpers/fake-host.js';
import { testRule } from '../helpers/rule-tester.js';

const host = fakeHost({
  '/proc/self/ns/net': { type: 'ns', kind: 'net', ino: 4026531840 },
  '/proc/self/ns/ipc': { type: 'ns', kind: 'ipc', ino: 4026531839 },
  '/proc/42/ns/net': { type: 'ns', kind: 'net', ino: 4026532000 },
  '/proc/42/ns/pid_for_children': { type: 'ns', kind: 'pid_for_children', ino: 4026532001 },
  '/run/netns/good': { type: 'file', dev: 4, ino: 4026532002 }, // bind-mounted nsfs file
  '/run/netns/stale': { type: 'file', dev: 30, ino: 77 }, // the mount point left after the namespace died
  '/run/netns/link': { type: 'symlink', target: '/proc/42/ns/net' },
  '/proc/99': 'denied',
});
const ns = (entry: Record<string, unknown>) => ({ linux: { namespaces: [{ type: 'pid' }, { type: 'mount' }, entry] } });

testRule(rule, {
  valid: [
    { name: 'netns of a process', host, config: ns({ type: 'network', path: '/proc/42/ns/net' }) },
    { name: 'pid_for_children counts as pid', host, config: ns({ type: 'pid', path: '/proc/42/ns/pid_for_children' }) },
    { name: 'bind-mounted nsfs file', host, config: ns({ type: 'network', path: '/run/netns/good' }) },
    { name: 'no permission to look', host, config: ns({ type: 'network', path: '/proc/99/ns/net' }) },
    { name: 'no path: a new namespace', host, config: ns({ type: 'network' }) },
    { name: 'real host: own network namespace', host: new RealHostView(), config: ns({ type: 'network', path: '/proc/self/ns/net' }) },
  ],
  invalid: [
    {
      name: 'missing path',
      host,
      raw: '{"ociVersion": "1.3.0", "process": {"args": ["/bin/sh"], "cwd": "/"}, "root": {"path": "rootfs"},\n "linux": {"namespaces": [{"type": "network", "path": "/run/netns/gone"}]}}\n',
      errors: [{ messageId: 'missing', pointer: '/linux/namespaces/0/path', line: 2, column: 55 }],
    },
    { name: 'wrong kind', host, config: ns({ type: 'ipc', path: '/proc/42/ns/net' }), errors: [{ messageId: 'wrongKind', pointer: '/linux/namespaces/2/path' }] },
    { name: 'wrong kind through a symlink', host, config: ns({ type: 'uts', path: '/run/netns/link' }), errors: [{ messageId: 'wrongKind' }] },
    { name: 'stale mount point, not nsfs', host, config: ns({ type: 'network', path: '/run/netns/stale' }), errors: [{ messageId: 'notNamespace' }] },
    { name: 'real host: ipc with a network namespace file', host: new RealHostView(), config: ns({ type: 'ipc', path: '/proc/self/ns/net' }), errors: [{ messageId: 'wrongKind' }] },
    { name: 'real host: not a namespace file', host: new RealHostView(), config: ns({ type: 'network', path: '/proc/self/status' }), errors: [{ messageId: 'notNamespace' }] },
  ],
});
