// What a config holds beside the model, found by one walk of its value (walkModel): the fields
// and enum values only some releases have, and the keys no release defines, in document order.
// The engine asks for the newer fields (newer-fields.ts), rules for the rest (field-version,
// unknown-property): one walk serves all, cached on the parsed value itself.

import type { SpecVersion } from '../core/versions.js';
import { walkModel } from './lookup.js';

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

/** Per parsed value: a bundle's document is parsed once and walked once. */
const walked = new WeakMap<object, ModelEvents>();

/** The events of a config value as written (keys outside the model are the point of the walk). */
export function modelEventsOf(value: unknown): ModelEvents {
  if (typeof value !== 'object' || value === null) return walk(value);
  let events = walked.get(value);
  if (events === undefined) walked.set(value, (events = walk(value)));
  return events;
}

function walk(value: unknown): ModelEvents {
  const versioned: VersionedEvent[] = [];
  const unknown: UnknownEvent[] = [];
  walkModel(value, {
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
