// The schema layer's contract. Validation runs ajv standalone code generated ahead of time from
// the description in ./model (see scripts/gen-schemas.mjs); nothing is compiled at start-up and
// ajv itself is never loaded. Version facts (walkModel, lookupField, lookupEnumValue) come from
// the model.

import type { SpecVersion } from '../core/versions.js';
import { fieldName, toIssues, type AjvError, type RawText, type SchemaIssue, type Tables } from './messages.js';

export type { SchemaIssue, RawText } from './messages.js';
export { lookupField, lookupEnumValue, enumValues, walkModel, type FieldLookup, type ModelVisitor } from './lookup.js';

type Validate = (value: unknown, raw: RawText) => SchemaIssue[];

interface GeneratedModule extends Tables {
  validate: ((data: unknown) => boolean) & { errors?: AjvError[] | null };
}

const cache = new Map<SpecVersion, Promise<Validate>>();

/** Validate a parsed config against the release's schema; the validator is imported once per release. */
export function loadValidator(version: SpecVersion): Promise<Validate> {
  let pending = cache.get(version);
  if (pending === undefined) {
    pending = load(version);
    cache.set(version, pending);
    pending.catch(() => cache.delete(version));
  }
  return pending;
}

async function load(version: SpecVersion): Promise<Validate> {
  const name = `v${version.replace(/\./g, '_')}`;
  const mod = (await import(`./generated/${name}.js`)) as GeneratedModule;
  // Taken once: the bundled module's exports are getters (two deep once bundled).
  const validate = mod.validate;
  return (value, raw) => {
    if (validate(value)) return [];
    return toIssues(validate.errors ?? [], value, raw, mod);
  };
}

export { fieldName };
