// The reports and lists a person reads at a terminal: stylish fitted to the width (piped, with
// COLUMNS, and in a real 80-column tmux terminal), the codeframe format, --hints, --list-rules and
// --explain. All through the real command line.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { cliPath, fixturesDir } from '../helpers/paths.js';
import { tempDir } from '../helpers/fixture.js';
import { buildImage, imageConfig } from '../helpers/image.js';

interface JsonMessage { ruleId: string; message: string; line: number; column: number; endLine: number; endColumn: number }
interface JsonReport { results: { filePath: string; messages: JsonMessage[] }[] }

/** The shipped fixtures, copied where their absolute paths (stylish's file lines) are short. */
function fixtures(): string {
  const dir = tempDir('ocilint-r-');
  fs.cpSync(fixturesDir, dir, { recursive: true });
  return dir;
}

/** Columns a line takes: its characters (the report holds no wide ones), not its UTF-8 bytes. */
const columns = (line: string): number => [...line].length;

/** Every finding of the run, as the JSON format gives it. */
function findings(cwd: string): JsonMessage[] {
  const r = runCli(['-f', 'json', '.'], { cwd });
  return (JSON.parse(r.stdout) as JsonReport).results.flatMap((x) => x.messages);
}

/** Checks a stylish report of `all` at `width`: no line wider, every headline's words whole, one row per finding. */
function checkFits(out: string, all: readonly JsonMessage[], width: number): void {
  const lines = out.split('\n');
  // A file's line is its absolute path, whole (problem matchers read it): not counted.
  const wide = lines.filter((l) => columns(l) > width && !/^\/\S+\/config\.json$/.test(l));
  assert.deepEqual(wide, [], `no line over ${width} columns`);
  const words = new Set(out.split(/\s+/));
  for (const m of all) {
    // Words longer than the headline column are shortened in their middle, on purpose.
    const headline = m.message.replace(/\s+/g, ' ').trim().replace(/([^ ])\.$/, '$1');
    for (const w of headline.split(' ')) if (columns(w) <= width - 20) assert.ok(words.has(w), `"${w}" of "${headline}" is whole in the report`);
    assert.ok(words.has(m.ruleId), `rule id ${m.ruleId} is whole`);
  }
  const rows = lines.filter((l) => /^\s+\d+:\d+\s+(error|warning|info)\s+\S/.test(l));
  assert.equal(rows.length, all.length, 'one row per finding, each starting with its position and severity');
}

describe('stylish fits the terminal', () => {
  const dir = fixtures();
  const all = findings(dir);

  it('piped (width unknown): the shipped fixtures in 80 columns, no word broken', () => {
    assert.ok(all.length >= 30, `the fixtures give many findings (${all.length})`);
    const r = runCli(['.'], { cwd: dir });
    assert.equal(r.code, 1);
    checkFits(r.stdout, all, 80);
    // The fixtures are ASCII, and so is what the report adds (a word shortened to fit gets "..."):
    // no line is wider in bytes either, nor in a terminal that gives an ellipsis two columns.
    assert.deepEqual(r.stdout.split('\n').filter((l) => Buffer.byteLength(l) > 80 && !/^\/\S+\/config\.json$/.test(l)), [], 'no line over 80 bytes');
    // Long headlines wrap under themselves with a hanging indent.
    assert.match(r.stdout, /\n {2,}\S+ {2,}(warning|error|info) {2,}\S.*\n {10,}\S/);
  });

  it('follows COLUMNS, narrow and wide', () => {
    checkFits(runCli(['.'], { cwd: dir, env: { COLUMNS: '60' } }).stdout, all, 60);
    const wide = runCli(['.'], { cwd: dir, env: { COLUMNS: '250' } }).stdout;
    // Wide enough, every finding is on one line.
    const rows = wide.split('\n').filter((l) => /^\s+\d+:\d+\s/.test(l));
    assert.equal(rows.length, all.length);
    assert.equal(wide.split('\n').filter((l) => /^\s{6,}\S/.test(l)).length, 0, 'no continuation lines');
  });

  it('--hints: a help line under each finding that has one, within the width', () => {
    const r = runCli(['--hints', 'bundles/broken-missing-binary'], { cwd: dir });
    assert.match(r.stdout, /process-args-executable\n {15}help: Add the program to the rootfs, or name one that is there\.\n/);
    assert.ok(r.stdout.split('\n').every((l) => columns(l) <= 80));
  });

  it('a file with 200000 findings: stylish and codeframe report them all', () => {
    const dir = tempDir();
    const cfg = JSON.parse(fs.readFileSync(path.join(fixturesDir, 'bundles', 'hello', 'config.json'), 'utf8')) as { process: { env: string[] } };
    cfg.process.env = Array.from({ length: 200_000 }, (_, i) => `B${i}`);
    fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify(cfg, null, 1));
    const reports = tempDir();
    for (const format of ['stylish', 'codeframe']) {
      const out = path.join(reports, `${format}.txt`);
      // Entries without "=": only runc refuses them, so an error with --target runc (a warning without).
      // And 200000 entries are 2.9 MiB for execve, beyond the usual 2 MiB: one process-args-size warning.
      const r = runCli(['--config-only', '--target', 'runc', '-f', format, '-o', out, '.'], { cwd: dir });
      assert.deepEqual([r.code, r.stderr], [1, ''], format);
      assert.match(fs.readFileSync(out, 'utf8'), /\u2716 200001 problems \(200000 errors, 1 warning\)\n$/, format);
    }
  });

  const tmux = spawnSync('tmux', ['-V']).status === 0;
  it('in a real 80-column terminal (tmux): no line wraps', { skip: tmux ? false : 'tmux is not installed' }, () => {
    const socket = `ocilint-test-${process.pid}`;
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(OCILINT_|COLUMNS$|LINES$|NO_COLOR$|FORCE_COLOR$|GITHUB_ACTIONS$|TMUX)/.test(k)));
    const q = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
    const tm = (...args: string[]) => spawnSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
    try {
      // The report goes to the terminal itself (colour on); a signal tells the test it is done.
      const started = tm('new-session', '-d', '-x', '80', '-y', '40', `${q(process.execPath)} ${q(cliPath)} .; tmux wait-for -S ocilint-done; sleep 600`);
      assert.equal(started.status, 0, started.stderr);
      tm('set-option', '-g', 'history-limit', '5000');
      assert.equal(tm('wait-for', 'ocilint-done').status, 0, 'the run ends');
      // -J joins the lines the terminal wrapped: any line over 80 columns shows.
      const screen = tm('capture-pane', '-p', '-J', '-S', '-').stdout;
      assert.match(screen, /\u2716 \d+ problems/);
      checkFits(screen.replace(/\s+$/, '\n'), all, 80);
    } finally {
      tm('kill-server');
    }
  });
});

