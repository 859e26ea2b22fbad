// Placeholder of the schema layer's contract; the versioned model and precompiled validators
// replace it.
import type { SpecVersion } from '../core/versions.js';

export interface SchemaIssue {
  pointer: string;
  target: 'value' | 'key';
  keyword: string;
  message: string;
}
export type RawText = (pointer: string) => string | undefined;

export async function loadValidator(_version: SpecVersion): Promise<(value: unknown, raw: RawText) => SchemaIssue[]> {
  return () => [];
}

export function lookupField(
  _parent: readonly (string | number)[],
  _key: string,
):
  | { kind: 'field'; since: SpecVersion; until?: SpecVersion; platform?: string }
  | { kind: 'map-entry' }
  | { kind: 'unknown'; suggestions: string[] }
  | { kind: 'untyped' } {
  return { kind: 'untyped' };
}

export function lookupEnumValue(_path: readonly (string | number)[], _value: string): { since: SpecVersion; until?: SpecVersion } | undefined {
  return undefined;
}
