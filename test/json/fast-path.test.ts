// JsonDocument takes a fast way in for plain valid JSON (JSON.parse, positions found by scanning
// the text) and the parser's tree for everything else. Both must give the same value, problems,
// positions, raw text and exact integers for every pointer of every document.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { JsonDocument } from '../../src/json/document.js';
import { textFacts } from '../../src/json/scan.js';
import { pointerFrom } from '../../src/json/pointer.js';
import { fixturesDir } from '../helpers/paths.js';

/** Every pointer into a value, and one past each container's end (a missing child). */
function pointers(value: unknown): string[] {
  const out: string[] = [''];
  const stack: [unknown, (string | number)[]][] = [[value, []]];
  while (stack.length) {
    const [v, at] = stack.pop()!;
    if (Array.isArray(v)) {
      v.forEach((item, i) => {
        out.push(pointerFrom([...at, i]));
        stack.push([item, [...at, i]]);
      });
      out.push(pointerFrom([...at, v.length]), pointerFrom([...at, 'x']));
    } else if (v !== null && typeof v === 'object') {
      for (const [k, item] of Object.entries(v)) {
        out.push(pointerFrom([...at, k]));
        stack.push([item, [...at, k]]);
      }
      out.push(pointerFrom([...at, 'no such key']), pointerFrom([...at, '0']));
    }
  }
  return out;
}

