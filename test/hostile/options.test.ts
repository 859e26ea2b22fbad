// Bad tool configuration: every invalid option or value exits 2 with exactly one line on stderr
// that names the option (or the offending path), no stack trace, nothing on stdout. Protections
// covered: normalize()'s value checks (a bad value would otherwise lint with a default, exit 0/1),
// fastParse returning its own message for a bad value (yargs would blame a positional instead),
// yargs failures folded onto one line, and escapeControls on paths in messages.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { fixturesDir } from '../helpers/paths.js';
import { runCli, runMain, type RunResult } from './harness.js';

const hello = path.join(fixturesDir, 'bundles', 'hello');

/** [argv, a pattern the one stderr line must match (naming the option or value)] */
const BAD: [string[], RegExp][] = [
  [['--format', 'xml', hello], /--format.*"xml"/],
  [['-f', 'JSON', hello], /--format.*"JSON"/],
  [['--format', hello], /format|Unknown argument|no paths/], // the path is taken as the format
  [['-f'], /Not enough arguments following: (f|format)\b/],
  [['--fail-on', 'fatal', hello], /--fail-on.*"fatal"/],
  [['--fail-on'], /Not enough arguments following: fail-on/],
  [['--max-config-size', '--config-only', hello], /max-config-size/],
  [['--spec-version'], /Not enough arguments following: spec-version/],
  [['--preset', 'strict', hello], /--preset.*"strict"/],
  [['--spec-version', '2.0.0', hello], /--spec-version.*"2\.0\.0"/],
  [['--spec-version', '1.0', hello], /--spec-version.*"1\.0"/],
  [['--max-warnings', '-1', hello], /--max-warnings.*ambiguous.*--max-warnings=-XYZ/],
  [['--max-warnings=-1', hello], /--max-warnings.*"-1"/],
  [['--max-warnings', 'abc', hello], /--max-warnings.*"abc"/],
  [['--max-warnings', '1.5', hello], /--max-warnings.*"1\.5"/],
  [['--max-warnings', '', hello], /--max-warnings.*""/],
  [['--max-warnings', '0x10', hello], /--max-warnings.*"0x10"/],
  [['--max-warnings=', hello], /--max-warnings/],
  [['--max-config-size', 'Infinity', hello], /--max-config-size.*"Infinity"/],
  [['--max-config-size=-5', hello], /--max-config-size.*"-5"/],
  [['--max-config-size', '1e3', hello], /--max-config-size.*"1e3"/],
  [['--max-config-size', '10MB', hello], /--max-config-size.*"10MB"/],
  [['--rule', 'nonsense', hello], /--rule "nonsense"/],
  [['--rule', 'no-such-rule=error', hello], /no rule "no-such-rule"/],
  [['--rule', 'process-cwd-absolute=fatal', hello], /--rule "process-cwd-absolute=fatal"/],
  [['--rule', '=error', hello], /--rule "=error"/],
  [['--rule', 'proces-cwd-absolute=off', hello], /did you mean "process-cwd-absolute"/],
  [['--explain', 'no-such-rule'], /no rule "no-such-rule"/],
  [['--config-only=yes', hello], /--config-only/],
  [['--color=always', hello], /--color/],
  [['--bogus', hello], /bogus/],
  // Through yargs (an unknown option sends the invocation there), whose choice errors span lines.
  [['--format', 'xml', '--bogus', hello], /Invalid values: Argument: format, Given: "xml"/],
  [['--preset', 'nope', '--bogus'], /Invalid values: Argument: preset, Given: "nope"/],
  [['-x', hello], /\bx\b/],
  [['--output', 'a.txt', '--output', 'b.txt', hello], /2 --output files for 1 --format/],
  [['-o', '/nonexistent-dir/out.txt', hello], /cannot write \/nonexistent-dir\/out\.txt/],
  [[], /no paths given/],
  [['/nonexistent/bundle'], /\/nonexistent\/bundle: no such file or directory/],
  [['/tmp/bad\u0000path'], /bad\\u0000path/],
  [['/tmp/new\nline-does-not-exist'], /new\\u000aline/],
  [[path.join(fixturesDir, 'real', 'README.md', 'x')], /README\.md\/x/],
  [['/proc/self/fdinfo'], /no bundle found/],
];

function assertOneLine(r: RunResult, pattern: RegExp, what: string): void {
  assert.equal(r.code, 2, `${what}: exit ${r.code}, stderr ${JSON.stringify(r.stderr)}`);
  assert.equal(r.stdout, '', `${what}: stdout ${JSON.stringify(r.stdout.slice(0, 200))}`);
  assert.match(r.stderr, /^ocilint: [^\n]+\n$/, `${what}: stderr is not one line: ${JSON.stringify(r.stderr)}`);
  assert.doesNotMatch(r.stderr, /\bat .*:\d+:\d+|internal error/, `${what}: stack trace or internal error`);
  assert.match(r.stderr, pattern, what);
}

describe('hostile: bad tool configuration', () => {
  for (const [argv, pattern] of BAD) {
    it(`exits 2 with one line: ${JSON.stringify(argv.map((a) => (a === hello ? 'BUNDLE' : a)))}`, async () => {
      assertOneLine(await runMain(argv), pattern, 'in-process');
    });
  }
  it('the same in real subprocesses (a sample)', () => {
    for (const [argv, pattern] of BAD.filter((_b, i) => i % 6 === 0)) {
      if (argv.some((a) => a.includes('\u0000'))) continue; // a NUL cannot be passed through exec
      assertOneLine(runCli(argv), pattern, JSON.stringify(argv));
    }
  });
});
