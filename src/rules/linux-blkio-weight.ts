import { defineRule, isObject, ptr, specUrl } from './api.js';
import { isInt } from './util/linux.js';

// config-linux.md "Block IO": every weightDevice entry MUST set weight or leafWeight (runtime-tools
// checks this too). Weights are written to blkio.weight / blkio.weight_device (v1) or converted to
// io.weight (v2). All kernels refuse a weight above 1000; the CFQ scheduler also refuses one below
// 10 while BFQ accepts 1..9, so that is a warning. 0 means "not set" to runc and crun.
export default defineRule({
  meta: {
    id: 'linux-blkio-weight',
    description: 'Block IO weights must be in 10..1000 and each weightDevice entry must set weight or leafWeight.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxBlockIO'), level: 'MUST' },
    platforms: ['linux'],
    messages: {
      noWeight: 'linux.resources.blockIO.weightDevice[{{index}}] sets neither weight nor leafWeight; at least one is required.',
      tooHigh: '{{field}} {{value}} is above 1000, the largest block IO weight the kernel accepts.',
      tooLow: '{{field}} {{value}} is below 10: the CFQ scheduler refuses it (only BFQ accepts 1 to 9).',
    },
  },
  check(ctx) {
    const base = ['linux', 'resources', 'blockIO'] as const;
    const range = (segments: (string | number)[], field: string): void => {
      const v = ctx.get(ptr(...segments));
      if (!isInt(v) || v === 0) return;
      if (v > 1000) ctx.report({ messageId: 'tooHigh', pointer: ptr(...segments), data: { field, value: v } });
      else if (v < 10) ctx.report({ messageId: 'tooLow', pointer: ptr(...segments), severity: 'warning', data: { field, value: v } });
    };
    range([...base, 'weight'], 'linux.resources.blockIO.weight');
    range([...base, 'leafWeight'], 'linux.resources.blockIO.leafWeight');
    (ctx.array(ptr(...base, 'weightDevice')) ?? []).forEach((d, index) => {
      if (!isObject(d)) return;
      if (d['weight'] === undefined && d['leafWeight'] === undefined) {
        ctx.report({ messageId: 'noWeight', pointer: ptr(...base, 'weightDevice', index), data: { index } });
      }
      range([...base, 'weightDevice', index, 'weight'], `linux.resources.blockIO.weightDevice[${index}].weight`);
      range([...base, 'weightDevice', index, 'leafWeight'], `linux.resources.blockIO.weightDevice[${index}].leafWeight`);
    });
  },
});
