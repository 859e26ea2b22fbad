import { defineRule, isObject, ptr, specUrl } from './api.js';

// config-solaris.md: the Solaris fields are strings handed to zonecfg(1M), each with a described
// format: memory sizes are a number with an optional K/M/G/T scale (maxShmMemory, cappedMemory),
// cappedCPU.ncpus is a decimal number of CPUs (".75", "1.25", "8"), and anet[].configureAllowedAddress
// is "true" or "false". zonecfg rejects other spellings when the container is configured.
const SIZE = /^\d+(\.\d+)?[kKmMgGtT]?$/;
const NCPUS = /^(\d+(\.\d*)?|\.\d+)$/;

export default defineRule({
  meta: {
    id: 'solaris-values',
    description: 'Solaris size, CPU-cap and boolean strings should use the formats zonecfg accepts.',
    category: 'spec',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config-solaris.md', 'configSolarisCappedMemory'), level: 'SHOULD' },
    platforms: ['solaris'],
    messages: {
      size: '{{field}} "{{value}}" is not a size; write a number with an optional K, M, G or T scale, such as "512m".',
      ncpus: 'solaris.cappedCPU.ncpus "{{value}}" is not a number of CPUs; write a decimal such as "1.25" or ".75".',
      bool: 'solaris.anet[{{index}}].configureAllowedAddress "{{value}}" should be "true" or "false".',
    },
  },
  check(ctx) {
    const sizes: [string, string][] = [
      ['/solaris/maxShmMemory', 'solaris.maxShmMemory'],
      ['/solaris/cappedMemory/physical', 'solaris.cappedMemory.physical'],
      ['/solaris/cappedMemory/swap', 'solaris.cappedMemory.swap'],
    ];
    for (const [pointer, field] of sizes) {
      const value = ctx.string(pointer);
      if (value !== undefined && !SIZE.test(value)) ctx.report({ messageId: 'size', pointer, data: { field, value } });
    }
    const ncpus = ctx.string('/solaris/cappedCPU/ncpus');
    if (ncpus !== undefined && (!NCPUS.test(ncpus) || Number(ncpus) <= 0)) ctx.report({ messageId: 'ncpus', pointer: '/solaris/cappedCPU/ncpus', data: { value: ncpus } });
    (ctx.array('/solaris/anet') ?? []).forEach((a, index) => {
      if (!isObject(a)) return;
      const v = a['configureAllowedAddress'];
      if (typeof v === 'string' && v !== 'true' && v !== 'false') {
        ctx.report({ messageId: 'bool', pointer: ptr('solaris', 'anet', index, 'configureAllowedAddress'), data: { index, value: v } });
      }
    });
  },
});
