// The command line as users meet it: the real bin/ocilint.js in a subprocess.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { BASE_TREE, buildBundle, packBundle, tempDir } from '../helpers/fixture.js';
import { merge, unprivilegedConfig } from '../helpers/rule-tester.js';
import { sarifValidator } from '../helpers/sarif.js';
import { allRules } from '../../src/rules/all.js';
import { FORMATS } from '../../src/cli/options.js';

/** A scratch repository (it has .git, so config lookup stops here) with bundles good/ and bad/. */
function project(extra: Record<string, string> = {}, badPatch: Record<string, unknown> = { process: { cwd: 'srv' } }): string {
  const root = tempDir('ocilint-cli-');
  fs.mkdirSync(path.join(root, '.git'));
  buildBundle(path.join(root, 'bundles', 'good'), { config: text({}), rootfs: BASE_TREE });
  buildBundle(path.join(root, 'bundles', 'bad'), { config: text(badPatch), rootfs: BASE_TREE });
  for (const [f, body] of Object.entries(extra)) {
    fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    fs.writeFileSync(path.join(root, f), body);
  }
  return root;
}

function text(patch: Record<string, unknown>): string {
  return JSON.stringify(merge(unprivilegedConfig(), patch), null, 2) + '\n';
}

interface JsonReport {
  results: { filePath: string; messages: { ruleId: string; severity: string }[]; suppressed: { ruleId: string; suppressions: { kind: string; justification: string }[] }[] }[];
  summary: { errorCount: number; warningCount: number; suppressedCount: number };
}
const json = (s: string): JsonReport => JSON.parse(s) as JsonReport;
const validateSarif = sarifValidator();
const sarifSkip = validateSarif ? false : 'the SARIF schema is not available in ../shared';

