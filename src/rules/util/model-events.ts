// One walk of a bundle's config alongside the model, shared by field-version and
// unknown-property: the keys the model does not know, and the fields and enum values that only
// some releases have, in document order.

import type { SpecVersion } from '../../core/versions.js';
import { walkModel } from '../../schema/index.js';
import type { RuleContext } from '../api.js';
import { perBundle } from './per-bundle.js';

export interface VersionedEvent {
  /** The field's path (with its key last), or the enum value's own path. */
  path: readonly (string | number)[];
  kind: 'field' | 'value';
  value?: string;
  since: SpecVersion;
  until: SpecVersion | undefined;
}

export interface UnknownEvent {
  path: readonly (string | number)[];
  suggestions: () => string[];
}

export const modelEvents: (ctx: RuleContext) => { versioned: readonly VersionedEvent[]; unknown: readonly UnknownEvent[] } = perBundle((ctx) => {
  const versioned: VersionedEvent[] = [];
  const unknown: UnknownEvent[] = [];
  walkModel(ctx.raw, {
    field(path, key, since, until) {
      versioned.push({ path: [...path, key], kind: 'field', since, until });
    },
    enumValue(path, value, since, until) {
      versioned.push({ path: [...path], kind: 'value', value, since, until });
    },
    unknown(path, key, suggestions) {
      unknown.push({ path: [...path, key], suggestions });
    },
  });
  return { versioned, unknown };
});
