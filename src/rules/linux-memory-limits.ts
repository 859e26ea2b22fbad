import { defineRule, ptr, specUrl } from './api.js';

// config-linux.md "Memory": swap is the memory+swap limit, so it cannot be below limit. The kernel
// refuses memory.memsw.limit_in_bytes below memory.limit_in_bytes (runc and crun fail at create with
// "Invalid argument"); on cgroup v2 runc converts the pair and refuses the same combination.
// -1 means unlimited on either side. A swap limit without a memory limit is refused the same way
// (the memory limit is then unlimited), checked with both runtimes. A reservation (soft limit) above the hard limit is accepted by
// both runtimes but can never take effect. swappiness: runc 1.1.5 refuses anything above 100
// ("invalid memory swappiness value"); crun 1.8.1 writes it, and the kernel (since 5.8) takes up to
// 200 and refuses more with EINVAL (runtime oracle, cgroup v1).
export default defineRule({
  meta: {
    id: 'linux-memory-limits',
    description: 'memory.swap must not be below memory.limit, memory.reservation should not exceed it, and swappiness must be in range.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxMemory'), level: 'MAY' },
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    runtimes: {
      swappiness: { runc: 'refuses', crun: 'accepts' },
      swappinessKernel: { runc: 'refuses', crun: 'refuses' },
    },
    messages: {
      swappiness: 'linux.resources.memory.swappiness {{value}} is above 100: runc refuses it; crun and kernels since 5.8 accept up to 200.',
      swappinessKernel: 'linux.resources.memory.swappiness {{value}} is above 200, the most the kernel accepts; runc and crun fail at create.',
      swapBelowLimit: 'linux.resources.memory.swap {{swap}} is below memory.limit {{limit}}; swap is the memory+swap limit and must be at least the memory limit (or -1).',
      swapWithoutLimit: 'linux.resources.memory.swap {{swap}} is set without memory.limit; runc and crun refuse a memory+swap limit below the (unlimited) memory limit.',
      reservationAboveLimit: 'linux.resources.memory.reservation {{reservation}} exceeds memory.limit {{limit}}, so it can never take effect.',
    },
  },
  check(ctx) {
    const base = '/linux/resources/memory';
    const limit = ctx.bigint(`${base}/limit`);
    const swap = ctx.bigint(`${base}/swap`);
    const reservation = ctx.bigint(`${base}/reservation`);
    const set = (v: bigint | undefined): v is bigint => v !== undefined && v > 0n;
    if (set(swap) && set(limit) && swap < limit) {
      ctx.report({ messageId: 'swapBelowLimit', pointer: ptr('linux', 'resources', 'memory', 'swap'), data: { swap, limit } });
    }
    if (set(swap) && (limit === undefined || limit === -1n || limit === 0n)) {
      ctx.report({ messageId: 'swapWithoutLimit', pointer: ptr('linux', 'resources', 'memory', 'swap'), data: { swap } });
    }
    const swappiness = ctx.bigint(`${base}/swappiness`);
    if (swappiness !== undefined && swappiness > 100n) {
      const pointer = ptr('linux', 'resources', 'memory', 'swappiness');
      if (swappiness > 200n) ctx.report({ messageId: 'swappinessKernel', pointer, data: { value: swappiness } });
      else ctx.report({ messageId: 'swappiness', pointer, severity: 'warning', data: { value: swappiness } });
    }
    if (set(reservation) && set(limit) && reservation > limit) {
      ctx.report({ messageId: 'reservationAboveLimit', pointer: ptr('linux', 'resources', 'memory', 'reservation'), severity: 'warning', data: { reservation, limit } });
    }
  },
});
