import { defineRule, specUrl } from './api.js';

// config-linux.md "Huge page limits": each entry names a page size ("2MB", "1GB") whose
// hugetlb.<size>.limit_in_bytes file the runtime writes. Sizes are powers of two; a size the kernel
// does not have fails at create (no such file). Two entries for one size: the later wins. The kernel
// names the files in upper case ("hugetlb.64KB.limit_in_bytes"), so "64kB" names none, whatever
// release the config declares (1.0.0's schema has no pattern for pageSize): runc and crun write
// "hugetlb." + pageSize + ".limit_in_bytes" (or ".max") and fail at create.
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
      notPowerOfTwo: {
        headline: 'linux.resources.hugepageLimits[{{index}}].pageSize "{{value}}" is not a power of two',
        detail: 'No kernel has huge pages of such a size: the runtime finds no hugetlb.<size>.limit_in_bytes file to write, and create fails.',
        help: 'Use a page size the target hosts have (listed under /sys/kernel/mm/hugepages/), commonly 2MB or 1GB.',
        severity: 'error',
      },
      unitCase: {
        headline: 'linux.resources.hugepageLimits[{{index}}].pageSize "{{value}}" has a lower-case unit',
        detail: 'The runtime writes hugetlb.{{value}}.limit_in_bytes (hugetlb.{{value}}.max on cgroup v2), and the kernel names these files in upper case (hugetlb.{{fixed}}.*): no such file, and create fails.',
        help: 'Write "{{fixed}}".',
        severity: 'error',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      duplicate: {
        headline: 'linux.resources.hugepageLimits[{{index}}].pageSize "{{value}}" repeats entry {{first}}',
        detail: 'Both entries name the same page size; the later limit replaces the earlier one.',
        help: 'Keep one entry per page size.',
      },
    },
  },
  reads: ['linux.resources.hugepageLimits'],
  check(ctx) {
    const seen = new Map<string, number>();
    (ctx.config.linux?.resources?.hugepageLimits ?? []).forEach((h, index) => {
      const value = h?.pageSize;
      if (h === undefined || value === undefined) return;
      const m = /^([1-9][0-9]*)([KMG]B)$/.exec(value);
      if (!m) {
        // Otherwise the pattern is the schema's business; 1.0.0's schema has none.
        const lower = /^([1-9][0-9]*)([kmgKMG][bB])$/.exec(value);
        if (lower && ctx.valid(h, 'pageSize')) ctx.report({ messageId: 'unitCase', node: h, key: 'pageSize', data: { index, value, fixed: lower[1]! + lower[2]!.toUpperCase() } });
        return;
      }
      const n = Number(m[1]);
      if ((n & (n - 1)) !== 0) ctx.report({ messageId: 'notPowerOfTwo', node: h, key: 'pageSize', data: { index, value } });
      const bytes = BigInt(n) << BigInt(UNIT[m[2]!] ?? 0);
      const key = bytes.toString();
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else ctx.report({ messageId: 'duplicate', node: h, key: 'pageSize', data: { index, value, first } });
    });
  },
});
