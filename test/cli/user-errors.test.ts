// Every mistake a user can make on the command line or in .ocilint.yaml names what to fix: one
// line per problem with file:line:column and the excerpt, "did you mean" for every enumerated
// value, rule id and flag, I/O errors in words. Through the real command line.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { fixturesDir } from '../helpers/paths.js';
import { tempDir } from '../helpers/fixture.js';

/** A project: the hello bundle as `b`, and an .ocilint.yaml when given. */
function project(yaml?: string): string {
  const dir = tempDir();
  fs.cpSync(path.join(fixturesDir, 'bundles', 'hello'), path.join(dir, 'b'), { recursive: true });
  if (yaml !== undefined) fs.writeFileSync(path.join(dir, '.ocilint.yaml'), yaml);
  return dir;
}

describe('configuration file errors', () => {
  it('one line per problem with file:line:column, each followed by the line, underlined; no escapes', () => {
    const dir = project('extends: recomended\nrules:\n  process-cwd-absolute: warn\n  proces-args-nonempty: error\nignores:\n  - rules: ["*"]\n    path: ["a"]\n');
    const r = runCli(['b'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.ok(!/\\u00|\\n/.test(r.stderr), 'no escape sequences');
    const heads = r.stderr.split('\n').filter((l) => l.startsWith('ocilint: '));
    assert.deepEqual(
      heads.map((l) => /^ocilint: \.ocilint\.yaml:(\d+):(\d+): /.exec(l)?.slice(1, 3).join(':')),
      ['1:10', '3:25', '4:3', '7:5', '6:5'],
      r.stderr,
    );
    assert.match(r.stderr, /\.ocilint\.yaml:1:10: extends: must be one of recommended, restricted, all, got "recomended"; did you mean "recommended"\?\n {4}1 \| extends: recomended\n {6}\| {10}\^{10}\n/);
    assert.match(r.stderr, /\.ocilint\.yaml:3:25: rules\.process-cwd-absolute: .*got "warn"; did you mean "warning"\?\n {4}3 \| {3}process-cwd-absolute: warn\n {6}\| {25}\^{4}\n/);
    assert.match(r.stderr, /:4:3: rules\.proces-args-nonempty: no such rule; did you mean "process-args-nonempty"\?/);
    assert.match(r.stderr, /:7:5: ignores\[0\]: unknown key "path"; did you mean "paths"\?/);
  });

  it('a YAML syntax error names the line and shows it', () => {
    const r = runCli(['b'], { cwd: project('rules:\n  a: [\n  b: c\n') });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^ocilint: \.ocilint\.yaml:\d+:\d+: not valid YAML: .+\n {4}\d+ \| .+\n {6}\| +\^+\n/);
  });

  it('a JSON configuration names the line of a syntax error', () => {
    const dir = project();
    fs.writeFileSync(path.join(dir, '.ocilint.json'), '{\n  "extends": "recommended",\n  "rules": {,}\n}\n');
    const r = runCli(['b'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^ocilint: \.ocilint\.json:3:\d+: not valid JSON: .+\n {4}3 \| {3}"rules": \{,\}\n/);
  });
});

describe('command-line errors', () => {
  const dir = project();
  const cases: [string, string[], RegExp][] = [
    ['--fail-on warn', ['--fail-on', 'warn', 'b'], /^ocilint: --fail-on must be one of error, warning, info, none, got "warn"; did you mean "warning"\?\n$/],
    ['--format prety', ['-f', 'prety', 'b'], /got "prety"; did you mean "codeframe"\?\n$/],
    ['--rule x=warn', ['--rule', 'process-args-nonempty=warn', 'b'], /--rule "process-args-nonempty=warn": the severity must be one of error, warning, info, off, got "warn"; did you mean "process-args-nonempty=warning"\?\n$/],
    ['--rule with a misspelt id', ['--rule', 'proces-args-nonempty=off', 'b'], /no rule "proces-args-nonempty"; did you mean "process-args-nonempty"\?/],
    ['--explain proces-args', ['--explain', 'proces-args'], /--explain: no rule "proces-args"; did you mean one of "process-args-executable", .*"process-args-nonempty"/],
    ['a misspelt flag', ['--formt', 'json', 'b'], /--formt: did you mean --format\?/],
    ['-o into a directory that does not exist', ['-f', 'json', '-o', '/nonexistent/dir/x', 'b'], /^ocilint: cannot write \/nonexistent\/dir\/x: the directory \/nonexistent\/dir does not exist\n$/],
    ['a path through a file', ['b/config.json/x'], /^ocilint: b\/config\.json\/x: cannot access it: a part of the path is not a directory \(ENOTDIR\)\n$/],
    ['--print-config on a missing path', ['--print-config', 'nope'], /^ocilint: --print-config nope: no such file or directory\n$/],
  ];
  for (const [name, args, want] of cases) {
    it(`${name}: exit 2, one line that names the fix`, () => {
      const r = runCli(args, { cwd: dir });
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, want);
      assert.equal(r.stdout, '');
      assert.ok(!/\n\s+at /.test(r.stderr), 'no stack trace');
    });
  }

  it('-o into a directory that is there but not writable as a file says so in words', () => {
    const r = runCli(['-f', 'json', '-o', dir, 'b'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot write .*: it is a directory \(EISDIR\)\n$/);
  });

  it('--max-warnings says how many warnings and the maximum', () => {
    // crun spec --rootless: one warning (linux-userns-mappings).
    const r = runCli(['--max-warnings', '0', path.join(fixturesDir, 'real', 'crun-spec-rootless')]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^ocilint: 1 warning, more than the maximum 0 \(--max-warnings\)\n$/);
    const two = runCli(['--max-warnings', '1', path.join(fixturesDir, 'real', 'umoci-rootless-uid0')]);
    assert.match(two.stderr, /^ocilint: 4 warnings, more than the maximum 1 \(--max-warnings\)\n$/);
    assert.equal(runCli(['--max-warnings', '5', path.join(fixturesDir, 'real', 'crun-spec-rootless')]).stderr, '');
  });
});