/** Compares the two ways in; returns the first difference. */
function differences(text: string, way: 'fast' | 'tree' = 'fast'): string | undefined {
  const fast = new JsonDocument(Buffer.from(text, 'utf8'));
  const tree = new JsonDocument(Buffer.from(text, 'utf8'), true);
  if (fast.fast !== (way === 'fast')) return `took the ${fast.fast ? 'fast way' : 'tree'}, expected the ${way === 'fast' ? 'fast way' : 'tree'}`;
  if (fast.parsed !== tree.parsed) return `parsed ${fast.parsed} vs ${tree.parsed}`;
  try {
    assert.deepStrictEqual(fast.value, tree.value);
    assert.deepStrictEqual(fast.problems, tree.problems);
  } catch (e) {
    return (e as Error).message;
  }
  if (!tree.parsed) return undefined;
  for (const p of pointers(tree.value)) {
    for (const target of ['value', 'key'] as const) {
      const a = fast.rangeOf(p, target);
      const b = tree.rangeOf(p, target);
      if (JSON.stringify(a) !== JSON.stringify(b)) return `rangeOf(${JSON.stringify(p)}, ${target}): ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
    }
    if (fast.rawText(p) !== tree.rawText(p)) return `rawText(${JSON.stringify(p)}): ${fast.rawText(p)} vs ${tree.rawText(p)}`;
    const v = valueAt(tree.value, p);
    if (typeof v === 'number' && fast.integerAt(p, v) !== tree.integerAt(p, v)) return `integerAt(${JSON.stringify(p)}): ${fast.integerAt(p, v)} vs ${tree.integerAt(p, v)}`;
  }
  return undefined;
}

function unsafeInteger(v: unknown): boolean {
  if (typeof v === 'number') return Number.isInteger(v) && !Number.isSafeInteger(v);
  if (v !== null && typeof v === 'object') return Object.values(v).some(unsafeInteger);
  return false;
}

function valueAt(value: unknown, pointer: string): unknown {
  let cur = value;
  for (const seg of pointer.split('/').slice(1)) {
    const key = seg.replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

describe('the fast way in and the parser agree', () => {
  it('on every fixture and real config', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory() && e.name !== 'rootfs') walk(path.join(dir, e.name));
        else if (e.isFile() && e.name.endsWith('.json')) files.push(path.join(dir, e.name));
      }
    };
    walk(fixturesDir);
    assert.ok(files.length >= 20, `only ${files.length} fixture configs`);
    for (const f of files) assert.equal(differences(fs.readFileSync(f, 'utf8')), undefined, f);
  });

  it('on texts that must leave the fast way', () => {
    const cases = [
      '{"a": 1, "a": 2}', // duplicate key: the parser reports it
      '{"a" : 1, "a": 2}', // ... with a space before one colon
      '{"a\\\\":1,"a\\\\" :2}', // ... after a key ending in an escaped backslash
      '{"a": {"b": 1, "c": {"b": 2, "b": 3}}}',
      '{"k\\u0065y": 1, "key": 2}', // a duplicate only after decoding escapes
      '{"n": 18446744073709551615}', // beyond 2^53: nudged past the uint64 bound
      '{"n": 9223372036854775808, "m": -9223372036854775809}',
      '{"n": 1e300}',
      '\ufeff{"a": 1}', // BOM
      '{"a": 1,}', // syntax error
      '['.repeat(1001) + ']'.repeat(1001), // past the nesting limit
    ];
    for (const text of cases) assert.equal(differences(text, 'tree'), undefined, text);
  });

  it('on plain texts that take it', () => {
    const cases = [
      '{"n": 1.0, "m": 5, "e": 1E2, "f": 2e-1}', // fraction and exponent literals: not integers
      '{"s": "1.5e3", "n": 7}', // a '.' only inside a string
      '{"a": true, "b": [false, 2E3], "n": -0, "m": 12}', // one exponent, after literals ending in 'e'
      '{"n": 1.0, "m": 5}', // one fraction: 1.0 is not an integer
      '{"n": -1.0, "m": 5}',
      '{"p": [":8080", "::1"], "n": 5}', // strings that start with ':'
      '{"e": 9e1}',
      '{"v": "1.0.2", "n": [4, 5], "t": true}', // no fraction anywhere: integers taken from the value
      '[5e1, 3]',
      '{"true": true, "false": false, "x": [1e0]}',
      '{"n": 9007199254740991, "m": -9007199254740991}',
      '['.repeat(1000) + ']'.repeat(1000), // at the nesting limit
      '{"a\\"b": {"c\\\\": [0, {"d/e~f": 1, "\\"": "\\\\\\""}]}, "z": "\\\\"}',
      ' \r\n\t{ "a" :\r\n[ 1 ,2 ] , "b" : { } } \n',
      '"just a string"',
      '42',
    ];
    for (const text of cases) assert.equal(differences(text), undefined, text);
  });

  it('on arbitrary JSON with arbitrary spacing (property)', () => {
    const spaced = fc
      .tuple(fc.jsonValue({ maxDepth: 5 }), fc.constantFrom(undefined, 0, 1, 2, '\t', '\r\n '))
      .map(([v, indent]) => {
        const text = JSON.stringify(v, null, indent as never) ?? 'null';
        return indent === '\r\n ' ? text.replace(/\n/g, '\r\n') : text;
      });
    fc.assert(
      // Integers beyond 2^53 are the one thing here that must leave the fast way.
      fc.property(spaced, (text) => differences(text, unsafeInteger(JSON.parse(text)) ? 'tree' : 'fast') === undefined),
      { seed: 20261129, numRuns: 400 },
    );
  });

  it('finds the positions of many findings under one array', () => {
    const items = Array.from({ length: 40 }, (_, i) => `{"destination": "/m${i}"}`);
    const text = `{"mounts": [${items.join(', ')}]}`;
    const fast = new JsonDocument(text);
    const tree = new JsonDocument(text, true);
    for (let i = 0; i < 40; i++) assert.deepEqual(fast.rangeOf(`/mounts/${i}/destination`), tree.rangeOf(`/mounts/${i}/destination`));
  });
});

describe('textFacts', () => {
  it('counts every key colon, whatever the spacing and escapes around it', () => {
    assert.equal(textFacts('{"a":1, "b" :\t{"c"\r\n: [ ]}, "d\\\\": 2}').keys, 4);
    // A '"' escaped by an odd run of backslashes is inside a string: no key ends there.
    assert.equal(textFacts('{"x\\": y": 1}').keys, 1);
    // A string value starting with ':' counts too; JsonDocument then counts exactly.
    assert.equal(textFacts('{"p": ":80"}').keys, 2);
  });

  it('sees a fraction or an exponent outside strings, wherever a number can start', () => {
    for (const t of ['2e5', '-0.5', '[1.5]', '[0, 3E2]', '{"a": -1e-3}', '{"a":\n  7.25}']) assert.equal(textFacts(t).fractions, true, t);
    for (const t of ['{"v": "1.0.2"}', '{"a": [1, -2], "b": true, "c": false}', '{"s": "x 1.5"}', '{"e": "3e"}']) assert.equal(textFacts(t).fractions, false, t);
  });
});

describe('positions', () => {
  /** Line and column by counting breaks (\n, \r\n, lone \r) from the start. */
  function naive(text: string, offset: number): [number, number] {
    let line = 1;
    let start = 0;
    for (let i = 0; i < offset; i++) {
      const c = text[i];
      if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) (line++, (start = i + 1));
      else if (c === '\r') {
        if (i + 1 < offset) (line++, (start = i + 2), i++);
      }
    }
    return [line, offset - start + 1];
  }

  it('are right for offsets asked in any order, with any line breaks (property)', () => {
    const text = fc.array(fc.constantFrom('a', ' ', '"x"', '\n', '\r\n', '\r', '{', '1'), { maxLength: 80 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 12 }), (t, picks) => {
        const doc = new JsonDocument(t);
        for (const p of picks) {
          const offset = t.length === 0 ? 0 : p % (t.length + 1);
          // Between the \r and \n of a CRLF is the end of the line, not a column past it.
          if (t[offset - 1] === '\r' && t[offset] === '\n') continue;
          const pos = doc.positionAt(offset);
          const [line, column] = naive(t, offset);
          if (pos.line !== line || pos.column !== column) return false;
        }
        return true;
      }),
      { seed: 20261129, numRuns: 500 },
    );
  });
});
