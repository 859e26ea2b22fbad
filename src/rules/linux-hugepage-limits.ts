import { defineRule, isObject, ptr, specUrl } from './api.js';

// config-linux.md "Huge page limits": each entry names a page size ("2MB", "1GB") whose
// hugetlb.<size>.limit_in_bytes file the runtime writes. Sizes are powers of two; a size the kernel
// does not have fails at create (no such file). Two entries for one size: the later wins.
const UNIT: Record<string, number> = { KB: 10, MB: 20, GB: 30 };

export default defineRule({
  meta: {
    id: 'linux-hugepage-limits',
    description: 'Huge page limits must name each power-of-two page size once.',
    category: 'runtime',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config-linux.md', 'configLinuxHugePageLimits'), level: 'MAY' },
    platforms: ['linux'],
    messages: {
      notPowerOfTwo: 'linux.resources.hugepageLimits[{{index}}].pageSize "{{value}}" is not a power-of-two size, so no kernel has such huge pages.',
      duplicate: 'linux.resources.hugepageLimits[{{index}}].pageSize "{{value}}" repeats entry {{first}}; the later limit replaces the earlier one.',
    },
  },
  check(ctx) {
    const seen = new Map<string, number>();
    (ctx.array('/linux/resources/hugepageLimits') ?? []).forEach((h, index) => {
      if (!isObject(h) || typeof h['pageSize'] !== 'string') return;
      const value = h['pageSize'];
      const pointer = ptr('linux', 'resources', 'hugepageLimits', index, 'pageSize');
      const m = /^([1-9][0-9]*)([KMG]B)$/.exec(value);
      if (!m) return; // the pattern is the schema's business
      const n = Number(m[1]);
      if ((n & (n - 1)) !== 0) ctx.report({ messageId: 'notPowerOfTwo', pointer, severity: 'error', data: { index, value } });
      const bytes = BigInt(n) << BigInt(UNIT[m[2]!] ?? 0);
      const key = bytes.toString();
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else ctx.report({ messageId: 'duplicate', pointer, data: { index, value, first } });
    });
  },
});