describe('cli: formats and outputs', () => {
  it('-f and -o are paired: stylish to the terminal, SARIF to a file', () => {
    const root = project();
    const r = runCli(['-f', 'stylish', '-o', '-', '-f', 'sarif', '-o', 'out.sarif', 'bundles'], { cwd: root });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /process-cwd-absolute/);
    assert.doesNotMatch(r.stdout, /"version": "2.1.0"/);
    const log = JSON.parse(fs.readFileSync(path.join(root, 'out.sarif'), 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
    assert.deepEqual(log.runs[0]!.results.map((x) => x.ruleId), ['process-cwd-absolute']);
  });
  it('"-o -" keeps a format on stdout while a later one goes to a file', () => {
    const root = project();
    const r = runCli(['-f', 'gnu', '-o', '-', '-f', 'json', '-o', 'r.json', 'bundles'], { cwd: root });
    assert.match(r.stdout, /^bundles\/bad\/config\.json:\d+:\d+: error: .* \[process-cwd-absolute\]$/m);
    assert.equal(json(fs.readFileSync(path.join(root, 'r.json'), 'utf8')).summary.errorCount, 1);
  });
  it('SARIF from the CLI validates, with findings and clean', { skip: sarifSkip }, () => {
    const root = project();
    const bad = runCli(['-f', 'sarif', 'bundles'], { cwd: root });
    assert.equal(validateSarif!(JSON.parse(bad.stdout)), undefined);
    const clean = runCli(['-f', 'sarif', 'bundles/good'], { cwd: root });
    assert.equal(clean.code, 0);
    const log = JSON.parse(clean.stdout) as { runs: { results: unknown[] }[] };
    assert.equal(validateSarif!(log), undefined);
    assert.deepEqual(log.runs[0]!.results, []);
  });
  it('gitlab: a Code Quality report with the line of each finding, archives placed on the archive file', () => {
    const root = project();
    fs.mkdirSync(path.join(root, 'packed'));
    packBundle(path.join(root, 'bundles', 'bad'), 'tgz-dot', path.join(root, 'packed', 'bad.tgz'));
    const r = runCli(['-f', 'gitlab', '-o', 'gl-code-quality-report.json', '-f', 'gnu', 'bundles', 'packed'], { cwd: root });
    assert.equal(r.code, 1, r.stderr);
    const issues = JSON.parse(fs.readFileSync(path.join(root, 'gl-code-quality-report.json'), 'utf8')) as { check_name: string; severity: string; description: string; fingerprint: string; location: { path: string; lines: { begin: number } } }[];
    // The same line the gnu report gives, read off the real file.
    const line = Number(/^bundles\/bad\/config\.json:(\d+):/m.exec(r.stdout)![1]);
    assert.match(fs.readFileSync(path.join(root, 'bundles/bad/config.json'), 'utf8').split('\n')[line - 1]!, /"cwd": "srv"/);
    assert.deepEqual(
      issues.map((i) => [i.check_name, i.severity, i.location.path, i.location.lines.begin]),
      [
        ['process-cwd-absolute', 'major', 'bundles/bad/config.json', line],
        ['process-cwd-absolute', 'major', 'packed/bad.tgz', 1],
      ],
    );
    assert.match(issues[1]!.description, new RegExp(`\\(config\\.json:${line}:\\d+ in the archive\\)$`));
    assert.notEqual(issues[0]!.fingerprint, issues[1]!.fingerprint);
    const clean = runCli(['-f', 'gitlab', 'bundles/good'], { cwd: root });
    assert.equal(clean.code, 0);
    assert.equal(clean.stdout, '[]\n');
  });
  for (const format of ['json', 'sarif']) {
    it(`stdout holds only the ${format} report while warnings go to stderr`, () => {
      const root = project({ '.ocilint.yaml': 'ignores:\n  - rules: ["*"]\n    reason: old exception\n    expires: 2001-01-01\n' });
      const r = runCli(['-f', format, '--no-error-on-unmatched-pattern', 'bundles', 'missing/*', 'nothere'], { cwd: root });
      assert.equal(r.code, 1);
      assert.doesNotThrow(() => JSON.parse(r.stdout), 'stdout must be one JSON document');
      assert.ok(r.stdout.trimStart().startsWith('{') && r.stdout.trimEnd().endsWith('}'));
      assert.match(r.stderr, /expired on 2001-01-01/);
      assert.match(r.stderr, /missing\/\*: the pattern matches no file/);
      assert.match(r.stderr, /nothere: no such file/);
    });
  }
  it('--quiet reports errors only, in every report and for the exit status, after bulk suppressions', () => {
    // bad: an error (relative cwd) and a warning (AppArmor unconfined).
    const root = project({}, { process: { cwd: 'srv', apparmorProfile: 'unconfined' } });
    const loud = json(runCli(['-f', 'json', 'bundles'], { cwd: root }).stdout);
    assert.ok(loud.summary.warningCount > 0 && loud.summary.errorCount === 1);
    const r = runCli(['--quiet', '-f', 'json', '-f', 'gnu', '-o', 'q.txt', 'bundles'], { cwd: root });
    assert.equal(r.code, 1);
    const quiet = json(r.stdout);
    assert.deepEqual([quiet.summary.errorCount, quiet.summary.warningCount], [1, 0]);
    assert.deepEqual(quiet.results.flatMap((x) => x.messages.map((m) => m.severity)), ['error']);
    assert.doesNotMatch(fs.readFileSync(path.join(root, 'q.txt'), 'utf8'), /warning/);
    // Warnings alone: no longer a failure for --max-warnings or --fail-on warning.
    const warnOnly = project({}, { process: { apparmorProfile: 'unconfined' } });
    assert.equal(runCli(['--max-warnings', '0', 'bundles'], { cwd: warnOnly }).code, 1);
    assert.equal(runCli(['--quiet', '--max-warnings', '0', 'bundles'], { cwd: warnOnly }).code, 0);
    assert.equal(runCli(['bundles'], { cwd: warnOnly, env: { OCILINT_QUIET: 'true', OCILINT_FAIL_ON: 'warning' } }).code, 0);
    // A suppressions file that records the warnings is compared with them, not found stale.
    assert.equal(runCli(['--suppress-all', 'bundles'], { cwd: warnOnly }).code, 0);
    const after = runCli(['--quiet', 'bundles'], { cwd: warnOnly });
    assert.equal(after.code, 0, after.stderr);
    assert.equal(after.stderr, '');
  });
  it('the format never changes the exit code', () => {
    const root = project();
    const codes = FORMATS.map((f) => runCli(['-f', f, 'bundles'], { cwd: root }).code);
    assert.deepEqual(codes, codes.map(() => 1));
  });
});

describe('cli: --init', () => {
  it('writes a .ocilint.yaml that validates and applies, and never replaces one', () => {
    const root = project();
    const r = runCli(['--init', '--preset', 'restricted'], { cwd: root });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /wrote \.ocilint\.yaml \(extends: restricted\)/);
    const written = fs.readFileSync(path.join(root, '.ocilint.yaml'), 'utf8');
    const cfg = JSON.parse(runCli(['--print-config', 'bundles/bad'], { cwd: root }).stdout) as { configFile: string; preset: string };
    assert.deepEqual([path.basename(cfg.configFile), cfg.preset], ['.ocilint.yaml', 'restricted']);
    assert.equal(runCli(['bundles'], { cwd: root }).code, 1);
    const again = runCli(['--init'], { cwd: root });
    assert.equal(again.code, 2);
    assert.match(again.stderr, /\.ocilint\.yaml already exists/);
    assert.equal(fs.readFileSync(path.join(root, '.ocilint.yaml'), 'utf8'), written);
  });
  it('leaves a .ocilint.json or a symlink of that name alone', () => {
    const root = project({ '.ocilint.json': '{}' });
    assert.equal(runCli(['--init'], { cwd: root }).code, 2);
    assert.ok(!fs.existsSync(path.join(root, '.ocilint.yaml')));
    const other = project();
    fs.symlinkSync('elsewhere.yaml', path.join(other, '.ocilint.yaml'));
    assert.equal(runCli(['--init'], { cwd: other }).code, 2);
    assert.ok(!fs.existsSync(path.join(other, 'elsewhere.yaml')));
  });
});

