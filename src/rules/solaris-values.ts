import { defineRule, specUrl, type KeyOf } from './api.js';
import { fieldOf } from '../model/view.js';

// config-solaris.md: the Solaris fields are strings handed to zonecfg(1M), each with a described
// format: memory sizes are a number with an optional K/M/G/T scale (maxShmMemory, cappedMemory),
// cappedCPU.ncpus is a decimal number of CPUs (".75", "1.25", "8"), and anet[].configureAllowedAddress
// is "true" or "false". zonecfg rejects other spellings when the container is configured.
const SIZE = /^\d+(\.\d+)?[kKmMgGtT]?$/;
const NCPUS = /^(\d+(\.\d*)?|\.\d+)$/;
const ZONECFG = 'The Solaris fields are strings handed to zonecfg, which rejects other spellings when the container is configured.';

export default defineRule({
  meta: {
    id: 'solaris-values',
    description: 'Solaris size, CPU-cap and boolean strings should use the formats zonecfg accepts.',
    category: 'spec',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config-solaris.md', 'configSolarisCappedMemory'), level: 'SHOULD' },
    platforms: ['solaris'],
    messages: {
      size: {
        headline: '{{field}} "{{value}}" is not a size',
        detail: ZONECFG,
        help: 'Write a number with an optional K, M, G or T scale, such as "512m".',
      },
      ncpus: {
        headline: 'solaris.cappedCPU.ncpus "{{value}}" is not a number of CPUs',
        detail: ZONECFG,
        help: 'Write a decimal number of CPUs, such as "1.25" or ".75".',
      },
      bool: {
        headline: 'solaris.anet[{{index}}].configureAllowedAddress "{{value}}" is not "true"/"false"',
        detail: ZONECFG,
        help: 'Write "true" or "false".',
      },
    },
  },
  reads: ['solaris'],
  check(ctx) {
    const solaris = ctx.config.solaris;
    if (!solaris) return;
    const size = <N extends object>(node: N, key: KeyOf<N>, value: string | undefined): void => {
      if (value !== undefined && !SIZE.test(value)) ctx.report({ messageId: 'size', node, key, data: { field: fieldOf(node, key), value } });
    };
    size(solaris, 'maxShmMemory', solaris.maxShmMemory);
    const memory = solaris.cappedMemory;
    if (memory) {
      size(memory, 'physical', memory.physical);
      size(memory, 'swap', memory.swap);
    }
    const cpu = solaris.cappedCPU;
    const ncpus = cpu?.ncpus;
    if (cpu && ncpus !== undefined && (!NCPUS.test(ncpus) || Number(ncpus) <= 0)) ctx.report({ messageId: 'ncpus', node: cpu, key: 'ncpus', data: { value: ncpus } });
    solaris.anet?.forEach((a, index) => {
      const v = a?.configureAllowedAddress;
      if (a && v !== undefined && v !== 'true' && v !== 'false') {
        ctx.report({ messageId: 'bool', node: a, key: 'configureAllowedAddress', data: { index, value: v } });
      }
    });
  },
});
