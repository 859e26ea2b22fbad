// --host-specific: the source of a bind mount must exist on the machine that runs the bundle.
import { defineRule, specUrl } from './api.js';
import { isBind, mountEntries } from './util/mounts.js';
import { hostPath } from './util/host.js';

export default defineRule({
  meta: {
    id: 'host-bind-source',
    description: 'The source of every bind mount exists on this host.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configMounts'), level: 'MUST' },
    platforms: ['linux'],
    hostSpecific: true,
    messages: {
      missing: 'mounts[{{index}}].source "{{value}}" does not exist on this host{{where}}; the bind mount will fail.',
      notDir: 'mounts[{{index}}].source "{{value}}" cannot exist on this host: a component of its path{{where}} is not a directory.',
    },
  },
  check(ctx) {
    const host = ctx.host;
    if (!host) return;
    for (const m of mountEntries(ctx.array('/mounts'))) {
      if (!(isBind(m) || m.type === 'bind') || m.source === undefined || m.source === '') continue;
      const pointer = `${m.pointer}/source`;
      if (!ctx.isValid(pointer)) continue;
      const abs = hostPath(host, m.source);
      if (abs === undefined) continue; // a relative source in an archive or on stdin: no bundle directory here
      const r = host.stat(abs);
      // 'denied' and others: this user cannot tell; the runtime (often root) may well see it.
      if (r.ok || (r.reason !== 'missing' && r.reason !== 'not-dir')) continue;
      ctx.report({ messageId: r.reason === 'missing' ? 'missing' : 'notDir', pointer, data: { index: m.index, value: m.source, where: abs === m.source ? '' : ` (${abs})` } });
    }
  },
});