describe('cli: configuration file', () => {
  it('an unknown key exits 2 and names it, with a suggestion', () => {
    const root = project({ '.ocilint.yaml': 'extends: recommended\nrulez:\n  process-cwd-absolute: off\n' });
    const r = runCli(['bundles'], { cwd: root });
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /\.ocilint\.yaml/);
    assert.match(r.stderr, /unknown key "rulez"; did you mean "rules"\?/);
  });
  it('a bad value exits 2 and names the key', () => {
    const root = project({ '.ocilint.json': '{"rules": {"process-cwd-absolute": "warn"}}' });
    const r = runCli(['bundles'], { cwd: root });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /rules\.process-cwd-absolute: must be one of error, warning, info, off, got "warn"; did you mean "warning"\?/);
  });
  it('-c names a file that does not exist: exit 2', () => {
    const root = project();
    const r = runCli(['-c', 'nope.yaml', 'bundles'], { cwd: root });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /nope\.yaml: cannot read the configuration file/);
  });
  it('rules from the nearest file apply, and --no-config-lookup ignores it', () => {
    const root = project({ 'bundles/.ocilint.yml': 'rules:\n  process-cwd-absolute: warning\n' });
    const r = runCli(['-f', 'json', 'bundles'], { cwd: root });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(json(r.stdout).results[0]!.messages.map((m) => m.severity), ['warning']);
    assert.equal(runCli(['--no-config-lookup', 'bundles'], { cwd: root }).code, 1);
  });
  it('the command line wins over the file', () => {
    const root = project({ '.ocilint.yaml': 'rules:\n  process-cwd-absolute: off\n' });
    assert.equal(runCli(['bundles'], { cwd: root }).code, 0);
    assert.equal(runCli(['--rule', 'process-cwd-absolute=error', 'bundles'], { cwd: root }).code, 1);
  });
  it('ignores by path suppress findings with their reason', () => {
    const root = project({ '.ocilint.yaml': 'ignores:\n  - rules: [process-cwd-absolute]\n    paths: [bundles/bad]\n    reason: "template, cwd set at deploy"\n' });
    const r = runCli(['-f', 'json', 'bundles'], { cwd: root });
    assert.equal(r.code, 0, r.stderr);
    const bad = json(r.stdout).results.find((x) => x.filePath.includes('bad'))!;
    assert.deepEqual(bad.messages, []);
    assert.equal(bad.suppressed[0]!.suppressions[0]!.kind, 'config');
    assert.equal(bad.suppressed[0]!.suppressions[0]!.justification, 'template, cwd set at deploy');
  });
  it('--print-config shows the file and the effective severities', () => {
    const root = project({ '.ocilint.yaml': 'extends: all\nrules:\n  process-cwd-absolute: info\n' });
    const r = runCli(['--print-config', 'bundles/bad'], { cwd: root });
    assert.equal(r.code, 0, r.stderr);
    const cfg = JSON.parse(r.stdout) as { configFile: string; preset: string; rules: Record<string, string> };
    assert.equal(cfg.configFile, '.ocilint.yaml');
    assert.equal(cfg.preset, 'all');
    assert.equal(cfg.rules['process-cwd-absolute'], 'info');
    assert.equal(Object.keys(cfg.rules).length, allRules.length);
  });
});

