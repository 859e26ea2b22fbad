import { compareVersions, SPEC_VERSIONS, type SpecVersion } from '../core/versions.js';
import { displayPath, pointerFrom } from '../json/pointer.js';
import { modelEvents } from './util/model-events.js';
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
      fieldAdded: {
        headline: '{{field}} was added in runtime-spec {{since}}; ociVersion is {{declared}}',
        detail: 'The config is not what it claims to be: a runtime of release {{declared}} does not know the field and ignores it.',
        help: 'Declare ociVersion {{since}} or later, or remove the field.',
      },
      fieldRemoved: {
        headline: '{{field}} was removed in runtime-spec {{until}}; ociVersion is {{declared}}',
        detail: 'The config is not what it claims to be: release {{declared}} no longer has the field.',
        help: 'Remove the field, or declare the earlier release the config was written for.',
      },
      valueAdded: {
        headline: '{{field}} "{{value}}" was added in runtime-spec {{since}}; ociVersion is {{declared}}',
        detail: 'The config is not what it claims to be: a runtime of release {{declared}} may reject the value.',
        help: 'Declare ociVersion {{since}} or later, or use a value release {{declared}} has.',
      },
      valueRemoved: {
        headline: '{{field}} "{{value}}" was removed in runtime-spec {{until}}; ociVersion is {{declared}}',
        detail: 'The config is not what it claims to be: release {{declared}} no longer has the value.',
        help: 'Use a value release {{declared}} has, or declare the earlier release the config was written for.',
      },
    },
  },
  // The whole document, walked alongside the model (util/model-events.ts).
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

    // A field too new (or gone) is reported once: nothing below it is.
    let reported: string | undefined;
    for (const e of modelEvents(ctx).versioned) {
      const pointer = pointerFrom(e.path);
      if (reported !== undefined && pointer.startsWith(reported + '/')) continue;
      const added = before(e.since);
      if (!added && !(e.until !== undefined && gone(e.until))) continue;
      const data = { field: displayPath(e.path), declared, ...(e.kind === 'value' && { value: e.value! }) };
      if (e.kind === 'field') {
        reported = pointer;
        if (added) ctx.report({ messageId: 'fieldAdded', pointer, target: 'key', data: { ...data, since: e.since } });
        else ctx.report({ messageId: 'fieldRemoved', pointer, target: 'key', data: { ...data, until: e.until! } });
      } else if (added) {
        ctx.report({ messageId: 'valueAdded', pointer, data: { ...data, since: e.since } });
      } else {
        ctx.report({ messageId: 'valueRemoved', pointer, data: { ...data, until: e.until! } });
      }
    }
  },
});
