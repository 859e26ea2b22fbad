import { compareVersions, SPEC_VERSIONS, type SpecVersion } from '../core/versions.js';
import { fieldName, lookupEnumValue, lookupField } from '../schema/index.js';
import { defineRule, isObject, ptr, specUrl } from './api.js';

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

    const visit = (value: unknown, path: (string | number)[]): void => {
      if (Array.isArray(value)) {
        value.forEach((item, i) => visit(item, [...path, i]));
      } else if (isObject(value)) {
        for (const [key, child] of Object.entries(value)) {
          const info = lookupField(path, key);
          const at = [...path, key];
          if (info.kind === 'field') {
            if (before(info.since)) {
              const field = fieldName(ptr(...at), ctx.config);
              ctx.report({ messageId: 'fieldAdded', pointer: ptr(...at), target: 'key', data: { field, since: info.since, declared } });
              continue;
            }
            if (info.until !== undefined && gone(info.until)) {
              const field = fieldName(ptr(...at), ctx.config);
              ctx.report({ messageId: 'fieldRemoved', pointer: ptr(...at), target: 'key', data: { field, until: info.until, declared } });
              continue;
            }
            visit(child, at);
          } else if (info.kind === 'map-entry') {
            visit(child, at);
          }
        }
      } else if (typeof value === 'string') {
        const span = lookupEnumValue(path, value);
        if (span === undefined) return;
        if (!before(span.since) && !(span.until !== undefined && gone(span.until))) return;
        const pointer = ptr(...path);
        const field = fieldName(pointer, ctx.config);
        if (before(span.since)) {
          ctx.report({ messageId: 'valueAdded', pointer, data: { field, value, since: span.since, declared } });
        } else if (span.until !== undefined && gone(span.until)) {
          ctx.report({ messageId: 'valueRemoved', pointer, data: { field, value, until: span.until, declared } });
        }
      }
    };
    visit(ctx.config, []);
  },
});
