import { defineRule, specUrl } from './api.js';

// config.md "Linux Process" execCPUAffinity (1.2.1): initial and final are CPU lists, comma-
// separated numbers and dash ranges such as "0-3,7". The schema's pattern only limits the
// characters (digits, commas, dashes, spaces), so "3-1", "1,,2" or "1-2-3" pass it; a runtime
// that supports the field (runc 1.2.1+) cannot parse them and fails `exec`.
export default defineRule({
  meta: {
    id: 'process-exec-cpu-affinity',
    description: 'process.execCPUAffinity initial and final must be CPU lists such as "0-3,7".',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configLinuxProcess'), level: 'MUST' },
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    messages: {
      syntax: {
        headline: 'process.execCPUAffinity.{{name}} "{{value}}" is not a CPU list: {{problem}}',
        detail: 'A runtime that supports the field (runc 1.2.1 and later) cannot parse it and fails `exec`; runc 1.1.5 and crun 1.8.1 accept the config.',
        help: 'Write single CPUs and ascending ranges separated by single commas, such as "0-3,7".',
        runtimes: { runc: 'accepts', crun: 'accepts' },
      },
    },
  },
  reads: ['process.execCPUAffinity'],
  check(ctx) {
    const affinity = ctx.config.process?.execCPUAffinity;
    if (!affinity) return;
    for (const name of ['initial', 'final'] as const) {
      const value = affinity[name];
      if (value === undefined || !ctx.valid(affinity, name)) continue;
      const problem = cpuListProblem(value);
      if (problem) ctx.report({ messageId: 'syntax', node: affinity, key: name, data: { name, value, problem } });
    }
  },
});

/** Why a cpuset-style list ("0-3,7") is malformed, or undefined when it is fine or empty. */
function cpuListProblem(value: string): string | undefined {
  if (value.trim() === '') return undefined;
  for (const raw of value.split(',')) {
    const item = raw.trim();
    if (item === '') return 'it has an empty entry between commas';
    const m = /^(\d+)(?:-(\d+))?$/.exec(item);
    if (!m) return `"${item}" is neither a CPU number nor a range N-M`;
    if (m[2] !== undefined && Number(m[1]) > Number(m[2])) return `the range "${item}" runs backwards`;
  }
  return undefined;
}
