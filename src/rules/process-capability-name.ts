import { defineRule, ptr, specUrl } from './api.js';
import { CAPABILITY_NAMES, CAPABILITY_SETS, field } from './util/process.js';

// config-linux / config.md "Linux Process": capability names are those of capabilities(7). The
// spec asks runtimes to log a warning for a name they cannot map and not to fail, and that is what
// both do (checked): runc 1.1.5 warns "ignoring unknown or unavailable capabilities: [CAP_FOO]",
// crun 1.8.1 warns "unknown cap: `CAP_FOO`". Case is where they part: crun parses names with
// libcap, case-insensitively, and grants `cap_chown`; runc ignores it.
export default defineRule({
  meta: {
    id: 'process-capability-name',
    description: 'process.capabilities entries should be capability names from capabilities(7), written in upper case.',
    category: 'spec',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config.md', 'configLinuxProcess'), level: 'MUST' },
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    runtimes: {
      unknown: { runc: 'accepts', crun: 'accepts' },
      wrongCase: { runc: 'accepts', crun: 'accepts' },
      noPrefix: { runc: 'accepts', crun: 'accepts' },
    },
    messages: {
      unknown: '{{field}} "{{value}}" is not a Linux capability; runc and crun ignore it with a warning.',
      wrongCase: '{{field}} "{{value}}" should be written "{{suggestion}}": runc ignores it, crun grants it.',
      noPrefix: '{{field}} "{{value}}" lacks the CAP_ prefix; did you mean "{{suggestion}}"? runc and crun ignore it.',
    },
  },
  check(ctx) {
    for (const set of CAPABILITY_SETS) {
      const list = ctx.array(ptr('process', 'capabilities', set));
      if (!list) continue;
      list.forEach((value, i) => {
        if (typeof value !== 'string' || CAPABILITY_NAMES.has(value)) return;
        const pointer = ptr('process', 'capabilities', set, i);
        if (!ctx.isValid(pointer)) return;
        const f = field('process', 'capabilities', set, i);
        const upper = value.toUpperCase();
        if (CAPABILITY_NAMES.has(upper)) return ctx.report({ messageId: 'wrongCase', pointer, data: { field: f, value, suggestion: upper } });
        if (CAPABILITY_NAMES.has('CAP_' + upper)) return ctx.report({ messageId: 'noPrefix', pointer, data: { field: f, value, suggestion: 'CAP_' + upper } });
        ctx.report({ messageId: 'unknown', pointer, data: { field: f, value } });
      });
    }
  },
});
