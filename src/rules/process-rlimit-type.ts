import type { Platform } from '../core/types.js';
import { defineRule, specUrl } from './api.js';
import { FREEBSD_RLIMITS, LINUX_RLIMITS, SOLARIS_RLIMITS } from './data/rlimits.js';
import { fieldOf } from '../model/view.js';
import { editDistance } from '../core/suggest.js';
import { didYouMean } from './util/fixes.js';

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
    description: 'The type of each process.rlimits entry must be a resource limit the target platform defines, in exact case.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configPOSIXProcess'), level: 'MUST' },
    platforms: ['linux', 'solaris', 'freebsd'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1; youki from oci-spec-rs, whose PosixRlimitType has no case for an unknown name',
    suggests: 'for a near miss, the resource limit it is close to.',
    messages: {
      unknown: {
        headline: '{{field}} "{{value}}" is not a {{platform}} resource limit',
        detail: 'The runtime must generate an error for a type it cannot map: runc 1.1.5 ("wrong rlimit value"), crun 1.8.1 ("invalid rlimit") and youki (which cannot load the config) refuse unknown types.',
        help: 'Use the exact upper-case name from the platform\'s getrlimit manual page.',
        runtimes: { runc: 'refuses', crun: 'refuses', youki: 'refuses' },
      },
      didYouMean: {
        headline: '{{field}} "{{value}}" is not a {{platform}} resource limit',
        detail: 'The runtime must generate an error for a type it cannot map: runc 1.1.5 ("wrong rlimit value"), crun 1.8.1 ("invalid rlimit") and youki (which cannot load the config) refuse unknown types.',
        help: 'Write "{{suggestion}}" if that is the limit meant: the closest name the platform defines.',
        runtimes: { runc: 'refuses', crun: 'refuses', youki: 'refuses' },
      },
    },
  },
  reads: ['process.rlimits'],
  check(ctx) {
    const rlimits = ctx.config.process?.rlimits;
    if (!rlimits) return;
    // A config for several platforms (linux plus vm, say) is judged by the first one we know.
    const entry = LISTS.find(([p]) => ctx.platforms.has(p));
    if (!entry) return;
    const [, names, platform] = entry;
    for (const r of rlimits) {
      const value = r?.type;
      if (r === undefined || value === undefined || !ctx.valid(r, 'type') || names.includes(value)) continue;
      const field = fieldOf(r, 'type');
      const suggestion = closest(value, names);
      if (suggestion) ctx.report({ messageId: 'didYouMean', node: r, key: 'type', data: { field, value, suggestion, platform }, suggestions: didYouMean(r, 'type', [suggestion]) });
      else ctx.report({ messageId: 'unknown', node: r, key: 'type', data: { field, value, platform } });
    }
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
