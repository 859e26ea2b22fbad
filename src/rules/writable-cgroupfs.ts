import { defineRule } from './api.js';
import { isReadOnly, mounts } from './util/security.js';
import { cleanPosix } from './util/mounts.js';

// A writable cgroup filesystem lets the container move itself out of its limits, and on cgroup v1
// it is the classic release_agent escape: write a host command into release_agent and trigger it.
export default defineRule({
  meta: {
    id: 'writable-cgroupfs',
    description: 'cgroup filesystems mounted in the container should be read-only ("ro").',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'high',
    platforms: ['linux'],
    messages: {
      writable: 'mounts[{{index}}] mounts {{type}} at "{{destination}}" without "ro": the container can change its own limits and, on cgroup v1, run host commands through release_agent.',
    },
  },
  check(ctx) {
    for (const m of mounts(ctx)) {
      if ((m.type !== 'cgroup' && m.type !== 'cgroup2') || isReadOnly(m)) continue;
      ctx.report({ messageId: 'writable', pointer: m.options.length ? `${m.pointer}/options` : m.pointer, data: { index: m.index, type: m.type, destination: cleanPosix(m.destination) } });
    }
  },
});
