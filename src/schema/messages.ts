// Turns ajv's raw errors into SchemaIssues: one plain sentence each, the field named the way the
// user wrote it, the value quoted as written, anyOf noise folded into one finding per place.

import { displayPath, pathFrom, pointerSegments } from '../json/pointer.js';

export interface SchemaIssue {
  pointer: string;
  target: 'value' | 'key';
  keyword: string;
  message: string;
}
export type RawText = (pointer: string) => string | undefined;

/** The subset of ajv's ErrorObject that standalone code produces with `messages: false`. */
export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

export interface Tables {
  expected: Record<string, string>;
  notes: Record<string, string>;
}

const MAX_QUOTE = 60;

/** `linux.namespaces[2].type`, `annotations["org.example.key"]`; the root is "the config". */
export function fieldName(pointer: string, data: unknown): string {
  return pointer === '' ? 'the config' : displayPath(pathFrom(pointer, data));
}

function valueAt(pointer: string, data: unknown): unknown {
  let node = data;
  for (const seg of pointerSegments(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = Array.isArray(node) ? node[Number(seg)] : (node as Record<string, unknown>)[seg];
  }
  return node;
}

function truncate(text: string): string {
  return text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 3)}...` : text;
}

/** The value as the user wrote it: objects and arrays by kind, scalars verbatim. */
function quoteValue(value: unknown, rawText: string | undefined): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  if (rawText !== undefined) return truncate(rawText.trim());
  return truncate(JSON.stringify(value) ?? String(value));
}

/** The schema location an error belongs to (its schemaPath without the keyword). */
function location(e: AjvError): string {
  return e.schemaPath.slice(0, e.schemaPath.lastIndexOf('/'));
}

const SPECIFICITY = ['type', 'enum', 'const', 'pattern', 'minimum', 'maximum', 'minItems'];

export function toIssues(errors: readonly AjvError[], data: unknown, raw: RawText, tables: Tables): SchemaIssue[] {
  // Fold everything under a failed anyOf into the anyOf itself.
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => e.schemaPath);
  const kept = errors.filter(
    (e) => e.keyword !== 'if' && !anyOfPaths.some((p) => e.schemaPath !== p && e.schemaPath.startsWith(`${p}/`)),
  );

  // Group by place; a type error makes the other value checks at that place redundant.
  const byPointer = new Map<string, AjvError[]>();
  for (const e of kept) {
    const list = byPointer.get(e.instancePath) ?? [];
    list.push(e);
    byPointer.set(e.instancePath, list);
  }

  const issues: SchemaIssue[] = [];
  for (const [pointer, list] of byPointer) {
    const hasType = list.some((e) => e.keyword === 'type');
    const seen = new Map<string, AjvError[]>();
    for (const e of list) {
      if (hasType && SPECIFICITY.includes(e.keyword) && e.keyword !== 'type') continue;
      const group = seen.get(e.keyword) ?? [];
      group.push(e);
      seen.set(e.keyword, group);
    }
    for (const [keyword, group] of seen) {
      issues.push({ pointer, target: 'value', keyword, message: sentence(pointer, keyword, group, data, raw, tables) });
    }
  }
  return issues;
}

function sentence(
  pointer: string,
  keyword: string,
  group: AjvError[],
  data: unknown,
  raw: RawText,
  tables: Tables,
): string {
  const first = group[0]!;
  const field = fieldName(pointer, data);
  const got = () => quoteValue(valueAt(pointer, data), raw(pointer));
  const expected = tables.expected[location(first)];
  const note = tables.notes[location(first)];
  switch (keyword) {
    case 'required': {
      const names = [...new Set(group.map((e) => String(e.params['missingProperty'])))].map((n) => JSON.stringify(n));
      return names.length === 1
        ? `${field} is missing required property ${names[0]}`
        : `${field} is missing required properties ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    }
    case 'type':
    case 'enum':
    case 'const':
    case 'pattern':
    case 'minimum':
    case 'maximum':
      return `${field} must be ${expected ?? describeParams(first)}, got ${got()}`;
    case 'minItems': {
      const n = Number(first.params['limit']);
      return `${field} must have at least ${n} ${n === 1 ? 'entry' : 'entries'}`;
    }
    case 'anyOf':
    case 'oneOf':
    case 'not':
      return `${field} ${note ?? 'does not match any of the allowed forms'}`;
    default:
      return `${field} fails the "${keyword}" check`;
  }
}

function describeParams(e: AjvError): string {
  const p = e.params;
  if (e.keyword === 'type') return `of type ${String(p['type'])}`;
  if (e.keyword === 'pattern') return `a string matching ${String(p['pattern'])}`;
  if (e.keyword === 'minimum') return `at least ${String(p['limit'])}`;
  if (e.keyword === 'maximum') return `at most ${String(p['limit'])}`;
  if (Array.isArray(p['allowedValues'])) return `one of ${p['allowedValues'].map((x) => JSON.stringify(x)).join(', ')}`;
  return 'valid';
}

