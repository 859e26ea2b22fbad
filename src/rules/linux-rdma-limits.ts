import { defineRule, isObject, ptr, specUrl } from './api.js';

// config-linux.md "RDMA" (v1.0.2): each device entry MUST set hcaHandles, hcaObjects or both; an
// empty entry limits nothing. The key is a device name written into rdma.max, so it cannot contain
// white space.
export default defineRule({
  meta: {
    id: 'linux-rdma-limits',
    description: 'Each linux.resources.rdma entry must set hcaHandles or hcaObjects.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxRDMA'), level: 'MUST' },
    versions: '>=1.0.2',
    platforms: ['linux'],
    messages: {
      empty: 'linux.resources.rdma["{{device}}"] sets neither hcaHandles nor hcaObjects; at least one is required.',
      name: 'linux.resources.rdma key "{{device}}" is not a device name: it is empty or contains white space.',
    },
  },
  check(ctx) {
    const rdma = ctx.object('/linux/resources/rdma');
    if (!rdma) return;
    for (const [device, limits] of Object.entries(rdma)) {
      const pointer = ptr('linux', 'resources', 'rdma', device);
      if (device === '' || /\s/.test(device)) ctx.report({ messageId: 'name', pointer, target: 'key', data: { device } });
      if (isObject(limits) && limits['hcaHandles'] === undefined && limits['hcaObjects'] === undefined) {
        ctx.report({ messageId: 'empty', pointer, target: 'key', data: { device } });
      }
    }
  },
});
