import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { JsonDocument, toNumber } from '../../src/json/document.js';
import { displayPath, pathFrom, pointerFrom } from '../../src/json/pointer.js';

describe('JsonDocument', () => {
  it('keeps the value JSON.parse would produce for ordinary input', () => {
    const text = '{"a": [1, 2.5, -3e2, true, false, null, "x\\n\\u00e9\\ud83d\\ude00"], "b": {"c": {}}, "d": []}';
    assert.deepEqual(new JsonDocument(text).value, JSON.parse(text));
  });

  it('maps pointers to exact ranges of values and keys', () => {
    const text = '{\n  "process": {\n    "args": ["/bin/sh", "-c"],\n    "cwd": "/"\n  }\n}\n';
    const doc = new JsonDocument(text);
    const r = doc.rangeOf('/process/args/1');
    assert.deepEqual([r.start.line, r.start.column, r.end.line, r.end.column], [3, 25, 3, 29]);
    assert.equal(text.slice(r.start.offset, r.end.offset), '"-c"');
    const k = doc.rangeOf('/process/cwd', 'key');
    assert.equal(text.slice(k.start.offset, k.end.offset), '"cwd"');
    assert.deepEqual([k.start.line, k.start.column], [4, 5]);
  });

  it('maps a missing pointer to its nearest existing ancestor', () => {
    const doc = new JsonDocument('{"root": {"path": "x"}}');
    const r = doc.rangeOf('/root/readonly');
    assert.equal(doc.text.slice(r.start.offset, r.end.offset), '{"path": "x"}');
  });

  it('escapes "/" and "~" in pointers', () => {
    const doc = new JsonDocument('{"annotations": {"a/b~c": "v"}}');
    assert.equal(doc.rawText('/annotations/a~1b~0c'), '"v"');
    assert.equal(pointerFrom(['annotations', 'a/b~c']), '/annotations/a~1b~0c');
    assert.deepEqual(pathFrom('/annotations/a~1b~0c'), ['annotations', 'a/b~c']);
  });

  it('counts CRLF and lone CR line breaks as editors do', () => {
    const doc = new JsonDocument('{\r\n"a":\r1,\n"b": 2}');
    assert.deepEqual([doc.rangeOf('/a').start.line, doc.rangeOf('/b').start.line], [3, 4]);
  });

  it('counts columns in UTF-16 code units', () => {
    const doc = new JsonDocument('{"\u{1F600}": 1, "b": 2}');
    assert.equal(doc.rangeOf('/b', 'key').start.column, 11);
    assert.equal(doc.rangeOf('/b').start.column, 16);
  });

  it('keeps the last of duplicate keys in the value and reports the duplicate', () => {
    const doc = new JsonDocument('{"a": 1, "a": 2}');
    assert.deepEqual(doc.value, { a: 2 });
    assert.equal(doc.problems.length, 1);
    assert.equal(doc.problems[0]!.kind, 'duplicate-key');
  });

  it('stores "__proto__" as data, never as the prototype', () => {
    const doc = new JsonDocument('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}');
    const v = doc.value as Record<string, unknown>;
    assert.equal(Object.getPrototypeOf(v), Object.prototype);
    assert.deepEqual(Object.keys(v), ['__proto__', 'constructor']);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  });

  it('keeps big integers exact in the raw text', () => {
    const doc = new JsonDocument('{"limit": 18446744073709551615, "n": 123456789012345678901234567890}');
    assert.equal(doc.rawText('/limit'), '18446744073709551615');
    assert.equal(doc.rawText('/n'), '123456789012345678901234567890');
  });

  it('does not overflow the stack on deep nesting', () => {
    const doc = new JsonDocument('['.repeat(200000) + ']'.repeat(200000));
    assert.equal(doc.root, undefined);
    assert.equal(doc.problems[0]!.kind, 'too-deep');
  });

  it('reports a BOM and invalid UTF-8 and still parses the rest', () => {
    const bom = new JsonDocument(Buffer.from('\uFEFF{"a": 1}'));
    assert.deepEqual(bom.value, { a: 1 });
    assert.deepEqual(bom.encodingProblems.map((p) => p.kind), ['bom']);
    const bad = new JsonDocument(Buffer.concat([Buffer.from('{"a": "'), Buffer.from([0xff]), Buffer.from('"}')]));
    assert.deepEqual(bad.value, { a: '\uFFFD' });
    assert.deepEqual(bad.encodingProblems.map((p) => [p.kind, p.start]), [['utf8', 7]]);
  });
});

describe('toNumber', () => {
  it('is exact for safe integers and ordinary numbers', () => {
    assert.equal(toNumber('42', true), 42);
    assert.equal(toNumber('-0', true), -0);
    assert.equal(toNumber('1e400', false), Infinity);
  });
  it('keeps range checks against int64 and uint64 bounds exact', () => {
    // Values at the bound compare <= the bound's double; one past compares greater.
    assert.ok(toNumber('9223372036854775807', true) <= 9223372036854775807);
    assert.ok(toNumber('9223372036854775808', true) > 9223372036854775807);
    assert.ok(toNumber('18446744073709551615', true) <= 18446744073709551615);
    assert.ok(toNumber('18446744073709551616', true) > 18446744073709551615);
    assert.ok(toNumber('-9223372036854775808', true) >= -9223372036854775808);
    assert.ok(toNumber('-9223372036854775809', true) < -9223372036854775808);
  });
});

describe('displayPath', () => {
  it('writes fields as users write them', () => {
    assert.equal(displayPath(['process', 'args', 0]), 'process.args[0]');
    assert.equal(displayPath(['annotations', 'org.example/key']), 'annotations["org.example/key"]');
    assert.equal(displayPath([]), '(root)');
  });
});
