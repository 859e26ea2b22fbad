// --host-specific: every linux.sysctl key must name a sysctl this host's kernel has. runc and crun
// write each value to /proc/sys/<key with dots as slashes> inside the container and fail at
// create when there is no such file: runc 1.1.5 "open /proc/sys/net/ipv4/nosuchkey: no such file
// or directory", crun 1.8.1 the same (runtime oracle). A key the host lacks is missing in every
// container on it; a key the host has may still be missing in a new network namespace (some net.*
// sysctls exist only in the host's), which linux-sysctl-namespace knows about, not this rule.
import { defineRule, specUrl } from './api.js';
import { absent } from './util/host.js';

export default defineRule({
  meta: {
    id: 'host-sysctl',
    description: 'Every linux.sysctl key names a sysctl that exists on this host.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxSysctl'), level: 'MAY' },
    platforms: ['linux'],
    hostSpecific: true,
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    messages: {
      missing: {
        headline: 'linux.sysctl "{{key}}" is not a sysctl of this host',
        detail: '{{path}} does not exist. runc 1.1.5 and crun 1.8.1 write the value there and fail at create.',
        help: 'Correct the key, or remove it for this host.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      notFile: {
        headline: 'linux.sysctl "{{key}}" names a group of sysctls, not one sysctl',
        detail: '{{path}} is a directory. runc 1.1.5 and crun 1.8.1 fail at create.',
        help: 'Name one sysctl of the group.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
    },
  },
  reads: ['linux.sysctl'],
  check(ctx) {
    const host = ctx.host;
    const sysctl = ctx.config.linux?.sysctl;
    if (!host || !sysctl) return;
    for (const key of Object.keys(sysctl)) {
      // Only plain names: nothing that could lead the lookup out of /proc/sys.
      const parts = key.replace(/\./g, '/').split('/');
      if (parts.some((p) => p === '' || p === '..') || !ctx.valid(sysctl, key)) continue;
      const path = `/proc/sys/${parts.join('/')}`;
      const r = host.stat(path);
      if (r.ok && r.stat.type === 'dir') ctx.report({ messageId: 'notFile', node: sysctl, key, target: 'key', data: { key, path } });
      else if (absent(r)) ctx.report({ messageId: 'missing', node: sysctl, key, target: 'key', data: { key, path } });
    }
  },
});
