// --host-specific: a namespace `path` must be a namespace file of the namespace's own kind.
import { defineRule, specUrl } from './api.js';
import type { Host } from '../bundle/host.js';
import { namespaces } from '../model/namespaces.js';
import { fieldOf } from '../model/view.js';
import { own as ownKey } from './util/own.js';

/** The names the kernel uses in /proc/<pid>/ns and in nsfs link targets. */
const KERNEL_NAME: Record<string, string> = {
  network: 'net', mount: 'mnt', pid: 'pid', ipc: 'ipc', uts: 'uts', user: 'user', cgroup: 'cgroup', time: 'time',
};

/** The text of the last link in a chain of symlinks (a link to /proc/<pid>/ns/net gives "net:[...]"). */
function finalLink(host: Host, path: string): string | undefined {
  let text: string | undefined;
  for (let hops = 0; hops < 8; hops++) {
    const next = host.readlink(path);
    if (next === undefined) return text;
    text = next;
    if (!next.includes('/')) return text;
    path = next.startsWith('/') ? next : path.replace(/[^/]*$/, '') + next;
  }
  return text;
}

export default defineRule({
  meta: {
    id: 'host-namespace-path',
    description: 'Every namespace path exists on this host and is a namespace file of the right kind.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxNamespaces'), level: 'MUST' },
    platforms: ['linux'],
    hostSpecific: true,
    messages: {
      missing: {
        headline: '{{field}} "{{value}}" does not exist on this host',
        detail: 'Joining the {{type}} namespace will fail.',
        help: 'Point the path at the namespace to join (such as /proc/<pid>/ns/{{expected}}), or leave it out so that the runtime creates a new one.',
      },
      wrongKind: {
        headline: '{{field}} "{{value}}" is a namespace of kind "{{actual}}", not "{{expected}}"',
        detail: 'Type "{{type}}" needs a namespace of kind "{{expected}}": setns will fail.',
        help: 'Point the path at a {{type}} namespace, or correct the type.',
      },
      notNamespace: {
        headline: '{{field}} "{{value}}" is not a namespace file',
        detail: 'It is a {{fileType}} outside nsfs: setns will fail.',
        help: 'Point the path at a namespace file (under /proc/<pid>/ns, or one bind-mounted from there), or leave it out so that the runtime creates a new namespace.',
      },
    },
  },
  reads: ['linux.namespaces'],
  check(ctx) {
    const host = ctx.host;
    if (!host) return;
    for (const ns of namespaces(ctx)) {
      const { path, type, index, node } = ns;
      if (path === undefined) continue;
      const expected = ownKey(KERNEL_NAME, type);
      if (!path.startsWith('/') || expected === undefined || !ctx.valid(node, 'path')) continue;
      const place = { node, key: 'path' } as const;
      const data = { field: fieldOf(node, 'path'), index, value: path, type, expected };
      const r = host.stat(path);
      if (!r.ok) {
        if (r.reason === 'missing' || r.reason === 'not-dir') ctx.report({ messageId: 'missing', ...place, data });
        continue;
      }
      // /proc/<pid>/ns/<name> is a magic link whose text names the kind: "net:[4026531840]".
      const link = /^([a-z_]+):\[\d+\]$/.exec(finalLink(host, path) ?? '');
      if (link) {
        const actual = link[1]!.replace(/_for_children$/, '');
        if (actual !== expected) ctx.report({ messageId: 'wrongKind', ...place, data: { ...data, actual } });
        continue;
      }
      // A bind-mounted namespace (/run/netns/x) is an nsfs file: same device as this process's
      // own namespace files. Its kind cannot be read without an ioctl, so only nsfs is checked.
      const own = host.stat(`/proc/self/ns/${expected}`);
      if (!own.ok) continue;
      if (r.stat.dev !== own.stat.dev) ctx.report({ messageId: 'notNamespace', ...place, data: { ...data, fileType: r.stat.type === 'file' ? 'regular file' : r.stat.type } });
    }
  },
});
