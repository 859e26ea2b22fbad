import { defineRule } from './api.js';
import { mounts } from '../model/mounts.js';

// With shared propagation, mounts made inside the container appear on the host (and the other
// way round): a container with mount privileges can then mount over host paths.
export default defineRule({
  meta: {
    id: 'shared-mount-propagation',
    description: 'Mount propagation should not be shared between the container and the host.',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'medium',
    platforms: ['linux'],
    messages: {
      rootfs: {
        headline: 'linux.rootfsPropagation is "{{value}}"',
        detail: 'Mounts made in the container propagate to the host\'s mount table (and the other way round): a container with mount privileges can mount over host paths.',
        help: 'Set linux.rootfsPropagation to "rprivate" or "rslave".',
      },
      option: {
        headline: 'mounts[{{index}}].options[{{option}}] is "{{value}}"',
        detail: 'Mounts made under "{{destination}}" in the container propagate to the host (and the other way round): a container with mount privileges can mount over host paths.',
        help: 'Use "rprivate" or "rslave" instead.',
      },
    },
  },
  reads: ['linux.rootfsPropagation', 'mounts'],
  check(ctx) {
    const linux = ctx.config.linux;
    const rp = linux?.rootfsPropagation;
    if (rp === 'shared' || rp === 'rshared') ctx.report({ messageId: 'rootfs', node: linux!, key: 'rootfsPropagation', data: { value: rp } });
    for (const m of mounts(ctx)) {
      if (m.destination === undefined) continue;
      for (const o of m.options) {
        if (o.value === 'shared' || o.value === 'rshared') ctx.report({ messageId: 'option', node: m.node.options!, key: o.index, data: { index: m.index, option: o.index, value: o.value, destination: m.destination } });
      }
    }
  },
});
