import { defineRule, ptr } from './api.js';
import { mounts } from './util/security.js';

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
      rootfs: 'linux.rootfsPropagation is "{{value}}": mounts made in the container propagate to the host\'s mount table.',
      option: 'mounts[{{index}}].options[{{option}}] is "{{value}}": mounts made under "{{destination}}" in the container propagate to the host.',
    },
  },
  check(ctx) {
    const rp = ctx.string('/linux/rootfsPropagation');
    if (rp === 'shared' || rp === 'rshared') ctx.report({ messageId: 'rootfs', pointer: '/linux/rootfsPropagation', data: { value: rp } });
    for (const m of mounts(ctx)) {
      m.options.forEach((o, option) => {
        if (o === 'shared' || o === 'rshared') ctx.report({ messageId: 'option', pointer: ptr('mounts', m.index, 'options', option), data: { index: m.index, option, value: o, destination: m.destination } });
      });
    }
  },
});
