// Turns the description (model/*.ts) into a JSON Schema (draft-07) for one release, plus the
// tables the message layer needs: what each schema location expects, and notes for conditions.

import { SPEC_VERSIONS, type SpecVersion } from '../../core/versions.js';
import { enumValue, inSpan, INT_BOUNDS, isRequired, resolve, type Node } from './dsl.js';
import { configNode } from './root.js';

const SCHEMA_DRAFT = 'http://json-schema.org/draft-07/schema#';

export interface Emitted {
  /** The schema; integer bounds are bigint so the text can be written exactly. */
  schema: Record<string, unknown>;
  /** Schema location (as in ajv's schemaPath, without the keyword) -> what is expected there. */
  expected: Record<string, string>;
  /** Schema location -> message tail for a condition (`$comment` of the fragment). */
  notes: Record<string, string>;
}

type Json = Record<string, unknown>;

const ESC = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');

function quoteList(values: string[]): string {
  const sorted = [...values].sort();
  const shown = sorted.length > 10 ? [...sorted.slice(0, 8).map((x) => JSON.stringify(x)), '...'] : sorted.map((x) => JSON.stringify(x));
  return shown.join(', ');
}

export function emitRelease(v: SpecVersion): Emitted {
  const expected: Record<string, string> = {};
  const notes: Record<string, string> = {};
  const definitions: Record<string, Json> = {};
  const defNodes = new Map<string, Node>();

  function emit(raw: Node, path: string): Json {
    const node = resolve(raw, v);
    if (node.def !== undefined && !path.startsWith('#/definitions/')) {
      const prior = defNodes.get(node.def);
      if (prior === undefined) {
        defNodes.set(node.def, node);
        // Emit the shared shape without the marks of the place that uses it.
        const { def: _d, since: _s, until: _u, req: _r, ...shape } = node;
        definitions[node.def] = emit({ ...shape, def: node.def } as Node, `#/definitions/${node.def}`);
      }
      return { $ref: `#/definitions/${node.def}` };
    }
    const out: Json = {};
    if (node.doc !== undefined) out['description'] = node.doc;
    switch (node.kind) {
      case 'string': {
        out['type'] = 'string';
        if (node.enum) {
          const values = node.enum.filter((e) => typeof e === 'string' || inSpan(e, v)).map(enumValue);
          out['enum'] = values;
          expected[path] = `one of ${quoteList(values)}`;
        } else if (node.pattern !== undefined) {
          out['pattern'] = node.pattern;
          expected[path] = node.patternText ?? `a string matching ${node.pattern}`;
        } else {
          expected[path] = 'a string';
        }
        break;
      }
      case 'integer': {
        out['type'] = 'integer';
        const bounds = node.int ? INT_BOUNDS[node.int] : undefined;
        const min = node.min ?? bounds?.[0];
        const max = node.max ?? bounds?.[1];
        if (min !== undefined) out['minimum'] = min;
        if (max !== undefined) out['maximum'] = max;
        expected[path] =
          min !== undefined && max !== undefined
            ? `an integer from ${min} to ${max}`
            : min !== undefined
              ? `an integer of at least ${min}`
              : 'an integer';
        break;
      }
      case 'boolean':
        out['type'] = 'boolean';
        expected[path] = 'true or false';
        break;
      case 'any':
        break;
      case 'array': {
        out['type'] = 'array';
        out['items'] = emit(node.items, `${path}/items`);
        if (node.minItems !== undefined) out['minItems'] = node.minItems;
        expected[path] = node.minItems ? `an array with at least ${node.minItems} entry` : 'an array';
        break;
      }
      case 'object': {
        out['type'] = 'object';
        expected[path] = 'an object';
        if (node.props) {
          const props: Json = {};
          const required: string[] = [];
          for (const [key, child] of Object.entries(node.props)) {
            if (!inSpan(child, v)) continue;
            props[key] = emit(child, `${path}/properties/${ESC(key)}`);
            if (isRequired(resolve(child, v), v)) required.push(key);
          }
          out['properties'] = props;
          if (required.length > 0) out['required'] = required;
        }
        if (node.values) out['additionalProperties'] = emit(node.values, `${path}/additionalProperties`);
        const extra = node.extra?.(v) ?? [];
        if (extra.length > 0) {
          out['allOf'] = extra;
          collectNotes(extra, `${path}/allOf`, notes);
        }
        break;
      }
    }
    return out;
  }

  const body = emit(configNode, '#');
  const schema: Json = {
    $schema: SCHEMA_DRAFT,
    $id: `https://ocilint.dev/schemas/${v}/config.schema.json`,
    title: `OCI runtime config.json, runtime-spec ${v} (ocilint)`,
    ...body,
    definitions,
  };
  return { schema, expected, notes };
}

function collectNotes(value: unknown, path: string, notes: Record<string, string>): void {
  if (Array.isArray(value)) {
    value.forEach((x, i) => collectNotes(x, `${path}/${i}`, notes));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, x] of Object.entries(value)) {
      if (k === '$comment' && typeof x === 'string') notes[path] = x;
      else collectNotes(x, `${path}/${ESC(k)}`, notes);
    }
  }
}

/** JSON text with bigint bounds written as exact integer literals. */
export function schemaText(schema: unknown): string {
  const text = JSON.stringify(schema, (_k, x: unknown) => (typeof x === 'bigint' ? `@@big:${x.toString()}` : x), 2);
  return text.replace(/"@@big:(-?\d+)"/g, '$1') + '\n';
}

/** A copy with bigint turned into Number, for ajv. */
export function forAjv(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema, (_k, x: unknown) => (typeof x === 'bigint' ? Number(x) : x)));
}

export const RELEASES: readonly SpecVersion[] = SPEC_VERSIONS;
