import { defineRule, specUrl } from './api.js';
import { fieldOf, type Resources } from '../model/view.js';

// config-linux.md "Unified": each key is the name of a cgroup v2 interface file, `<controller>.<name>`
// (memory.high, io.max, cgroup.freeze...), written in the container's cgroup. A key with "/" would
// reach outside that directory, and newer runtimes refuse it. When a v1-style field and the unified
// file it converts to are both set, runtimes write both and the result depends on their order.
type Section = 'memory' | 'pids' | 'cpu' | 'blockIO';
const CONFLICTS: readonly { section: Section; field: string; file: string }[] = [
  { section: 'memory', field: 'limit', file: 'memory.max' },
  { section: 'memory', field: 'reservation', file: 'memory.low' },
  { section: 'memory', field: 'swap', file: 'memory.swap.max' },
  { section: 'pids', field: 'limit', file: 'pids.max' },
  { section: 'cpu', field: 'shares', file: 'cpu.weight' },
  { section: 'cpu', field: 'quota', file: 'cpu.max' },
  { section: 'cpu', field: 'idle', file: 'cpu.idle' },
  { section: 'cpu', field: 'cpus', file: 'cpuset.cpus' },
  { section: 'cpu', field: 'mems', file: 'cpuset.mems' },
  { section: 'blockIO', field: 'weight', file: 'io.weight' },
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
      slash: {
        headline: 'linux.resources.unified key "{{key}}" contains "/"',
        detail: 'Keys are file names in the container\'s own cgroup directory; a slash would reach into another one, and newer runtimes refuse it.',
        help: 'Use the cgroup v2 file name alone as the key, such as "memory.high".',
      },
      name: {
        headline: 'linux.resources.unified key "{{key}}" is not of the form <controller>.<name>',
        detail: 'Keys are names of cgroup v2 interface files (memory.high, io.max, cgroup.freeze); a name without a controller does not exist.',
        help: 'Use the cgroup v2 file name as the key, such as "memory.high".',
      },
      conflict: {
        headline: 'linux.resources.unified "{{key}}" and {{field}} both set the same cgroup file',
        detail: 'The runtime writes both, and which value wins depends on the order it writes them in.',
        help: 'Set the limit in one place only.',
        severity: 'warning',
      },
    },
  },
  reads: ['linux.resources.unified'],
  check(ctx) {
    const resources = ctx.config.linux?.resources;
    const unified = resources?.unified;
    if (!resources || !unified) return;
    for (const key of Object.keys(unified)) {
      if (key.includes('/')) ctx.report({ messageId: 'slash', node: unified, key, target: 'key', data: { key } });
      else if (!/^[a-z][a-z0-9_]*\.[a-z0-9_.]+$/.test(key)) ctx.report({ messageId: 'name', node: unified, key, target: 'key', data: { key } });
    }
    for (const { section, field, file } of CONFLICTS) {
      const node: Resources[Section] = resources[section];
      // Whether each is written at all, whatever its type.
      if (!ctx.has(unified, file) || node === undefined || !ctx.has(node as object, field)) continue;
      ctx.report({ messageId: 'conflict', node: unified, key: file, target: 'key', data: { key: file, field: fieldOf(node, field) } });
    }
  },
});
