import { defineRule, type Fixer } from './api.js';
import type { JsonNode, JsonProperty } from '../json/parse.js';

// Two values for one key: Go's encoding/json (runc) keeps the last, other parsers differ, and
// whoever wrote the file probably meant only one of them.
export default defineRule({
  meta: {
    id: 'json-duplicate-key',
    description: 'An object in config.json must not name the same key twice.',
    category: 'syntax',
    defaultSeverity: 'error',
    spec: { url: 'https://www.rfc-editor.org/rfc/rfc8259#section-4', level: 'SHOULD' },
    // Both Go (runc) and crun's parser take one of the values and go on (runtime oracle).
    fixable: '`--fix` removes a later duplicate whose value is the same as the first.',
    suggests: 'for different values, keeping the first or this one.',
    messages: {
      duplicate: {
        headline: 'Duplicate key "{{key}}" in one object',
        detail: 'Parsers disagree on which value wins: Go\'s encoding/json (runc) keeps the last, other parsers differ, and whoever wrote the file probably meant only one of them.',
        help: 'Keep one of the values and remove the other.',
        runtimes: { runc: 'accepts', crun: 'accepts' },
      },
    },
  },
  // The text itself: no config part to wait for.
  check(ctx) {
    let members: Map<number, JsonProperty> | undefined;
    for (const p of ctx.doc.problems) {
      if (p.kind !== 'duplicate-key' || p.key === undefined) continue;
      members ??= propertiesByKeyStart(ctx.doc.root);
      const later = members.get(p.start);
      const first = p.firstStart === undefined ? undefined : members.get(p.firstStart);
      const span = (m: JsonProperty) => ({ start: m.keyStart, end: m.value.end });
      // The same value twice means what it means once: the repeat goes. Two values: a person
      // picks the one meant (Go's encoding/json, and so runc, takes the last of all).
      const same = later !== undefined && first !== undefined && sameValue(first.value, later.value);
      const fix = same ? { title: `Remove the repeated "${p.key}"`, edit: (f: Fixer) => f.removeMemberText(span(later)) } : undefined;
      const suggestions =
        later !== undefined && first !== undefined && !same
          ? [
              { title: 'Keep the first value', edit: (f: Fixer) => f.removeMemberText(span(later)) },
              { title: 'Keep this value, not the first', edit: (f: Fixer) => f.removeMemberText(span(first)) },
            ]
          : [];
      ctx.report({
        messageId: 'duplicate',
        pointer: '',
        at: { start: p.start, end: p.end },
        data: { key: p.key },
        ...(fix && { fix }),
        suggestions,
        related:
          p.firstStart !== undefined && p.firstEnd !== undefined
            ? [{ message: 'first defined here', pointer: '', at: { start: p.firstStart, end: p.firstEnd } }]
            : [],
      });
    }
  },
});

/** Every property of the syntax tree, by the offset of its key. */
function propertiesByKeyStart(root: JsonNode | undefined): Map<number, JsonProperty> {
  const out = new Map<number, JsonProperty>();
  // Iterative: a hostile file may nest deeply.
  const stack: JsonNode[] = root ? [root] : [];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'object') {
      for (const p of n.properties) {
        out.set(p.keyStart, p);
        stack.push(p.value);
      }
    } else if (n.type === 'array') stack.push(...n.items);
  }
  return out;
}

/** Whether two values mean the same: numbers as written, objects whatever their key order. */
function sameValue(a: JsonNode, b: JsonNode): boolean {
  const pairs: [JsonNode, JsonNode][] = [[a, b]];
  while (pairs.length) {
    const [x, y] = pairs.pop()!;
    if (x.type !== y.type) return false;
    if (x.type === 'number' && y.type === 'number') {
      if (x.raw !== y.raw) return false;
    } else if (x.type === 'array' && y.type === 'array') {
      if (x.items.length !== y.items.length) return false;
      x.items.forEach((item, i) => pairs.push([item, y.items[i]!]));
    } else if (x.type === 'object' && y.type === 'object') {
      if (x.properties.length !== y.properties.length) return false;
      for (const p of x.properties) {
        const q = y.properties.find((o) => o.key === p.key);
        if (q === undefined) return false;
        pairs.push([p.value, q.value]);
      }
    } else if ((x.type === 'string' || x.type === 'boolean' || x.type === 'null') && x.value !== (y as typeof x).value) return false;
  }
  return true;
}
