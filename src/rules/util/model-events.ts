// One walk of a bundle's config alongside the model, shared by field-version and
// unknown-property: the keys the model does not know, and the fields and enum values that only
// some releases have, in document order.

import type { SpecVersion } from '../../core/versions.js';
import { walkModel } from '../../schema/index.js';
import type { BundleFacts } from '../api.js';

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

export interface ModelEvents {
  versioned: readonly VersionedEvent[];
  unknown: readonly UnknownEvent[];
}

/** The walk of the config as written (keys outside the model are its point), once per bundle. */
export function modelEvents(facts: BundleFacts): ModelEvents {
  return facts.memo(walk);
}

function walk(facts: BundleFacts): ModelEvents {
  const versioned: VersionedEvent[] = [];
  const unknown: UnknownEvent[] = [];
  // The document's own value: this walk is about what the typed view leaves out.
  walkModel(facts.doc.value, {
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
}
