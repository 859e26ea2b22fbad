import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { fixturesDir } from '../helpers/paths.js';
import { tempDir } from '../helpers/fixture.js';
import { OPTIONS } from '../../src/cli/options.js';
import { envArgs, variableFor } from '../../src/cli/env.js';

/** `hello` with dangerous capabilities and a misspelt key: two warnings (capability-dangerous, unknown-property), no error. */
function warningsOnly(): string {
  const dir = path.join(tempDir(), 'caps');
  fs.cpSync(path.join(fixturesDir, 'bundles', 'hello'), dir, { recursive: true });
  const file = path.join(dir, 'config.json');
  const text = fs.readFileSync(file, 'utf8');
  const edited = text
    .replace('"bounding": ["CAP_KILL", "CAP_NET_BIND_SERVICE"]', '"bounding": ["CAP_KILL", "CAP_NET_BIND_SERVICE", "CAP_SYS_ADMIN", "CAP_SYS_PTRACE"]')
    .replace('"noNewPrivileges": true', '"noNewPrivileges": true, "terminl": false');
  assert.notEqual(edited, text);
  fs.writeFileSync(file, edited);
  return dir;
}

const missingBinary = path.join(fixturesDir, 'bundles', 'broken-missing-binary');

describe('OCILINT_* settings from the environment', () => {
  it('OCILINT_FORMAT chooses the report format; -f on the command line wins', () => {
    const dir = warningsOnly();
    const json = runCli([dir], { env: { OCILINT_FORMAT: 'json' } });
    assert.equal((JSON.parse(json.stdout) as { results: unknown[] }).results.length, 1);
    const gnu = runCli(['-f', 'gnu', dir], { env: { OCILINT_FORMAT: 'json' } });
    assert.match(gnu.stdout, /config\.json:\d+:\d+: warning: .*\[capability-dangerous\]/);
    assert.equal(gnu.stderr, '');
  });

  it('OCILINT_FAIL_ON and OCILINT_MAX_WARNINGS set the exit status; their flags win', () => {
    const dir = warningsOnly();
    assert.equal(runCli([dir]).code, 0);
    assert.equal(runCli([dir], { env: { OCILINT_FAIL_ON: 'warning' } }).code, 1);
    assert.equal(runCli(['--fail-on', 'error', dir], { env: { OCILINT_FAIL_ON: 'warning' } }).code, 0);
    assert.equal(runCli([dir], { env: { OCILINT_MAX_WARNINGS: '1' } }).code, 1);
    assert.equal(runCli([dir], { env: { OCILINT_MAX_WARNINGS: '2' } }).code, 0);
  });

  it('reads lists comma-separated and booleans as true/false, 1/0, yes/no, on/off', () => {
    const dir = warningsOnly();
    const r = runCli(['-f', 'json', dir], { env: { OCILINT_RULE: 'capability-dangerous=error, unknown-property=error, root-path-conventional=off' } });
    assert.equal(r.code, 1);
    assert.deepEqual((JSON.parse(r.stdout) as { results: { errorCount: number }[] }).results[0]!.errorCount, 2);
    assert.equal(runCli([missingBinary]).code, 1);
    for (const yes of ['true', '1', 'YES', 'on']) assert.equal(runCli([missingBinary], { env: { OCILINT_CONFIG_ONLY: yes } }).code, 0, yes);
    for (const no of ['false', '0', 'no', 'Off']) assert.equal(runCli([missingBinary], { env: { OCILINT_CONFIG_ONLY: no } }).code, 1, no);
    // The flag wins, in either direction.
    assert.equal(runCli(['--no-config-only', missingBinary], { env: { OCILINT_CONFIG_ONLY: 'true' } }).code, 1);
    // An empty variable is as good as unset.
    assert.equal(runCli([missingBinary], { env: { OCILINT_CONFIG_ONLY: '' } }).code, 1);
  });

  it('exits 2 naming the variable when its value is wrong, unless the flag is given', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ OCILINT_FAIL_ON: 'bad' }, /^ocilint: OCILINT_FAIL_ON must be one of error, warning, info, none, got "bad"\n$/],
      [{ OCILINT_MAX_WARNINGS: 'ten' }, /^ocilint: OCILINT_MAX_WARNINGS must be a whole number, got "ten"\n$/],
      [{ OCILINT_HOST_SPECIFIC: 'maybe' }, /^ocilint: OCILINT_HOST_SPECIFIC must be true or false .*got "maybe"\n$/],
      [{ OCILINT_TARGET: 'runc,bogus' }, /^ocilint: OCILINT_TARGET: unknown runtime "bogus" in "bogus": expected one of runc, crun, youki, kata\n$/],
      [{ OCILINT_TARGET: 'runc@one' }, /^ocilint: OCILINT_TARGET: bad version "one" in "runc@one"/],
      [{ OCILINT_FORMAT: 'json,sarif' }, /^ocilint: OCILINT_FORMAT must be one of stylish, json, .*got "json,sarif"\n$/],
    ];
    for (const [env, message] of cases) {
      const r = runCli([missingBinary], { env });
      assert.deepEqual([r.code, r.stdout], [2, ''], JSON.stringify(env));
      assert.match(r.stderr, message);
    }
    assert.equal(runCli(['--fail-on', 'none', missingBinary], { env: { OCILINT_FAIL_ON: 'bad' } }).code, 0);
  });

  it('warns about a misspelt variable, and never acts or writes from the environment', () => {
    const dir = tempDir();
    fs.cpSync(warningsOnly(), path.join(dir, 'caps'), { recursive: true });
    const r = runCli(['caps'], { cwd: dir, env: { OCILINT_FAILON: 'warning', OCILINT_SUPPRESS_ALL: '1', OCILINT_OUTPUT: 'report.txt', OCILINT_DEBUG: '1', OCILINT_SOMETHING_ELSE_ENTIRELY: 'x' } });
    assert.equal(r.code, 0); // OCILINT_FAILON did nothing
    assert.match(r.stdout, /capability-dangerous/);
    assert.equal(
      r.stderr,
      'ocilint: warning: OCILINT_FAILON is not an ocilint setting and is ignored; did you mean OCILINT_FAIL_ON?\n' +
        'ocilint: warning: OCILINT_OUTPUT is not read from the environment; pass --output on the command line\n' +
        'ocilint: warning: OCILINT_SUPPRESS_ALL is not read from the environment; pass --suppress-all on the command line\n',
    );
    assert.deepEqual(fs.readdirSync(dir), ['caps']);
  });

  it('has a variable for every flag that is a setting, and none for those that act or write', () => {
    const settings = Object.keys(OPTIONS).filter((name) => {
      const spec = OPTIONS[name]!;
      // A value each option takes: --target checks its value against the runtimes it knows.
      const value = spec.type === 'boolean' ? 'true' : spec.type === 'number' ? '1' : (spec.choices?.[0] ?? (name === 'target' ? 'runc' : 'x'));
      const out = envArgs({ [variableFor(name)]: value }, []);
      return 'argv' in out && out.argv.length > 0;
    });
    assert.deepEqual(
      Object.keys(OPTIONS).filter((n) => !settings.includes(n)).sort(),
      ['cache', 'cache-location', 'color', 'explain', 'fix', 'fix-dry-run', 'fix-rule', 'fix-type', 'init', 'list-rules', 'output', 'print-config', 'prune-suppressions', 'stdin-filename', 'suppress-all', 'suppress-rule'],
    );
  });
});

describe('OCILINT_* values that look like flags', () => {
  it('passes a value starting with "-" as a value', () => {
    const dir = tempDir();
    const r = runCli([path.join(fixturesDir, 'bundles', 'hello')], { cwd: dir, env: { OCILINT_CONFIG: '-odd.yaml' } });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /-odd\.yaml: cannot read the configuration file \(no such file\)/);
  });
});
