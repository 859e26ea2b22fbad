import { defineRule } from './api.js';
import { isBind, mounts } from './util/security.js';
import { cleanPosix } from './util/mounts.js';

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
      options: 'mounts[{{index}}] mounts proc at "/proc" without {{missing}}.',
      hostProc: 'mounts[{{index}}] binds the host\'s "{{source}}" at "/proc": the container sees the host\'s processes instead of its own.',
    },
  },
  check(ctx) {
    for (const m of mounts(ctx)) {
      if (cleanPosix(m.destination) !== '/proc') continue;
      if (isBind(m)) {
        if (m.source !== undefined && cleanPosix(m.source) === '/proc') ctx.report({ messageId: 'hostProc', pointer: `${m.pointer}/source`, data: { index: m.index, source: m.source } });
        continue;
      }
      if (m.type !== 'proc') continue;
      const missing = ['nosuid', 'noexec', 'nodev'].filter((o) => !m.options.includes(o));
      if (missing.length) ctx.report({ messageId: 'options', pointer: m.options.length ? `${m.pointer}/options` : m.pointer, data: { index: m.index, missing: missing.map((o) => `"${o}"`).join(', ') } });
    }
  },
});
