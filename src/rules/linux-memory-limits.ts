import { defineRule, specUrl } from './api.js';

// config-linux.md "Memory": swap is the memory+swap limit, so it cannot be below limit. The kernel
// refuses memory.memsw.limit_in_bytes below memory.limit_in_bytes (runc and crun fail at create with
// "Invalid argument"); on cgroup v2 runc converts the pair and refuses the same combination.
// -1 means unlimited on either side. A swap limit without a memory limit is refused the same way
// (the memory limit is then unlimited), checked with both runtimes. A reservation (soft limit) above the hard limit is accepted by
// both runtimes but can never take effect. swappiness: runc 1.1.5 refuses anything above 100
// ("invalid memory swappiness value"); crun 1.8.1 writes it, and the kernel (since 5.8) takes up to
// 200 and refuses more with EINVAL (runtime oracle, cgroup v1). 2^64-1 is -1 to runc, which skips
// the setting (fs/memory.go, every release to 1.5.1); crun writes it (the kernel refuses it). On
// cgroup v2 runc ignores swappiness altogether and crun refuses any ("cannot set memory swappiness
// with cgroupv2", cgroup-resources.c to 1.29.1): the verdicts below are cgroup v1's. Below -1, the
// kernel refuses limit and swap, and runc and crun fail at create; runc also writes a negative
// reservation and fails, which crun 1.8.1 accepts (runtime oracle, -2 each).
export default defineRule({
  meta: {
    id: 'linux-memory-limits',
    description: 'memory.swap must not be below memory.limit, memory.reservation should not exceed it, none may be below -1, and swappiness must be in range.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxMemory'), level: 'MAY' },
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    messages: {
      swappiness: {
        headline: 'linux.resources.memory.swappiness {{value}} is above 100',
        detail: 'runc 1.1.5 refuses it ("invalid memory swappiness value"); crun 1.8.1 writes it, and kernels since 5.8 accept up to 200.',
        help: 'Use a swappiness from 0 to 100, which runc and crun both accept.',
        severity: 'warning',
        runtimes: { runc: 'refuses', crun: 'accepts' },
      },
      unset: {
        headline: 'linux.resources.memory.swappiness is 2^64-1, which runc reads as "not set"',
        detail: 'runc reads 18446744073709551615 as -1 and leaves swappiness alone; crun writes it to memory.swappiness on cgroup v1, which the kernel refuses, and refuses any swappiness on cgroup v2.',
        help: 'Leave swappiness out to keep the kernel\'s default.',
        runtimes: { runc: 'accepts', crun: 'refuses' },
      },
      swappinessKernel: {
        headline: 'linux.resources.memory.swappiness {{value}} is above 200',
        detail: '200 is the most the kernel accepts; runc and crun fail at create.',
        help: 'Use a swappiness from 0 to 100 (to 200 when only crun runs the bundle).',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      swapBelowLimit: {
        headline: 'linux.resources.memory.swap {{swap}} is below memory.limit {{limit}}',
        detail: 'swap is the limit of memory and swap together, so it must be at least the memory limit (or -1). The kernel refuses a smaller one, and runc and crun fail at create ("Invalid argument").',
        help: 'Set swap to the memory limit plus the swap to allow (equal to the limit for no swap, -1 for unlimited swap).',
      },
      swapWithoutLimit: {
        headline: 'linux.resources.memory.swap {{swap}} is set without memory.limit',
        detail: 'Without a memory limit the memory limit is unlimited, and runc and crun refuse a memory+swap limit below it.',
        help: 'Set memory.limit too, or remove swap (or set it to -1).',
      },
      negative: {
        headline: 'linux.resources.memory.{{field}} {{value}} is negative, and only -1 (no limit) is allowed',
        detail: 'The runtime writes the value to the cgroup, and the kernel refuses it (EINVAL): runc 1.1.5 and crun 1.8.1 fail at create.',
        help: 'Write a size in bytes, or -1 for no limit.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      reservationAboveLimit: {
        headline: 'linux.resources.memory.reservation {{reservation}} exceeds memory.limit {{limit}}',
        detail: 'The reservation is a soft limit below the hard limit; above it, it can never take effect.',
        help: 'Keep the reservation at or below the limit.',
        severity: 'warning',
      },
    },
  },
  reads: ['linux.resources.memory'],
  check(ctx) {
    const memory = ctx.config.linux?.resources?.memory;
    if (!memory) return;
    const limit = ctx.exact(memory, 'limit');
    const swap = ctx.exact(memory, 'swap');
    const reservation = ctx.exact(memory, 'reservation');
    const set = (v: bigint | undefined): v is bigint => v !== undefined && v > 0n;
    for (const [field, value] of [['limit', limit], ['swap', swap], ['reservation', reservation]] as const) {
      if (value === undefined || value >= -1n) continue;
      // crun 1.8.1 accepts a negative reservation (runtime oracle).
      const runtimes = field === 'reservation' ? ({ runc: 'refuses', crun: 'accepts' } as const) : undefined;
      ctx.report({ messageId: 'negative', node: memory, key: field, data: { field, value }, ...(runtimes && { runtimes }) });
    }
    if (set(swap) && set(limit) && swap < limit) {
      ctx.report({ messageId: 'swapBelowLimit', node: memory, key: 'swap', data: { swap, limit } });
    }
    if (set(swap) && (limit === undefined || limit === -1n || limit === 0n)) {
      ctx.report({ messageId: 'swapWithoutLimit', node: memory, key: 'swap', data: { swap } });
    }
    const swappiness = ctx.exact(memory, 'swappiness');
    if (swappiness === 18446744073709551615n) ctx.report({ messageId: 'unset', node: memory, key: 'swappiness' });
    else if (swappiness !== undefined && swappiness > 100n) {
      if (swappiness > 200n) ctx.report({ messageId: 'swappinessKernel', node: memory, key: 'swappiness', data: { value: swappiness } });
      else ctx.report({ messageId: 'swappiness', node: memory, key: 'swappiness', data: { value: swappiness } });
    }
    if (set(reservation) && set(limit) && reservation > limit) {
      ctx.report({ messageId: 'reservationAboveLimit', node: memory, key: 'reservation', data: { reservation, limit } });
    }
  },
});
