// --host-specific: a namespace `path` must be a namespace file of the namespace's own kind.
import { defineRule, isObject, ptr, specUrl } from './api.js';
import type { Host } from '../bundle/host.js';
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
    spec: { url: specUrl('config.md', 'configLinuxNamespaces'), level: 'MUST' },
    platforms: ['linux'],
    hostSpecific: true,
    messages: {
      missing: 'linux.namespaces[{{index}}].path "{{value}}" does not exist on this host; joining the {{type}} namespace will fail.',
      wrongKind: 'linux.namespaces[{{index}}].path "{{value}}" is a namespace of kind "{{actual}}", but type "{{type}}" needs kind "{{expected}}"; setns will fail.',
      notNamespace: 'linux.namespaces[{{index}}].path "{{value}}" is not a namespace file (a {{fileType}} outside nsfs); setns will fail.',
    },
  },
  check(ctx) {
    const host = ctx.host;
    if (!host) return;
    (ctx.array('/linux/namespaces') ?? []).forEach((ns, index) => {
      if (!isObject(ns) || typeof ns['path'] !== 'string' || typeof ns['type'] !== 'string') return;
      const path = ns['path'];
      const type = ns['type'];
      const expected = ownKey(KERNEL_NAME, type);
      const pointer = ptr('linux', 'namespaces', index, 'path');
      if (!path.startsWith('/') || expected === undefined || !ctx.isValid(pointer)) return;
      const data = { index, value: path, type, expected };
      const r = host.stat(path);
      if (!r.ok) {
        if (r.reason === 'missing' || r.reason === 'not-dir') ctx.report({ messageId: 'missing', pointer, data });
        return;
      }
      // /proc/<pid>/ns/<name> is a magic link whose text names the kind: "net:[4026531840]".
      const link = /^([a-z_]+):\[\d+\]$/.exec(finalLink(host, path) ?? '');
      if (link) {
        const actual = link[1]!.replace(/_for_children$/, '');
        if (actual !== expected) ctx.report({ messageId: 'wrongKind', pointer, data: { ...data, actual } });
        return;
      }
      // A bind-mounted namespace (/run/netns/x) is an nsfs file: same device as this process's
      // own namespace files. Its kind cannot be read without an ioctl, so only nsfs is checked.
      const own = host.stat(`/proc/self/ns/${expected}`);
      if (!own.ok) return;
      if (r.stat.dev !== own.stat.dev) ctx.report({ messageId: 'notNamespace', pointer, data: { ...data, fileType: r.stat.type === 'file' ? 'regular file' : r.stat.type } });
    });
  },
});
