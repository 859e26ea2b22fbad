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

const EXT: Record<string, string> = { stylish: 'txt', json: 'json', sarif: 'sarif', gnu: 'txt', github: 'txt', junit: 'xml', checkstyle: 'xml', gitlab: 'json' };

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
    if (name !== 'stylish' && name !== 'codeframe') {
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
    const pid = rules.find((r) => r.id === 'shared-pid-namespace')!;
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

describe('gitlab', () => {
  interface Issue { type: string; check_name: string; description: string; categories: string[]; severity: string; fingerprint: string; location: { path: string; lines: { begin: number } } }
  const render = async (input = sampleInput()) => JSON.parse((await loadFormatter('gitlab'))(input, { colorLevel: 0 })) as Issue[];
  it('has every field GitLab requires, of the right type, for each reported finding and none of the suppressed', async () => {
    const issues = await render();
    const reported = SAMPLE_RESULTS.reduce((n, r) => n + r.diagnostics.length, 0);
    assert.equal(issues.length, reported);
    for (const i of issues) {
      assert.equal(typeof i.description, 'string');
      assert.ok(i.description.length > 0 && !i.description.includes('\n'));
      assert.equal(typeof i.check_name, 'string');
      assert.match(i.fingerprint, /^[0-9a-f]{32}$/);
      assert.ok(['info', 'minor', 'major', 'critical', 'blocker'].includes(i.severity), i.severity);
      assert.equal(typeof i.location.path, 'string');
      assert.ok(Number.isInteger(i.location.lines.begin) && i.location.lines.begin >= 1);
    }
    assert.deepEqual(issues.map((i) => [i.check_name, i.severity, i.location.path, i.location.lines.begin]), [
      ['process-cwd-absolute', 'major', 'bundles/web/config.json', 4],
      ['process-args-executable', 'major', 'bundles/web/config.json', 5],
      ['shared-pid-namespace', 'minor', 'bundles/web/config.json', 7],
      ['env-style', 'info', 'bundles/web/config.json', 6],
      ['config-file-readable', 'major', '/elsewhere/broken/config.json', 1],
    ]);
  });
  it('fingerprints: unique within a report, the same when only the line moves, different in another file', async () => {
    const [web] = SAMPLE_RESULTS;
    const d = web!.diagnostics[0]!;
    const moved = { ...d, location: { ...d.location, range: { start: { line: 40, column: 1, offset: 900 }, end: { line: 40, column: 9, offset: 908 } } } };
    const twice = { ...web!, diagnostics: [d, moved] };
    const [a, b] = await render(sampleInput([twice]));
    assert.notEqual(a!.fingerprint, b!.fingerprint);
    const [alone] = await render(sampleInput([{ ...web!, diagnostics: [moved] }]));
    assert.equal(alone!.fingerprint, a!.fingerprint);
    const [other] = await render(sampleInput([{ ...web!, filePath: 'bundles/api/config.json', diagnostics: [d] }]));
    assert.notEqual(other!.fingerprint, a!.fingerprint);
  });
  it('a critical security rule reported as an error is critical', async () => {
    const d = SAMPLE_RESULTS[0]!.diagnostics[2]!;
    const input = sampleInput([{ ...SAMPLE_RESULTS[0]!, diagnostics: [{ ...d, severity: 'error' }] }]);
    const pid = input.rules.get('shared-pid-namespace')!;
    const critical = { ...input, rules: new Map([...input.rules, ['shared-pid-namespace', { ...pid, securitySeverity: 'critical' as const }]]) };
    assert.equal((await render(input))[0]!.severity, 'major');
    assert.equal((await render(critical))[0]!.severity, 'critical');
  });
});

describe('github escaping', () => {
  it('escapes data and properties as the toolkit does', () => {
    assert.equal(escapeData('100%\r\nnext'), '100%25%0D%0Anext');
    assert.equal(escapeProperty('a:b,c%\n'), 'a%3Ab%2Cc%25%0A');
  });
});