describe('cli: suppressions in the bundle', () => {
  const annotated = (reason: unknown) => ({ process: { cwd: 'srv' }, annotations: { 'dev.ocilint.ignore/process-cwd-absolute': reason } });
  it('an annotation with a reason suppresses, and shows in json and SARIF', () => {
    const root = project({}, annotated('cwd is set by the deploy tool'));
    const r = runCli(['-f', 'json', '-f', 'sarif', '-o', 'x.sarif', 'bundles'], { cwd: root });
    assert.equal(r.code, 0, r.stdout);
    const bad = json(r.stdout).results.find((x) => x.filePath.includes('bad'))!;
    assert.deepEqual(bad.messages, []);
    assert.equal(bad.suppressed[0]!.ruleId, 'process-cwd-absolute');
    assert.equal(bad.suppressed[0]!.suppressions[0]!.kind, 'inline');
    const log = JSON.parse(fs.readFileSync(path.join(root, 'x.sarif'), 'utf8')) as { runs: { results: { suppressions?: { kind: string }[] }[] }[] };
    assert.equal(log.runs[0]!.results[0]!.suppressions![0]!.kind, 'inSource');
    if (validateSarif) assert.equal(validateSarif(log), undefined);
  });
  it('a suppression without a reason is itself a finding and suppresses nothing', () => {
    const root = project({}, annotated(''));
    const r = runCli(['-f', 'json', 'bundles'], { cwd: root });
    assert.equal(r.code, 1);
    assert.deepEqual(json(r.stdout).results.find((x) => x.filePath.includes('bad'))!.messages.map((m) => m.ruleId).sort(), ['process-cwd-absolute', 'suppression-annotation']);
  });
  it('--no-inline-suppressions ignores annotations', () => {
    const root = project({}, annotated('cwd is set by the deploy tool'));
    const r = runCli(['-f', 'json', '--no-inline-suppressions', 'bundles'], { cwd: root });
    assert.equal(r.code, 1);
    const bad = json(r.stdout).results.find((x) => x.filePath.includes('bad'))!;
    assert.deepEqual(bad.messages.map((m) => m.ruleId), ['process-cwd-absolute']);
    assert.deepEqual(bad.suppressed, []);
  });
  it('unsuppressible rules in the configuration: annotations cannot silence them and are reported, ignores still can', () => {
    const policy = '.ocilint.yaml';
    const both = { process: { cwd: 'srv', env: ['PATH=/usr/bin:/bin', 'noequals'] }, annotations: { 'dev.ocilint.ignore/process-cwd-absolute': 'deploy sets it', 'dev.ocilint.ignore-all': 'legacy' } };
    const root = project({ [policy]: 'unsuppressible: [process-cwd-absolute]\n' }, both);
    const r = runCli(['-f', 'json', 'bundles'], { cwd: root });
    assert.equal(r.code, 1, r.stderr);
    const bad = json(r.stdout).results.find((x) => x.filePath.includes('bad'))!;
    assert.deepEqual(bad.messages.map((m) => m.ruleId).sort(), ['process-cwd-absolute', 'unused-suppression']);
    const notAllowed = (bad.messages as unknown as { messageId: string; message: string; detail: string | null }[]).find((m) => m.messageId === 'notAllowed');
    assert.match(`${notAllowed?.message} ${notAllowed?.detail}`, /cannot silence process-cwd-absolute, which is unsuppressible The ocilint configuration makes that rule unsuppressible/);
    // ignore-all still silences the other rules.
    assert.ok(bad.suppressed.length > 0 && bad.suppressed.every((d) => d.ruleId !== 'process-cwd-absolute'));
    fs.writeFileSync(path.join(root, policy), 'unsuppressible: [process-cwd-absolute]\nignores:\n  - rules: [process-cwd-absolute]\n    reason: the platform team accepts it\n');
    const ignored = json(runCli(['-f', 'json', 'bundles'], { cwd: root }).stdout).results.find((x) => x.filePath.includes('bad'))!;
    assert.ok(!ignored.messages.some((m) => m.ruleId === 'process-cwd-absolute'));
    assert.ok(ignored.suppressed.some((d) => d.ruleId === 'process-cwd-absolute' && d.suppressions[0]!.kind === 'config'));
  });
  it('an unused suppression is reported as a warning', () => {
    const root = project({}, { annotations: { 'dev.ocilint.ignore/process-cwd-absolute': 'was needed once' } });
    const r = runCli(['-f', 'json', 'bundles'], { cwd: root });
    assert.equal(r.code, 0);
    const bad = json(r.stdout).results.find((x) => x.filePath.includes('bad'))!;
    assert.deepEqual(bad.messages.map((m) => [m.ruleId, m.severity]), [['unused-suppression', 'warning']]);
  });
});

