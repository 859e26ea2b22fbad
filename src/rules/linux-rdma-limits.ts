import { defineRule, specUrl } from './api.js';

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
      empty: {
        headline: 'linux.resources.rdma["{{device}}"] sets neither hcaHandles nor hcaObjects',
        detail: 'The spec requires at least one of them; an entry without either limits nothing.',
        help: 'Set hcaHandles, hcaObjects or both for the device, or remove the entry.',
      },
      name: {
        headline: 'linux.resources.rdma key "{{device}}" is empty or contains white space',
        detail: 'The key is a device name, written into the cgroup\'s rdma.max file, where white space would split it.',
        help: 'Use the RDMA device\'s name as the key.',
      },
    },
  },
  reads: ['linux.resources.rdma'],
  check(ctx) {
    const rdma = ctx.config.linux?.resources?.rdma;
    if (!rdma) return;
    for (const [device, limits] of Object.entries(rdma)) {
      if (device === '' || /\s/.test(device)) ctx.report({ messageId: 'name', node: rdma, key: device, target: 'key', data: { device } });
      // A limit of the wrong type is config-schema's finding, not a missing one.
      if (limits !== undefined && !ctx.has(limits, 'hcaHandles') && !ctx.has(limits, 'hcaObjects')) {
        ctx.report({ messageId: 'empty', node: rdma, key: device, target: 'key', data: { device } });
      }
    }
  },
});
