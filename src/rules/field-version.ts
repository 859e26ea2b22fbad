import { compareVersions, SPEC_VERSIONS, type SpecVersion } from '../core/versions.js';
import { displayPath, pointerFrom } from '../json/pointer.js';
import { walkModel } from '../schema/index.js';
import { defineRule, specUrl } from './api.js';

// Each field and enum value of the config model carries the releases that define it. A config
// that declares 1.0.2 and uses the `time` namespace (added in 1.1.0) is not what it claims to be:
// a runtime of that release ignores the field or rejects the value. Upstream's own examples do
// this (config.md declares 1.0.1 and uses `time`), which is why this is a rule and not silence.
export default defineRule({
  meta: {
    id: 'field-version',
    description: 'Fields and values must exist in the runtime-spec release that ociVersion declares.',
    category: 'spec',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config.md', 'configSpecificationVersion'), level: 'MUST' },
    messages: {
      fieldAdded: '{{field}} was added in runtime-spec {{since}}, but ociVersion declares {{declared}}.',
      fieldRemoved: '{{field}} was removed in runtime-spec {{until}}, but ociVersion declares {{declared}}.',
      valueAdded: '{{field}} "{{value}}" was added in runtime-spec {{since}}, but ociVersion declares {{declared}}.',
      valueRemoved: '{{field}} "{{value}}" was removed in runtime-spec {{until}}, but ociVersion declares {{declared}}.',
    },
  },
  check(ctx) {
    const version = ctx.specVersion;
    const declared = ctx.declaredVersion ?? version;
    // specs-go stamps development builds with the last release plus "-dev" (later "+dev"), so
    // "1.0.2-dev" is what Go tools built between 1.0.2 and 1.1.0 write, with 1.1.0 fields in it.
    // Give such a config the fields of the next release before calling anything too new.
    const dev = /[-+]dev\b/.test(declared) ? SPEC_VERSIONS[SPEC_VERSIONS.indexOf(version) + 1] : undefined;
    const newest = dev ?? version;
    const before = (a: SpecVersion) => compareVersions(newest, a) < 0;
    const gone = (a: SpecVersion) => compareVersions(version, a) >= 0;

    walkModel(ctx.config, {
      field(path, key, since, until) {
        if (since === '1.0.0' && until === undefined) return true;
        const added = before(since);
        if (!added && !(until !== undefined && gone(until))) return true;
        const at = [...path, key];
        const data = { field: displayPath(at), declared };
        if (added) ctx.report({ messageId: 'fieldAdded', pointer: pointerFrom(at), target: 'key', data: { ...data, since } });
        else ctx.report({ messageId: 'fieldRemoved', pointer: pointerFrom(at), target: 'key', data: { ...data, until: until! } });
        return false;
      },
      enumValue(path, value, since, until) {
        const data = { field: displayPath(path), value, declared };
        if (before(since)) ctx.report({ messageId: 'valueAdded', pointer: pointerFrom(path), data: { ...data, since } });
        else if (until !== undefined && gone(until)) ctx.report({ messageId: 'valueRemoved', pointer: pointerFrom(path), data: { ...data, until } });
      },
    });
  },
});
