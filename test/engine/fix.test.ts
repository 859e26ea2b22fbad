// The fix model on text in memory: the fixer's edits keep everything they do not change byte for
// byte and write what they insert in the document's style; the applier takes fixes in passes,
// defers overlapping ones, stops after MAX_PASSES and never leaves a text that is not JSON.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic, Fix } from '../../src/core/types.js';
import { JsonDocument } from '../../src/json/document.js';
import { buildView, type Config } from '../../src/model/view.js';
import { fixerFor, type Edit, type Fixer } from '../../src/model/fixer.js';
import { applyFixes, fixText, makeFix, MAX_PASSES } from '../../src/engine/fix.js';

/** The text after one edit made by `build` on the view of `text`. */
function edited(text: string, build: (f: Fixer, c: Config) => Edit): string {
  const doc = new JsonDocument(text);
  const view = buildView(doc.value)!;
  const e = build(fixerFor(doc), view);
  const out = text.slice(0, e.start) + e.text + text.slice(e.end);
  JSON.parse(out);
  return out;
}

const PRETTY = '{\n  "ociVersion": "1.3.0",\n  "process": {\n    "args": [\n      "/bin/sh",\n      "-c"\n    ],\n    "cwd": "/"\n  },\n  "hostname": "h"\n}\n';

describe('fixer: removing', () => {
  it('a property in the middle takes its comma and the next one moves up', () => {
    assert.equal(
      edited(PRETTY, (f, c) => f.removeMember(c, 'process')),
      '{\n  "ociVersion": "1.3.0",\n  "hostname": "h"\n}\n',
    );
  });
  it('the last property takes the comma before it', () => {
    assert.equal(edited(PRETTY, (f, c) => f.removeMember(c.process!, 'cwd')), PRETTY.replace(',\n    "cwd": "/"', ''));
  });
  it('the only item leaves an empty array', () => {
    const text = '{"process": {"args": [ "x" ]}}';
    assert.equal(edited(text, (f, c) => f.removeMember(c.process!.args!, 0)), '{"process": {"args": []}}');
  });
  it('an array item, on one line', () => {
    const text = '{"process": {"args": ["a", "b", "c"]}}';
    assert.equal(edited(text, (f, c) => f.removeMember(c.process!.args!, 1)), '{"process": {"args": ["a", "c"]}}');
    assert.equal(edited(text, (f, c) => f.removeMember(c.process!.args!, 2)), '{"process": {"args": ["a", "b"]}}');
  });
  it('keeps CRLF line endings', () => {
    const crlf = PRETTY.replace(/\n/g, '\r\n');
    assert.equal(edited(crlf, (f, c) => f.removeMember(c, 'hostname')), crlf.replace(',\r\n  "hostname": "h"', ''));
  });
});

describe('fixer: inserting', () => {
  it('a property after the last one, at its indentation', () => {
    assert.equal(
      edited(PRETTY, (f, c) => f.insertProperty(c.process!, 'noNewPrivileges', true)),
      PRETTY.replace('"cwd": "/"\n', '"cwd": "/",\n    "noNewPrivileges": true\n'),
    );
  });
  it('an object value on several lines, one level deeper', () => {
    assert.equal(
      edited(PRETTY, (f, c) => f.insertProperty(c, 'annotations', { a: 'b', c: ['d'] })),
      PRETTY.replace('"hostname": "h"\n', '"hostname": "h",\n  "annotations": {\n    "a": "b",\n    "c": ["d"]\n  }\n'),
    );
  });
  it('into an empty object of an indented document', () => {
    const text = '{\n\t"annotations": {}\n}';
    assert.equal(edited(text, (f, c) => f.insertProperty(c.annotations!, 'k', 'v')), '{\n\t"annotations": {\n\t\t"k": "v"\n\t}\n}');
  });
  it('on one line into a one-line object, keeping compact spacing', () => {
    assert.equal(edited('{"hostname":"h"}', (f, c) => f.insertProperty(c, 'domainname', 'd')), '{"hostname":"h","domainname":"d"}');
    assert.equal(edited('{"hostname": "h"}', (f, c) => f.insertProperty(c, 'domainname', 'd')), '{"hostname": "h", "domainname": "d"}');
    assert.equal(edited('{}', (f, c) => f.insertProperty(c, 'a', { b: 1 })), '{"a": {"b": 1}}');
  });
  it('an item first in an array, before the one that was first', () => {
    const text = '{\r\n  "mounts": [\r\n    {\r\n      "destination": "/dev"\r\n    }\r\n  ]\r\n}';
    assert.equal(
      edited(text, (f, c) => f.insertItem(c.mounts!, 0, { destination: '/proc', type: 'proc' })),
      '{\r\n  "mounts": [\r\n    {\r\n      "destination": "/proc",\r\n      "type": "proc"\r\n    },\r\n    {\r\n      "destination": "/dev"\r\n    }\r\n  ]\r\n}',
    );
  });
  it('an item at the end of an array', () => {
    assert.equal(edited('{"process": {"args": ["a"]}}', (f, c) => f.insertItem(c.process!.args!, 1, 'b')), '{"process": {"args": ["a", "b"]}}');
  });
});