describe('cli: inputs', () => {
  it('reads a config from stdin and names it with --stdin-filename', () => {
    const r = runCli(['-f', 'gnu', '--stdin-filename', 'deploy/web/config.json', '-'], { input: text({ process: { cwd: 'x' } }) });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^deploy\/web\/config\.json:\d+:\d+: error: .*\[process-cwd-absolute\]$/m);
  });
  it('expands quoted globs itself', () => {
    const root = project();
    const r = runCli(['-f', 'json', 'bundles/*/config.json'], { cwd: root });
    assert.deepEqual(json(r.stdout).results.map((x) => x.filePath).sort(), ['bundles/bad/config.json', 'bundles/good/config.json']);
    const dirs = runCli(['-f', 'json', 'b*/g*'], { cwd: root });
    assert.deepEqual(json(dirs.stdout).results.map((x) => x.filePath), ['bundles/good/config.json']);
    // Directories without bundles and a bundle's rootfs are not inputs of their own.
    fs.mkdirSync(path.join(root, 'docs'));
    for (const g of ['*', '*/*', '*/*/*', 'bundles/**']) {
      const r2 = runCli(['-f', 'json', g], { cwd: root });
      assert.equal(r2.stderr, '', g);
      assert.deepEqual(json(r2.stdout).results.map((x) => x.filePath).sort(), ['bundles/bad/config.json', 'bundles/good/config.json'], g);
    }
    assert.equal(runCli(['doc*'], { cwd: root }).code, 2);
  });
  it('--ignore-pattern skips paths', () => {
    const root = project();
    const r = runCli(['-f', 'json', '--ignore-pattern', 'bundles/bad', 'bundles'], { cwd: root });
    assert.equal(r.code, 0);
    assert.deepEqual(json(r.stdout).results.map((x) => x.filePath), ['bundles/good/config.json']);
    const g = runCli(['-f', 'json', '--ignore-pattern', '**/bad/**', '--ignore-pattern', '**/bad', 'bundles/**'], { cwd: root });
    assert.deepEqual(json(g.stdout).results.map((x) => x.filePath), ['bundles/good/config.json']);
  });
  it('a path given whose bundles are all ignored is a warning, unless --no-warn-ignored (pre-commit passes every changed file)', () => {
    const root = project();
    const args = ['--ignore-pattern', 'bundles/bad', 'bundles/bad/config.json', 'bundles/good/config.json'];
    const loud = runCli(args, { cwd: root });
    assert.equal(loud.code, 0);
    assert.match(loud.stderr, /warning: bundles\/bad\/config\.json: every bundle it holds is ignored by --ignore-pattern/);
    const quiet = runCli(['--no-warn-ignored', ...args], { cwd: root });
    assert.deepEqual([quiet.code, quiet.stderr], [0, '']);
    assert.equal(runCli(args, { cwd: root, env: { OCILINT_WARN_IGNORED: 'false' } }).stderr, '');
  });
  it('a path or pattern that matches nothing exits 2 unless told otherwise', () => {
    const root = project();
    const miss = runCli(['nothing/*'], { cwd: root });
    assert.equal(miss.code, 2);
    assert.match(miss.stderr, /nothing\/\*: the pattern matches no file or directory/);
    assert.equal(runCli(['nothing'], { cwd: root }).code, 2);
    const ok = runCli(['--no-error-on-unmatched-pattern', 'nothing/*', 'bundles/good'], { cwd: root });
    assert.equal(ok.code, 0);
    assert.match(ok.stderr, /warning: nothing\/\*/);
  });
});

describe('cli: rule discovery', () => {
  it('--list-rules lists every rule, as text and as JSON', () => {
    const t = runCli(['--list-rules']);
    assert.equal(t.code, 0);
    for (const r of allRules) assert.match(t.stdout, new RegExp(`^${r.meta.id}\\s`, 'm'));
    const j = JSON.parse(runCli(['--list-rules', '-f', 'json']).stdout) as { id: string; docsUrl: string; presets: Record<string, string> }[];
    assert.deepEqual(j.map((x) => x.id), allRules.map((r) => r.meta.id));
    assert.ok(j.every((x) => x.docsUrl.endsWith(`${x.id}.md`) && x.presets['all']));
  });
  it('--explain renders the doc page for a terminal', () => {
    const r = runCli(['--explain', 'process-cwd-absolute']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^WHAT IT CHECKS$/m);
    assert.match(r.stdout, /^ {2}Category: spec$/m);
    assert.doesNotMatch(r.stdout, /^```|^\|/m);
    assert.doesNotMatch(r.stdout, /\x1b\[/);
    const colored = runCli(['--explain', 'process-cwd-absolute', '--color']);
    assert.match(colored.stdout, /\x1b\[1m/);
  });
  it('--explain of an unknown rule exits 2 with a suggestion', () => {
    const r = runCli(['--explain', 'process-cwd-absolut']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /did you mean "process-cwd-absolute"/);
  });
});
