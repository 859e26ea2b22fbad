import { defineRule, specUrl } from './api.js';
import { ALL_CAPABILITIES } from './data/capabilities.js';
import { capEntries, capSet, type CapSet } from '../model/capabilities.js';
import { fieldOf } from '../model/view.js';
import { processUid } from '../model/users.js';
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
// Names not in upper case are where runc and crun part (model/capabilities.ts): each set is judged
// as each of them reads it, and a finding says which one aborts.
const CRUN_READS = 'crun reads names in any case and runs the container.';

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
        detail: 'An effective capability must be permitted: capset fails with EPERM, and {{who}}.',
        help: 'Add "{{value}}" to process.capabilities.permitted, or remove it from effective.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      effectiveSpelling: {
        headline: '{{field}} "{{value}}" is in process.capabilities.permitted only as "{{spelling}}"',
        detail: `runc ignores a name not in upper case, so for runc the capability is not permitted: capset fails with EPERM, and runc aborts. ${CRUN_READS}`,
        help: 'Write it "{{value}}" in process.capabilities.permitted.',
        runtimes: { runc: 'refuses', crun: 'accepts' },
      },
      inheritableNotBounding: {
        headline: '{{field}} "{{value}}" is not in process.capabilities.bounding',
        detail: 'The runtime drops the bounding set first, and capset then refuses an inheritable capability outside it: {{who}}.',
        help: 'Add "{{value}}" to process.capabilities.bounding, or remove it from inheritable.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      inheritableSpelling: {
        headline: '{{field}} "{{value}}" is in process.capabilities.bounding only as "{{spelling}}"',
        detail: `runc ignores a name not in upper case, so for runc the capability is outside the bounding set, which it drops first: capset then refuses the inheritable capability, and runc aborts. ${CRUN_READS}`,
        help: 'Write it "{{value}}" in process.capabilities.bounding.',
        runtimes: { runc: 'refuses', crun: 'accepts' },
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
    const spelling = (set: CapSet, name: string): string => capEntries(ctx, set).find((e) => e.name === name)!.written;

    /**
     * An entry of `set` the `within` set must hold, judged as each runtime reads the names: runc
     * reads only names in upper case (an entry it ignores asks nothing of it), crun reads any.
     */
    const check = (set: 'effective' | 'inheritable', within: 'permitted' | 'bounding', messageId: 'effectiveNotPermitted' | 'inheritableNotBounding', spelt: 'effectiveSpelling' | 'inheritableSpelling') => {
      const runcWithin = capSet(ctx, 'runc', within);
      const crunWithin = capSet(ctx, 'crun', within);
      for (const e of capEntries(ctx, set)) {
        if (!KNOWN.has(e.name)) continue;
        const runcRefuses = e.exact && !runcWithin.has(e.name);
        const crunRefuses = !crunWithin.has(e.name);
        if (!runcRefuses && !crunRefuses) continue;
        const data = { field: fieldOf(e.list, e.index), value: e.written };
        if (runcRefuses && crunRefuses) {
          ctx.report({ messageId, node: e.list, key: e.index, data: { ...data, who: 'runc and crun abort' } });
        } else if (runcRefuses) {
          ctx.report({ messageId: spelt, node: e.list, key: e.index, data: { ...data, spelling: spelling(within, e.name) } });
        } else {
          ctx.report({ messageId, node: e.list, key: e.index, data: { ...data, who: `crun aborts (runc ignores "${e.written}", not in upper case)` }, runtimes: { runc: 'accepts', crun: 'refuses' } });
        }
      }
    };
    check('effective', 'permitted', 'effectiveNotPermitted', 'effectiveSpelling');
    // Without a bounding list the runtime leaves the bounding set alone, so nothing to compare.
    if (caps.bounding) check('inheritable', 'bounding', 'inheritableNotBounding', 'inheritableSpelling');

    // Ambient entries the kernel cannot raise (as crun reads the names: runc ignores an ambient
    // name not in upper case altogether), reported once for the list.
    const uid = processUid(ctx);
    const root = uid === undefined || uid === 0;
    const skipped: { value: string; missing: string[] }[] = [];
    let first: number | undefined;
    const permitted = capSet(ctx, 'crun', 'permitted');
    const inheritable = capSet(ctx, 'crun', 'inheritable');
    for (const e of capEntries(ctx, 'ambient')) {
      if (!KNOWN.has(e.name)) continue;
      const missing = [permitted.has(e.name) ? '' : 'permitted', inheritable.has(e.name) ? '' : 'inheritable'].filter(Boolean);
      if (missing.length === 0) continue;
      skipped.push({ value: e.written, missing });
      first ??= e.index;
    }
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
