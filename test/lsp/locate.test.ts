// Where the cursor is, on text that is being typed (rarely JSON).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { locate } from '../../src/lsp/locate.js';

/** The spot at the `|` in `marked` (the bar removed). */
function at(marked: string) {
  const offset = marked.indexOf('|');
  return locate(marked.slice(0, offset) + marked.slice(offset + 1), offset);
}

describe('locate', () => {
  it('finds a key and the value of a key, with their paths', () => {
    assert.deepEqual(at('{"process": {"c|wd": "/"}}'), { path: ['process', 'cwd'], kind: 'key', string: { start: 14, end: 17, value: 'cwd', closed: true } });
    const v = at('{"process": {"cwd": "/s|rv"}}');
    assert.equal(v?.kind, 'value');
    assert.deepEqual(v?.path, ['process', 'cwd']);
    assert.equal(v?.string?.value, '/srv');
  });

  it('counts array items, nested containers and escapes', () => {
    const s = at('{"mounts": [{"destination": "/a\\"b"}, {"options": ["ro", "nosu|"]}]}');
    assert.deepEqual(s?.path, ['mounts', 1, 'options', 1]);
    assert.equal(s?.string?.value, 'nosu');
  });

  it('reads half-typed text: an unterminated string, a missing comma, a missing colon', () => {
    const open = at('{"process": {"capabilities": {"bounding": ["CAP_SYS|\n');
    assert.deepEqual(open?.path, ['process', 'capabilities', 'bounding', 0]);
    assert.deepEqual(open?.string, { start: 44, end: 51, value: 'CAP_SYS', closed: false });
    const noComma = at('{"a": 1 "process": {"us|');
    assert.deepEqual(noComma?.path, ['process', 'us']);
    assert.equal(noComma?.kind, 'key');
  });

  it('between tokens: a key position waits for a key, a value position for a value', () => {
    assert.deepEqual(at('{"process": { | }}'), { path: ['process', ''], kind: 'key' });
    assert.deepEqual(at('{"linux": {"namespaces": [{"type": |}]}}'), { path: ['linux', 'namespaces', 0, 'type'], kind: 'value' });
    assert.deepEqual(at('{"a": [1, 2, |]}'), { path: ['a', 2], kind: 'value' });
    // After a complete member or item with no comma yet: the next one.
    assert.deepEqual(at('{"a": 1 |'), { path: [''], kind: 'key' });
    assert.deepEqual(at('{"a": ["x" |'), { path: ['a', 1], kind: 'value' });
  });

  it('bare words are keys or values too', () => {
    assert.deepEqual(at('{"process": {"terminal": tr|}}')?.word, { start: 25, end: 27, text: 'tr' });
    assert.equal(at('{"process": {cw|}}')?.kind, 'key');
  });

  it('outside every container there is no spot', () => {
    assert.equal(at('|{}'), undefined);
    assert.equal(at('garbage |'), undefined);
  });
});