describe('codeframe', () => {
  it('shows the line with a caret under the exact range, then the rootfs path, help and docs link', () => {
    const r = runCli(['-f', 'codeframe', path.join('bundles', 'broken-missing-binary')], { cwd: fixturesDir });
    assert.equal(r.code, 1);
    const text = r.stdout;
    assert.match(text, /^error: process\.args\[0\] "\/bin\/server" does not exist in the rootfs\n/);
    assert.match(text, /\n --> bundles\/broken-missing-binary\/config\.json:4:14 {2}process-args-executable\n/);
    const lines = text.split('\n');
    const code = lines.findIndex((l) => l.startsWith(' 4 | '));
    assert.equal(lines[code], ' 4 |     "args": ["/bin/server", "--port", "8080"],');
    // The caret under `"/bin/server"` exactly: column 14, 13 characters.
    const caret = lines[code + 1]!;
    assert.equal(caret.indexOf('^') - ' 4 | '.length + 1, 14);
    assert.equal(caret.trim().replace(/^\|\s*/, ''), '^'.repeat('"/bin/server"'.length));
    assert.match(text, /\n {3}= rootfs: \/bin\/server\n/);
    assert.match(text, /\n {3}= help: Add the program to the rootfs, or name one that is there\.\n/);
    assert.match(text, /\n {3}= docs: \S+\/docs\/rules\/process-args-executable\.md\n/);
    assert.match(text, /\n\u2716 1 problem \(1 error, 0 warnings\)\n$/);
    assert.ok(!text.includes('\x1b['), 'plain when piped');
  });

  it('underlines related locations (the other duplicate key) and spans several lines', () => {
    const dir = tempDir();
    fs.cpSync(path.join(fixturesDir, 'bundles', 'hello'), dir, { recursive: true });
    const file = path.join(dir, 'config.json');
    const cfg = fs.readFileSync(file, 'utf8').replace('"cwd": "/"', '"cwd": "/",\n    "cwd": "/"');
    assert.notEqual(cfg, fs.readFileSync(file, 'utf8'), 'the duplicate key was written');
    fs.writeFileSync(file, cfg);
    const r = runCli(['-f', 'codeframe', '--rule', 'json-duplicate-key=error', '.'], { cwd: dir });
    const block = r.stdout.split('\n\n').find((b) => b.includes('json-duplicate-key'));
    assert.ok(block, r.stdout);
    // Two lines, one with ^ (the finding), one with - and its label (the related location).
    assert.match(block, /\n\s*\d+ \| +"cwd": "\/",?\n\s+\| +\^+/);
    assert.match(block, /\n\s+\| +-+ \S/);
    // A multi-line range: the capabilities of runc's stock config (ambient not in inheritable).
    const multi = runCli(['-f', 'codeframe', path.join('real', 'runc-spec')], { cwd: fixturesDir }).stdout;
    assert.match(multi, /\n\d+ \| +"ambient": \[\n +\| +\^\n(.*\n)*?\s*\d+ \| +\],?\n +\| +\^/);
  });

  it('for an image, shows the line of the image config a finding was moved to', () => {
    const dir = buildImage(path.join(tempDir(), 'img'), { config: imageConfig({ Entrypoint: ['/bin/missing'] }), layers: [[{ path: 'bin', type: 'dir' }]] }).dir;
    const r = runCli(['-f', 'codeframe', dir]);
    const block = r.stdout.split('\n\n').find((b) => b.includes('process-args-executable'));
    assert.ok(block, r.stdout);
    const lines = block.split('\n');
    const code = lines.findIndex((l) => /^\s*\d+ \| /.test(l));
    assert.ok(code > 0, block);
    // The underlined text is the Entrypoint's "/bin/missing", in the image config's own text.
    const caret = lines[code + 1]!;
    const start = caret.indexOf('^');
    assert.equal(lines[code]!.slice(start, start + '"/bin/missing"'.length), '"/bin/missing"', block);
  });

  it('colours on a terminal (FORCE_COLOR), never with NO_COLOR', () => {
    const b = path.join(fixturesDir, 'bundles', 'broken-missing-binary');
    assert.ok(runCli(['-f', 'codeframe', b], { env: { FORCE_COLOR: '1' } }).stdout.includes('\x1b['));
    assert.ok(!runCli(['-f', 'codeframe', b], { env: { NO_COLOR: '1' } }).stdout.includes('\x1b['));
  });

  it('a config written on one long line, with a finding per entry: each excerpt is a window of the line', () => {
    const dir = tempDir();
    const cfg = JSON.parse(fs.readFileSync(path.join(fixturesDir, 'bundles', 'hello', 'config.json'), 'utf8')) as { process: { env: string[] } };
    cfg.process.env = Array.from({ length: 500 }, (_, i) => `BAD${i}${'x'.repeat(200)}`);
    fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify(cfg));
    const r = runCli(['-f', 'codeframe', '--config-only', '--target', 'runc', '.'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /\u2716 500 problems/);
    const code = r.stdout.split('\n').filter((l) => /^ ?1 \| /.test(l));
    assert.equal(code.length, 500, 'an excerpt per finding');
    assert.ok(code.every((l) => columns(l) <= 80 && l.includes('\u2026')), 'each a window of at most 80 columns, marked as cut');
    assert.ok(code[499]!.includes('"BAD499x'), 'the last finding shows its own entry');
  });

  it('a clean run prints nothing', () => {
    const r = runCli(['-f', 'codeframe', path.join(fixturesDir, 'bundles', 'hello')]);
    assert.deepEqual([r.code, r.stdout, r.stderr], [0, '', '']);
  });
});

