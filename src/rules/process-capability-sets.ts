import { defineRule, ptr, specUrl } from './api.js';
import { CAPABILITY_NAMES, field, type CapabilitySet } from './util/process.js';

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
    runtimes: {
      effectiveNotPermitted: { runc: 'refuses', crun: 'refuses' },
      inheritableNotBounding: { runc: 'refuses', crun: 'refuses' },
      ambientNotRaised: { runc: 'accepts', crun: 'accepts' },
    },
    messages: {
      effectiveNotPermitted: '{{field}} "{{value}}" is not in process.capabilities.permitted; capset fails with EPERM and runc and crun abort.',
      inheritableNotBounding: '{{field}} "{{value}}" is not in process.capabilities.bounding; capset fails with EPERM and runc and crun abort.',
      ambientNotRaised: 'process.capabilities.ambient {{names}} {{verb}} not in {{missing}}, so the kernel cannot raise them; runc and crun skip them silently{{consequence}}.',
    },
  },
  check(ctx) {
    const caps = ctx.object('/process/capabilities');
    if (!caps || !ctx.isValid('/process/capabilities')) return;
    const set = (name: CapabilitySet): Set<string> | undefined => {
      const v = caps[name];
      return Array.isArray(v) ? new Set(v.filter((x): x is string => typeof x === 'string')) : undefined;
    };
    const permitted = set('permitted') ?? new Set<string>();
    const inheritable = set('inheritable') ?? new Set<string>();
    const bounding = set('bounding');
    const each = (name: CapabilitySet, fn: (value: string, i: number) => void): void => {
      const list = caps[name];
      if (!Array.isArray(list)) return;
      list.forEach((value, i) => {
        if (typeof value === 'string' && CAPABILITY_NAMES.has(value)) fn(value, i);
      });
    };
    const at = (name: CapabilitySet, i: number) => ({ pointer: ptr('process', 'capabilities', name, i), f: field('process', 'capabilities', name, i) });

    each('effective', (value, i) => {
      if (permitted.has(value)) return;
      const { pointer, f } = at('effective', i);
      ctx.report({ messageId: 'effectiveNotPermitted', pointer, data: { field: f, value } });
    });
    // Without a bounding list the runtime leaves the bounding set alone, so nothing to compare.
    if (bounding) {
      each('inheritable', (value, i) => {
        if (bounding.has(value)) return;
        const { pointer, f } = at('inheritable', i);
        ctx.report({ messageId: 'inheritableNotBounding', pointer, data: { field: f, value } });
      });
    }
    // Ambient entries the kernel cannot raise, reported once for the list.
    const uid = ctx.get('/process/user/uid');
    const root = uid === undefined || uid === 0;
    const skipped: { value: string; missing: string[] }[] = [];
    let firstPointer: string | undefined;
    each('ambient', (value, i) => {
      const missing = [permitted.has(value) ? '' : 'permitted', inheritable.has(value) ? '' : 'inheritable'].filter(Boolean);
      if (missing.length === 0) return;
      skipped.push({ value, missing });
      firstPointer ??= at('ambient', i).pointer;
    });
    if (firstPointer === undefined) return;
    const sets = [...new Set(skipped.flatMap((s) => s.missing))];
    ctx.report({
      messageId: 'ambientNotRaised',
      pointer: skipped.length === 1 ? firstPointer : '/process/capabilities/ambient',
      severity: root ? 'info' : 'warning',
      data: {
        names: skipped.map((s) => `"${s.value}"`).join(', '),
        verb: skipped.length === 1 ? 'is' : 'are',
        missing: sets.map((m) => 'process.capabilities.' + m).join(' and '),
        consequence: root ? ' (harmless for uid 0, which gets its capabilities from the bounding set)' : `, and uid ${String(uid)} runs without them`,
      },
    });
  },
});

