import { defineRule } from './api.js';
import { isReadOnly, mounts } from '../model/mounts.js';
import { cleanPath } from '../model/paths.js';
import { confinedByUserns } from '../model/namespaces.js';

// A writable cgroup filesystem lets the container move itself out of its limits, and on cgroup v1
// it is the classic release_agent escape: write a host command into release_agent and trigger it.
// In a user namespace that leaves out the host's root, the cgroup files belong to host ids the
// container does not have, and a writable cgroupfs is how systemd in a system container manages its
// own (delegated) subtree: info there.
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
        cases: { userns: { severity: 'info', when: 'when the container has its own user namespace whose uid mappings leave out the host\'s root' } },
      },
    },
  },
  reads: ['mounts'],
  check(ctx) {
    const confined = confinedByUserns(ctx) ? ({ case: 'userns' } as const) : {};
    for (const m of mounts(ctx)) {
      if (m.destination === undefined || (m.type !== 'cgroup' && m.type !== 'cgroup2') || isReadOnly(m)) continue;
      const data = { index: m.index, type: m.type, destination: cleanPath(m.destination) };
      const at = { ...confined, data };
      // At the options when there are some (strings among them), else at the mount.
      if (m.options.length) ctx.report({ messageId: 'writable', node: m.node, key: 'options', ...at });
      else ctx.report({ messageId: 'writable', node: m.node, ...at });
    }
  },
});
