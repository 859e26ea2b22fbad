import type { Platform } from '../core/types.js';
import { defineRule, isObject, ptr, specUrl } from './api.js';
import { field, FREEBSD_RLIMITS, LINUX_RLIMITS, SOLARIS_RLIMITS } from './util/process.js';
import { editDistance } from '../core/suggest.js';

// config.md "POSIX process": rlimits[].type names a resource of the platform's getrlimit, and the
// runtime MUST generate an error for one it cannot map. runc 1.1.5 ("wrong rlimit value: X") and
// crun 1.8.1 ("invalid rlimit `X`") accept exactly the 16 Linux names, case-sensitively (checked
// with both: RLIMIT_FOO, rlimit_nofile and the Solaris-only RLIMIT_VMEM are refused, RLIMIT_RTTIME
// and RLIMIT_LOCKS accepted). A value that is not RLIMIT_ plus upper-case letters (lower case, say)
// is the schema's finding (config-schema); this rule does not repeat it.
const LISTS: [Platform, readonly string[], string][] = [
  ['linux', LINUX_RLIMITS, 'Linux'],
  ['solaris', SOLARIS_RLIMITS, 'Solaris'],
  ['freebsd', FREEBSD_RLIMITS, 'FreeBSD'],
];

export default defineRule({
  meta: {
    id: 'process-rlimit-type',
    description: 'process.rlimits[].type must be a resource limit the target platform defines, in exact case.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configPOSIXProcess'), level: 'MUST' },
    platforms: ['linux', 'solaris', 'freebsd'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    runtimes: {
      unknown: { runc: 'refuses', crun: 'refuses' },
      didYouMean: { runc: 'refuses', crun: 'refuses' },
    },
    messages: {
      unknown: '{{field}} "{{value}}" is not a {{platform}} resource limit; runc and crun refuse unknown types.',
      didYouMean: '{{field}} "{{value}}" is not a {{platform}} resource limit; did you mean "{{suggestion}}"? runc and crun refuse unknown types.',
    },
  },
  check(ctx) {
    const rlimits = ctx.array('/process/rlimits');
    if (!rlimits) return;
    // A config for several platforms (linux plus vm, say) is judged by the first one we know.
    const entry = LISTS.find(([p]) => ctx.platforms.has(p));
    if (!entry) return;
    const [, names, platform] = entry;
    rlimits.forEach((r, i) => {
      const pointer = ptr('process', 'rlimits', i, 'type');
      const value = isObject(r) ? r['type'] : undefined;
      if (typeof value !== 'string' || !ctx.isValid(pointer) || names.includes(value)) return;
      const f = field('process', 'rlimits', i, 'type');
      const suggestion = closest(value, names);
      if (suggestion) return ctx.report({ messageId: 'didYouMean', pointer, data: { field: f, value, suggestion, platform } });
      ctx.report({ messageId: 'unknown', pointer, data: { field: f, value, platform } });
    });
  },
});

/** A known name that differs from value by case, a missing prefix, or at most two edits. */
function closest(value: string, names: readonly string[]): string | undefined {
  const upper = value.toUpperCase();
  const exact = names.find((n) => n === upper || n === 'RLIMIT_' + upper);
  if (exact) return exact;
  let best: string | undefined;
  let bestDistance = 3;
  for (const n of names) {
    const d = editDistance(upper, n);
    if (d < bestDistance) {
      best = n;
      bestDistance = d;
    }
  }
  return best;
}
