import { defineRule, specUrl } from './api.js';
import { ALL_CAPABILITIES } from './data/capabilities.js';
import type { CapSet } from '../model/capabilities.js';
import { fieldOf } from '../model/view.js';
import type { Where } from '../model/places.js';

// How the kernel lets a runtime set the five capability sets, and what runc 1.1.5 and crun 1.8.1
// do about it (every case checked with both):
// - effective must be a subset of permitted: capset(2) fails with EPERM, and both abort
//   ("unable to apply caps: operation not permitted", "capset: Operation not permitted").
//   A missing permitted list is an empty one.
// - inheritable must be a subset of bounding: the runtime drops the bounding set first, and
//   capset(2) then refuses an inheritable capability outside it (EPERM, both abort).
// - ambient needs the capability in permitted and inheritable (prctl PR_CAP_AMBIENT_RAISE);
//   otherwise both runtimes skip it silently and start the container. `runc spec` writes ambient
//   without inheritable, so this is not an error: for uid 0 the ambient set changes nothing (root
//   regains the bounding set at execve), for another uid the capability is simply not granted.
//   oci-runtime-tool errors here; that is a bug we do not repeat.
// Names that are not capabilities are ignored by runtimes and reported by process-capability-name.
export default defineRule({
  meta: {
    id: 'process-capability-sets',
    description: 'process.capabilities sets must be consistent: effective within permitted, inheritable within bounding, ambient within permitted and inheritable.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configLinuxProcess'), level: 'MUST' },
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    messages: {
      effectiveNotPermitted: {
        headline: '{{field}} "{{value}}" is not in process.capabilities.permitted',
        detail: 'An effective capability must be permitted: capset fails with EPERM, and runc and crun abort.',
        help: 'Add "{{value}}" to process.capabilities.permitted, or remove it from effective.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      inheritableNotBounding: {
        headline: '{{field}} "{{value}}" is not in process.capabilities.bounding',
        detail: 'The runtime drops the bounding set first, and capset then refuses an inheritable capability outside it: runc and crun abort.',
        help: 'Add "{{value}}" to process.capabilities.bounding, or remove it from inheritable.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      ambientNotRaised: {
        headline: 'process.capabilities.ambient {{names}} {{verb}} not in {{missing}}',
        detail: 'The kernel raises an ambient capability only when it is permitted and inheritable; runc and crun skip the others silently{{consequence}}.',
        help: 'Add them to {{missing}}, or remove them from ambient.',
        severity: 'warning',
        cases: { root: { severity: 'info', when: 'for uid 0, which gets its capabilities from the bounding set' } },
        runtimes: { runc: 'accepts', crun: 'accepts' },
      },
    },
  },
  reads: ['process.capabilities'],
  check(ctx) {
    const caps = ctx.config.process?.capabilities;
    if (!caps || !ctx.valid(ctx.config.process!, 'capabilities')) return;
    const set = (name: CapSet): Set<string> | undefined => {
      const v = caps[name];
      return v ? new Set(v.filter((x): x is string => x !== undefined)) : undefined;
    };
    const permitted = set('permitted') ?? new Set<string>();
    const inheritable = set('inheritable') ?? new Set<string>();
    const bounding = set('bounding');
    const each = (name: CapSet, fn: (value: string, i: number, list: readonly (string | undefined)[]) => void): void => {
      const list = caps[name];
      if (!list) return;
      list.forEach((value, i) => {
        if (value !== undefined && KNOWN.has(value)) fn(value, i, list);
      });
    };

    each('effective', (value, i, list) => {
      if (!permitted.has(value)) ctx.report({ messageId: 'effectiveNotPermitted', node: list, key: i, data: { field: fieldOf(list, i), value } });
    });
    // Without a bounding list the runtime leaves the bounding set alone, so nothing to compare.
    if (bounding) {
      each('inheritable', (value, i, list) => {
        if (!bounding.has(value)) ctx.report({ messageId: 'inheritableNotBounding', node: list, key: i, data: { field: fieldOf(list, i), value } });
      });
    }
    // Ambient entries the kernel cannot raise, reported once for the list.
    const uid = ctx.config.process?.user?.uid;
    const root = uid === undefined || uid === 0;
    const skipped: { value: string; missing: string[] }[] = [];
    let first: number | undefined;
    each('ambient', (value, i) => {
      const missing = [permitted.has(value) ? '' : 'permitted', inheritable.has(value) ? '' : 'inheritable'].filter(Boolean);
      if (missing.length === 0) return;
      skipped.push({ value, missing });
      first ??= i;
    });
    if (first === undefined) return;
    const sets = [...new Set(skipped.flatMap((s) => s.missing))];
    const where: Where = skipped.length === 1 ? { node: caps.ambient!, key: first } : { node: caps, key: 'ambient' };
    ctx.report({
      messageId: 'ambientNotRaised',
      ...where,
      ...(root && { case: 'root' }),
      data: {
        names: skipped.map((s) => `"${s.value}"`).join(', '),
        verb: skipped.length === 1 ? 'is' : 'are',
        missing: sets.map((m) => 'process.capabilities.' + m).join(' and '),
        consequence: root ? ' (harmless for uid 0, which gets its capabilities from the bounding set)' : `, and uid ${String(uid)} runs without them`,
      },
    });
  },
});

/** Names that are capabilities; the others are ignored by runtimes and reported by process-capability-name. */
const KNOWN: ReadonlySet<string> = new Set(ALL_CAPABILITIES);
