import { defineRule } from './api.js';
import { hasOption, isBind, mounts } from '../model/mounts.js';
import { cleanPath } from '../model/paths.js';

// Docker mounts /proc with nosuid, noexec and nodev; nothing in /proc needs to be executed, to
// carry setuid bits or to be a device node. A host /proc bound in is a different matter: it is
// the host's process table (reported by sensitive-host-mount too).
export default defineRule({
  meta: {
    id: 'proc-mount-options',
    description: 'The /proc mount should carry nosuid, noexec and nodev, and be a fresh proc filesystem rather than a bind of the host\'s.',
    category: 'security',
    defaultSeverity: 'info',
    securitySeverity: 'low',
    platforms: ['linux'],
    messages: {
      options: {
        headline: 'mounts[{{index}}] mounts proc at "/proc" without {{missing}}',
        detail: 'Nothing in /proc needs to be executed, to carry setuid bits or to be a device node; Docker mounts it with nosuid, noexec and nodev.',
        help: 'Add {{missing}} to the mount\'s options.',
      },
      hostProc: {
        headline: 'mounts[{{index}}] binds the host\'s "{{source}}" at "/proc"',
        detail: 'The container sees the host\'s processes instead of its own.',
        help: 'Mount a fresh proc filesystem there: {"destination": "/proc", "type": "proc", "source": "proc"}.',
      },
    },
  },
  reads: ['mounts'],
  check(ctx) {
    for (const m of mounts(ctx)) {
      if (m.destination === undefined || cleanPath(m.destination) !== '/proc') continue;
      if (isBind(m)) {
        if (m.source !== undefined && cleanPath(m.source) === '/proc') ctx.report({ messageId: 'hostProc', node: m.node, key: 'source', data: { index: m.index, source: m.source } });
        continue;
      }
      if (m.type !== 'proc') continue;
      const missing = ['nosuid', 'noexec', 'nodev'].filter((o) => !hasOption(m, o));
      if (missing.length === 0) continue;
      const data = { index: m.index, missing: missing.map((o) => `"${o}"`).join(', ') };
      // At the options when there are some (strings among them), else at the mount.
      if (m.options.length) ctx.report({ messageId: 'options', node: m.node, key: 'options', data });
      else ctx.report({ messageId: 'options', node: m.node, data });
    }
  },
});
