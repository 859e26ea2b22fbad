import { defineRule, ptr, specUrl } from './api.js';

// config-linux.md "Unified": each key is the name of a cgroup v2 interface file, `<controller>.<name>`
// (memory.high, io.max, cgroup.freeze...), written in the container's cgroup. A key with "/" would
// reach outside that directory, and newer runtimes refuse it. When a v1-style field and the unified
// file it converts to are both set, runtimes write both and the result depends on their order.
const CONFLICTS: [string, string][] = [
  ['/linux/resources/memory/limit', 'memory.max'],
  ['/linux/resources/memory/reservation', 'memory.low'],
  ['/linux/resources/memory/swap', 'memory.swap.max'],
  ['/linux/resources/pids/limit', 'pids.max'],
  ['/linux/resources/cpu/shares', 'cpu.weight'],
  ['/linux/resources/cpu/quota', 'cpu.max'],
  ['/linux/resources/cpu/idle', 'cpu.idle'],
  ['/linux/resources/cpu/cpus', 'cpuset.cpus'],
  ['/linux/resources/cpu/mems', 'cpuset.mems'],
  ['/linux/resources/blockIO/weight', 'io.weight'],
];

export default defineRule({
  meta: {
    id: 'linux-unified-keys',
    description: 'linux.resources.unified keys must be cgroup v2 file names and should not repeat v1-style fields.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxUnified'), level: 'MUST' },
    versions: '>=1.1.0',
    platforms: ['linux'],
    messages: {
      slash: 'linux.resources.unified key "{{key}}" contains "/"; keys are file names in the container\'s own cgroup.',
      name: 'linux.resources.unified key "{{key}}" is not a cgroup v2 file name of the form <controller>.<name>.',
      conflict: 'linux.resources.unified "{{key}}" and {{field}} both set the same cgroup file; keep one of them.',
    },
  },
  check(ctx) {
    const unified = ctx.object('/linux/resources/unified');
    if (!unified) return;
    for (const key of Object.keys(unified)) {
      const pointer = ptr('linux', 'resources', 'unified', key);
      if (key.includes('/')) ctx.report({ messageId: 'slash', pointer, target: 'key', data: { key } });
      else if (!/^[a-z][a-z0-9_]*\.[a-z0-9_.]+$/.test(key)) ctx.report({ messageId: 'name', pointer, target: 'key', data: { key } });
    }
    for (const [field, key] of CONFLICTS) {
      if (!(key in unified) || ctx.get(field) === undefined) continue;
      ctx.report({
        messageId: 'conflict',
        pointer: ptr('linux', 'resources', 'unified', key),
        target: 'key',
        severity: 'warning',
        data: { key, field: field.slice(1).replace(/\//g, '.') },
      });
    }
  },
});