describe('--list-rules and --explain', () => {
  it('--list-rules fits 80 columns piped, and COLUMNS; descriptions whole, wrapped under themselves', () => {
    const r = runCli(['--list-rules']);
    assert.equal(r.code, 0);
    assert.ok(r.stdout.split('\n').every((l) => columns(l) <= 80), 'fits 80 columns');
    const rules = JSON.parse(runCli(['--list-rules', '-f', 'json']).stdout) as { id: string; description: string }[];
    const flat = r.stdout.replace(/\s+/g, ' ');
    for (const rule of rules) assert.ok(flat.includes(rule.description.replace(/\.$/, '').replace(/\s+/g, ' ')), `the whole description of ${rule.id}`);
    const narrow = runCli(['--list-rules'], { env: { COLUMNS: '50' } }).stdout;
    assert.ok(narrow.split('\n').every((l) => columns(l) <= 50), 'fits 50 columns');
    assert.match(runCli(['--list-rules', '--wide']).stdout, /^RULE\s+CATEGORY\s+SEVERITY\s+RECOMMENDED/);
  });

  it('--explain wraps to the terminal and renders the Markdown, plain when piped', () => {
    const r = runCli(['--explain', 'process-args-executable'], { env: { COLUMNS: '60' } });
    assert.equal(r.code, 0);
    const lines = r.stdout.split('\n');
    // Code blocks are left as written; the prose wraps.
    // A link is never broken, so one may stand wider on a line of its own.
    const prose = lines.filter((l) => !l.startsWith('    ') && !/^\s*\S*https?:\/\/\S+$/.test(l));
    assert.ok(prose.every((l) => columns(l) <= 60), prose.filter((l) => columns(l) > 60).join('\n'));
    // (A backtick quoted from a runtime's message, inside a quoted code span, is text.)
    assert.ok(!/`/.test(prose.join('\n').replace(/\u2018[^\u2019]*\u2019/g, '')), 'no Markdown backticks');
    assert.match(r.stdout, /\u2018executable file `app` not found in \$PATH\u2019/);
    assert.ok(!/^#+ /m.test(r.stdout), 'no Markdown heading marks');
    assert.ok(!r.stdout.includes('\x1b['), 'plain when piped');
    assert.ok(runCli(['--explain', 'process-args-executable'], { env: { FORCE_COLOR: '1' } }).stdout.includes('\x1b['), 'colour when forced');
  });
});
