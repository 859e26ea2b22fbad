// Golden tests for every format (UPDATE=1 rewrites the goldens), SARIF validated against the
// SARIF 2.1.0 schema read from ../shared at test time, and the escaping rules of each format.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadFormatter, FORMAT_NAMES } from '../../src/formatters/index.js';
import { FORMATS } from '../../src/cli/options.js';
import { escapeData, escapeProperty } from '../../src/formatters/github.js';
import { fingerprint } from '../../src/formatters/sarif.js';
import { SARIF_SCHEMA, sarifValidator } from '../helpers/sarif.js';
import { golden } from './golden.js';
import { SAMPLE_RESULTS, sampleInput } from './sample.js';

const EXT: Record<string, string> = { stylish: 'txt', json: 'json', sarif: 'sarif', gnu: 'txt', github: 'txt', junit: 'xml', checkstyle: 'xml' };

describe('formats', () => {
  it('the CLI offers exactly the registered formats', () => {
    assert.deepEqual([...FORMATS].sort(), [...FORMAT_NAMES].sort());
  });
  for (const name of FORMAT_NAMES) {
    it(`${name}: matches its golden file`, async () => {
      const text = (await loadFormatter(name))(sampleInput(), { colorLevel: 0 });
      golden(`${name}.${EXT[name] ?? 'txt'}`, text);
    });
    it(`${name}: clean run matches its golden file`, async () => {
      const text = (await loadFormatter(name))(sampleInput([SAMPLE_RESULTS[2]!]), { colorLevel: 0 });
      golden(`${name}-clean.${EXT[name] ?? 'txt'}`, text);
    });
    if (name !== 'stylish') {
      it(`${name}: never contains ANSI codes, even when colour is asked for`, async () => {
        const text = (await loadFormatter(name))(sampleInput(), { colorLevel: 3 });
        assert.ok(!text.includes('\x1b['));
      });
    }
  }
});

describe('sarif', () => {
  const validator = sarifValidator();
  const skip = validator ? false : `the SARIF schema is not at ${SARIF_SCHEMA}`;
  it('validates against the SARIF 2.1.0 schema', { skip }, async () => {
    const log = JSON.parse((await loadFormatter('sarif'))(sampleInput(), { colorLevel: 0 })) as unknown;
    assert.equal(validator!(log), undefined);
  });
  it('a clean run validates and has an empty results array', { skip }, async () => {
    const log = JSON.parse((await loadFormatter('sarif'))(sampleInput([]), { colorLevel: 0 })) as { runs: { results: unknown[] }[] };
    assert.equal(validator!(log), undefined);
    assert.deepEqual(log.runs[0]!.results, []);
  });
  it('gives security rules a security-severity and every rule a help link', async () => {
    const log = JSON.parse((await loadFormatter('sarif'))(sampleInput(), { colorLevel: 0 })) as {
      runs: { tool: { driver: { rules: { id: string; helpUri: string; properties: Record<string, unknown> }[] } } }[];
    };
    const rules = log.runs[0]!.tool.driver.rules;
    const pid = rules.find((r) => r.id === 'host-pid-namespace')!;
    assert.equal(pid.properties['security-severity'], '8.0');
    assert.ok((pid.properties['tags'] as string[]).includes('security'));
    assert.equal(rules.find((r) => r.id === 'process-cwd-absolute')!.properties['security-severity'], undefined);
    for (const r of rules) assert.match(r.helpUri, /^https:\/\/.+\/docs\/rules\/.+\.md$/);
  });
  it('marks suppressed findings with suppressions', async () => {
    const log = JSON.parse((await loadFormatter('sarif'))(sampleInput(), { colorLevel: 0 })) as {
      runs: { results: { ruleId: string; suppressions?: { kind: string; justification: string }[] }[] }[];
    };
    const sup = log.runs[0]!.results.filter((r) => r.suppressions);
    assert.deepEqual(sup.map((r) => r.suppressions![0]!.kind), ['inSource', 'external']);
    assert.equal(sup[0]!.suppressions![0]!.justification, 'debug bundle, needs host pids');
  });
  it('fingerprints depend on rule and pointer, not on the line', () => {
    const d = SAMPLE_RESULTS[0]!.diagnostics[0]!;
    const moved = { ...d, location: { ...d.location, range: { start: { line: 40, column: 1, offset: 900 }, end: { line: 40, column: 9, offset: 908 } } } };
    assert.equal(fingerprint(moved as typeof d), fingerprint(d));
    assert.notEqual(fingerprint({ ...d, ruleId: 'other' }), fingerprint(d));
  });
});

describe('github escaping', () => {
  it('escapes data and properties as the toolkit does', () => {
    assert.equal(escapeData('100%\r\nnext'), '100%25%0D%0Anext');
    assert.equal(escapeProperty('a:b,c%\n'), 'a%3Ab%2Cc%25%0A');
  });
});