describe('fixer: replacing', () => {
  it('a value, and a key', () => {
    assert.equal(edited(PRETTY, (f, c) => f.replaceValue(c.process!.args!, 0, '/bin/bash')), PRETTY.replace('"/bin/sh"', '"/bin/bash"'));
    assert.equal(edited(PRETTY, (f, c) => f.renameKey(c, 'hostname', 'domainname')), PRETTY.replace('"hostname"', '"domainname"'));
  });
  it('a value by an object, at the indentation of its line', () => {
    assert.equal(
      edited(PRETTY, (f, c) => f.replaceValue(c, 'hostname', { x: 1 })),
      PRETTY.replace('"hostname": "h"', '"hostname": {\n    "x": 1\n  }'),
    );
  });
  it('a place the document does not have is a defect, not a silent no-op', () => {
    assert.throws(() => edited(PRETTY, (f, c) => f.removeMember(c, 'linux')));
  });
});

/** A finding with a fix of one edit. */
function finding(ruleId: string, doc: JsonDocument, start: number, end: number, text: string): Diagnostic {
  const fix = makeFix(doc, `${ruleId} fix`, { start, end, text })!;
  return { ruleId, messageId: 'm', message: 'm', severity: 'error', location: { kind: 'config', pointer: '', range: doc.range(start, end) }, fix };
}

describe('applier', () => {
  it('makeFix drops edits that change nothing and refuses overlapping ones', () => {
    const doc = new JsonDocument('{"a": 1}');
    assert.equal(makeFix(doc, 't', { start: 6, end: 7, text: '1' }), undefined);
    assert.throws(() => makeFix(doc, 't', [{ start: 1, end: 4, text: '' }, { start: 3, end: 5, text: '' }]), /overlapping/);
    assert.throws(() => makeFix(doc, 't', { start: 6, end: 99, text: '' }), /outside/);
  });

  it('one pass applies fixes that do not overlap, once each, and defers the others', () => {
    const text = '{"a": 1, "b": 2}';
    const doc = new JsonDocument(text);
    const fixes: Fix[] = [
      finding('r', doc, 6, 7, '10').fix!,
      finding('r', doc, 6, 7, '10').fix!, // the same fix from another finding
      finding('s', doc, 6, 8, '11,').fix!, // overlaps the first
      finding('t', doc, 14, 15, '20').fix!,
    ];
    assert.deepEqual(applyFixes(text, fixes), { text: '{"a": 10, "b": 20}', applied: 2, deferred: 1 });
  });

  it('passes until nothing applies: a deferred fix is applied after the re-lint', async () => {
    // A "rule" with two findings whose fixes overlap: each pass can apply only one.
    const lint = (text: string) => {
      const doc = new JsonDocument(text);
      const out: Diagnostic[] = [];
      const a = text.indexOf('"x"');
      if (a >= 0) out.push(finding('x', doc, a, a + 3, '"X"'));
      if (a >= 0 && text.includes('"y"')) out.push(finding('y', doc, a, text.indexOf('"y"') + 3, '"X", "Y"'));
      else if (text.includes('"y"')) out.push(finding('y', doc, text.indexOf('"y"'), text.indexOf('"y"') + 3, '"Y"'));
      return { diagnostics: out };
    };
    const outcome = await fixText('["x", "y"]', lint);
    assert.equal(outcome.text, '["X", "Y"]');
    assert.equal(outcome.applied, 2);
    assert.equal(outcome.passes, 2);
    assert.deepEqual(outcome.result.diagnostics, []);
  });

  it('stops after MAX_PASSES when fixes keep making findings', async () => {
    let lints = 0;
    const lint = (text: string) => {
      lints++;
      const doc = new JsonDocument(text);
      return { diagnostics: [finding('grow', doc, 1, 1, '1,')] };
    };
    const outcome = await fixText('[0]', lint);
    assert.equal(outcome.passes, MAX_PASSES);
    assert.equal(outcome.text, `[${'1,'.repeat(MAX_PASSES)}0]`);
    assert.equal(lints, MAX_PASSES + 1);
  });

  it('throws away a pass that would make the text invalid JSON, and says whose fixes', async () => {
    const lint = (text: string) => ({ diagnostics: [finding('breaker', new JsonDocument(text), 0, 1, '')] });
    const outcome = await fixText('{"a": 1}', lint);
    assert.equal(outcome.text, '{"a": 1}');
    assert.equal(outcome.applied, 0);
    assert.match(outcome.broken ?? '', /breaker/);
  });

  it('applies only the fixes the filter takes', async () => {
    const lint = (text: string) => {
      const doc = new JsonDocument(text);
      const out: Diagnostic[] = [];
      if (text[1] === '0') out.push(finding('keep', doc, 1, 2, '1'));
      if (text[4] === '0') out.push(finding('take', doc, 4, 5, '2'));
      return { diagnostics: out };
    };
    const outcome = await fixText('[0, 0]', lint, { filter: (d) => d.ruleId === 'take' });
    assert.equal(outcome.text, '[0, 2]');
    assert.deepEqual(outcome.result.diagnostics.map((d) => d.ruleId), ['keep']);
  });
});
