import { defineRule } from './api.js';
import { isReadOnly, mounts } from '../model/mounts.js';
import { cleanPath } from '../model/paths.js';

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
      writable: {
        headline: 'mounts[{{index}}] mounts {{type}} at "{{destination}}" without "ro"',
        detail: 'The container can change its own limits and, on cgroup v1, run host commands through release_agent.',
        help: 'Add "ro" to the mount\'s options.',
      },
    },
  },
  reads: ['mounts'],
  check(ctx) {
    for (const m of mounts(ctx)) {
      if (m.destination === undefined || (m.type !== 'cgroup' && m.type !== 'cgroup2') || isReadOnly(m)) continue;
      const data = { index: m.index, type: m.type, destination: cleanPath(m.destination) };
      // At the options when there are some (strings among them), else at the mount.
      if (m.options.length) ctx.report({ messageId: 'writable', node: m.node, key: 'options', data });
      else ctx.report({ messageId: 'writable', node: m.node, data });
    }
  },
});
