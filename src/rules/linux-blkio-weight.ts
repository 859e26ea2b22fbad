import { defineRule, specUrl } from './api.js';
import { isInt } from '../model/users.js';
import { fieldOf, type BlockIO, type BlockIOWeightDevice } from '../model/view.js';

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
      noWeight: {
        headline: 'linux.resources.blockIO.weightDevice[{{index}}] has neither weight nor leafWeight',
        detail: 'The spec requires at least one of them in every weightDevice entry; an entry without a weight configures nothing.',
        help: 'Add a weight (or leafWeight) from 10 to 1000 to the entry, or remove the entry.',
      },
      tooHigh: {
        headline: '{{field}} {{value}} is above 1000',
        detail: 'The kernel accepts block IO weights up to 1000 and refuses larger ones.',
        help: 'Use a weight from 10 to 1000.',
      },
      tooLow: {
        headline: '{{field}} {{value}} is below 10',
        detail: 'The CFQ I/O scheduler refuses a weight below 10; only BFQ accepts 1 to 9.',
        help: 'Use a weight from 10 to 1000, unless every host runs the BFQ scheduler.',
        severity: 'warning',
      },
    },
  },
  reads: ['linux.resources.blockIO'],
  check(ctx) {
    const blockIO = ctx.config.linux?.resources?.blockIO;
    if (!blockIO) return;
    const range = (node: BlockIO | BlockIOWeightDevice, key: 'weight' | 'leafWeight'): void => {
      const v = node[key];
      if (!isInt(v) || v === 0) return;
      if (v > 1000) ctx.report({ messageId: 'tooHigh', node, key, data: { field: fieldOf(node, key), value: v } });
      else if (v < 10) ctx.report({ messageId: 'tooLow', node, key, data: { field: fieldOf(node, key), value: v } });
    };
    range(blockIO, 'weight');
    range(blockIO, 'leafWeight');
    const devices = blockIO.weightDevice ?? [];
    devices.forEach((d, index) => {
      if (!d) return;
      // A weight of the wrong type is config-schema's finding, not a missing one.
      if (!ctx.has(d, 'weight') && !ctx.has(d, 'leafWeight')) ctx.report({ messageId: 'noWeight', node: devices, key: index, data: { index } });
      range(d, 'weight');
      range(d, 'leafWeight');
    });
  },
});
