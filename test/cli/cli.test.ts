import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { fixturesDir, repoRoot } from '../helpers/paths.js';
import { HELLO_ELF } from '../helpers/elf.js';
import { tempDir } from '../helpers/fixture.js';
import { TOOL_VERSION } from '../../src/core/meta.js';

const bundle = (name: string) => path.join(fixturesDir, 'bundles', name);

interface JsonMessage { ruleId: string; line: number; column: number; pointer: string | null; severity: string }
interface JsonReport { results: { filePath: string; messages: JsonMessage[]; errorCount: number }[] }

function json(args: string[]): { code: number | null; report: JsonReport } {
  const r = runCli(['-f', 'json', ...args]);
  assert.equal(r.stderr, '');
  return { code: r.code, report: JSON.parse(r.stdout) as JsonReport };
}

describe('ocilint command line', () => {
  it('is quiet and exits 0 on the clean example bundle', () => {
    const r = runCli([bundle('hello')]);
    assert.deepEqual([r.code, r.stdout, r.stderr], [0, '', '']);
  });

  it('accepts a config file of any name; its directory is the bundle', () => {
    const dir = tempDir();
    fs.cpSync(bundle('hello'), dir, { recursive: true });
    fs.renameSync(path.join(dir, 'config.json'), path.join(dir, 'my-config.json'));
    assert.equal(runCli([path.join(dir, 'my-config.json')]).code, 0);
  });

  const broken: [string, string, number, number, string][] = [
    ['broken-missing-rootfs', 'root-path-exists', 9, 13, '/root/path'],
    ['broken-empty-args', 'process-args-nonempty', 4, 13, '/process/args'],
    ['broken-missing-binary', 'process-args-executable', 4, 14, '/process/args/0'],
  ];
  for (const [name, rule, line, column, pointer] of broken) {
    it(`exits 1 with ${rule} at ${line}:${column} for ${name}`, () => {
      const { code, report } = json([bundle(name)]);
      assert.equal(code, 1);
      const m = report.results[0]!.messages;
      assert.deepEqual(m.map((x) => [x.ruleId, x.line, x.column, x.pointer, x.severity]), [[rule, line, column, pointer, 'error']]);
    });
  }

  it('prints stylish findings as file, then line:col rows, then a summary', () => {
    const r = runCli([bundle('broken-missing-binary')]);
    assert.equal(r.code, 1);
    const file = path.join(bundle('broken-missing-binary'), 'config.json');
    assert.equal(
      r.stdout,
      // 82 columns on one line: at 80 (the width when piped) the rule id moves to the right edge of the next.
      `\n${file}\n  4:14  error  process.args[0] "/bin/server" does not exist in the rootfs\n${' '.repeat(57)}process-args-executable\n\n\u2716 1 problem (1 error, 0 warnings)\n`,
    );
    assert.equal(
      runCli([bundle('broken-missing-binary')], { env: { COLUMNS: '120' } }).stdout,
      `\n${file}\n  4:14  error  process.args[0] "/bin/server" does not exist in the rootfs  process-args-executable\n\n\u2716 1 problem (1 error, 0 warnings)\n`,
    );
  });

  it('searches a directory for bundles and lints several paths in one run, in a stable order', () => {
    const { code, report } = json([path.join(fixturesDir, 'bundles'), bundle('hello')]);
    assert.equal(code, 1);
    const names = report.results.map((r) => path.basename(path.dirname(r.filePath)));
    // hello is named twice, directly and through the directory: it is linted once.
    assert.deepEqual(names, ['broken-empty-args', 'broken-missing-binary', 'broken-missing-rootfs', 'hardened', 'hello']);
  });

  it('skips node_modules and .git, and does not treat a rootfs config.json as a bundle', () => {
    const dir = tempDir();
    fs.cpSync(bundle('hello'), path.join(dir, 'a'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'a', 'rootfs', 'etc', 'config.json'), '{not json');
    for (const skip of ['node_modules', '.git']) {
      fs.mkdirSync(path.join(dir, skip, 'b'), { recursive: true });
      fs.writeFileSync(path.join(dir, skip, 'b', 'config.json'), '{not json');
    }
    const { code, report } = json([dir]);
    assert.equal(code, 0);
    assert.equal(report.results.length, 1);
  });

  it('--config-only skips rootfs checks', () => {
    assert.equal(runCli(['--config-only', bundle('broken-missing-rootfs')]).code, 0);
    assert.equal(runCli(['--config-only', bundle('broken-missing-binary')]).code, 0);
    assert.equal(runCli(['--config-only', bundle('broken-empty-args')]).code, 1);
  });

  it('--fail-on decides the exit code; the format never does', () => {
    const dir = tempDir();
    fs.cpSync(bundle('hello'), dir, { recursive: true });
    const cfg = JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8')) as { ociVersion: string };
    cfg.ociVersion = '1.4.0'; // a warning: unknown release
    fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify(cfg));
    assert.equal(runCli([dir]).code, 0);
    assert.equal(runCli(['--fail-on', 'warning', dir]).code, 1);
    assert.equal(runCli(['--fail-on', 'warning', '-f', 'json', dir]).code, 1);
    assert.equal(runCli(['--max-warnings', '0', dir]).code, 1);
    assert.equal(runCli(['--max-warnings', '1', dir]).code, 0);
    assert.equal(runCli(['--fail-on', 'none', bundle('broken-empty-args')]).code, 0);
    assert.equal(runCli(['--fail-on', 'info', bundle('hello')]).code, 0);
  });

  it('--rule changes a severity and rejects unknown rules with a suggestion', () => {
    assert.equal(runCli(['--rule', 'process-args-nonempty=warning', bundle('broken-empty-args')]).code, 0);
    assert.equal(runCli(['--rule', 'process-args-nonempty=off', '--fail-on', 'info', bundle('broken-empty-args')]).code, 0);
    const r = runCli(['--rule', 'process-args-nonemty=off', bundle('hello')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /did you mean "process-args-nonempty"/);
  });

  it('exits 2 with one clear line for bad input, never a stack trace', () => {
    const cases: string[][] = [
      ['/nonexistent/bundle'],
      [],
      ['--format', 'xml', bundle('hello')],
      ['--fail-on', 'sometimes', bundle('hello')],
      ['--spec-version', '9.9.9', bundle('hello')],
      ['--no-such-option', bundle('hello')],
      ['--max-warnings', 'many', bundle('hello')],
      [path.join(fixturesDir, 'bundles', 'hello', 'rootfs', 'bin')],
    ];
    for (const args of cases) {
      const r = runCli(args);
      assert.equal(r.code, 2, `exit code for ${args.join(' ')}: ${r.stderr}`);
      assert.equal(r.stdout, '');
      const lines = r.stderr.trimEnd().split('\n');
      assert.ok(lines[0]!.startsWith('ocilint: '), `stderr for ${args.join(' ')}: ${r.stderr}`);
      assert.ok(lines.length === 1 && !/\n\s+at /.test(r.stderr), `no stack trace for ${args.join(' ')}: ${r.stderr}`);
    }
  });

  it('reports an unparsable config.json as a finding with exit 1', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'config.json'), '{\n  "ociVersion": "1.2.0",\n  "root": {"path": "rootfs"},\n}\n');
    const { code, report } = json([dir]);
    assert.equal(code, 1);
    assert.deepEqual(report.results[0]!.messages.map((m) => [m.ruleId, m.line, m.column]), [['json-syntax', 4, 1]]);
  });

  it('reads a config from stdin with "-"', () => {
    const r = runCli(['-f', 'json', '--stdin-filename', 'piped.json', '-'], { input: '{"ociVersion": "1.2", "root": {"path": "rootfs"}}' });
    assert.equal(r.code, 1);
    const report = JSON.parse(r.stdout) as JsonReport;
    assert.equal(report.results[0]!.filePath, 'piped.json');
    assert.ok(report.results[0]!.messages.some((m) => m.ruleId === 'oci-version' && m.severity === 'error'));
    const stylish = runCli(['--stdin-filename', 'piped.json', '-'], { input: '{"ociVersion": "1.2", "root": {"path": "rootfs"}}' });
    assert.match(stylish.stdout, /^\npiped\.json\n/);
  });

  it('honours --color, NO_COLOR and FORCE_COLOR in that order', () => {
    const target = bundle('broken-empty-args');
    const ansi = /\x1b\[/;
    assert.doesNotMatch(runCli([target]).stdout, ansi);
    assert.match(runCli([target], { env: { FORCE_COLOR: '1' } }).stdout, ansi);
    assert.doesNotMatch(runCli([target], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout, ansi);
    assert.match(runCli(['--color', target], { env: { NO_COLOR: '1' } }).stdout, ansi);
    assert.doesNotMatch(runCli(['--no-color', target], { env: { FORCE_COLOR: '1' } }).stdout, ansi);
    assert.doesNotMatch(runCli(['-f', 'json', target], { env: { FORCE_COLOR: '1' } }).stdout, ansi);
  });

  it('--help and --version answer on stdout with exit 0', () => {
    const h = runCli(['--help']);
    assert.equal(h.code, 0);
    assert.match(h.stdout, /--config-only/);
    for (const args of [['--version'], ['-v'], ['--version', '--no-color']]) {
      const v = runCli(args);
      assert.deepEqual([v.code, v.stdout, v.stderr], [0, `${TOOL_VERSION}\n`, ''], args.join(' '));
    }
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    assert.equal(TOOL_VERSION, pkg.version);
  });

  it('--list-rules lists every rule; --explain prints its page', () => {
    const l = runCli(['--list-rules']);
    assert.equal(l.code, 0);
    assert.match(l.stdout, /^process-args-executable\s+error\s+\S/m);
    assert.ok(l.stdout.split('\n').every((line) => line.length <= 80), 'fits 80 columns when piped');
    assert.match(runCli(['--list-rules', '--wide']).stdout, /^process-args-executable\s+runtime\s+error/m);
    const j = JSON.parse(runCli(['--list-rules', '-f', 'json']).stdout) as { id: string }[];
    assert.ok(j.some((r) => r.id === 'root-path-exists'));
    const e = runCli(['--explain', 'root-path-exists']);
    assert.equal(e.code, 0);
    assert.match(e.stdout, /^root-path-exists\n/);
    assert.equal(runCli(['--explain', 'no-such-rule']).code, 2);
  });

  it('-o writes the report of the -f before it to a file', () => {
    const out = path.join(tempDir(), 'report.json');
    const r = runCli(['-f', 'stylish', '-f', 'json', '-o', out, bundle('broken-empty-args')]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /process-args-nonempty\n\n\u2716 1 problem/);
    const report = JSON.parse(fs.readFileSync(out, 'utf8')) as JsonReport;
    assert.equal(report.results[0]!.errorCount, 1);
  });

  it('never writes into the bundle it reads', () => {
    const dir = tempDir();
    fs.cpSync(bundle('broken-missing-binary'), dir, { recursive: true });
    const snap = () => fs.readdirSync(dir, { recursive: true }).map(String).sort().map((f) => [f, fs.lstatSync(path.join(dir, f)).mtimeMs]);
    const before = JSON.stringify(snap());
    runCli([dir]);
    runCli(['-f', 'json', dir]);
    assert.equal(JSON.stringify(snap()), before);
  });
});

describe('real configs written by real tools', () => {
  const real = path.join(fixturesDir, 'real');
  const names = fs.readdirSync(real).filter((n) => fs.existsSync(path.join(real, n, 'config.json')));
  // Two real configs are not runnable as written, and both runtimes say so (fixtures/real/README.md):
  // ctr-oci-spec is containerd's template ("ctr oci spec") without process.args, and
  // umoci-rootless runs as uid/gid 1000, which its user namespace does not map.
  const EXPECTED_ERRORS: Record<string, string[]> = {
    'ctr-oci-spec': ['process-args-nonempty@/process'],
    'umoci-rootless': ['linux-userns-process-user@/process/user/uid', 'linux-userns-process-user@/process/user/gid'],
  };
  it('their programs are the hello ELF program of test/helpers/elf.ts, byte for byte', () => {
    const programs = [path.join(fixturesDir, 'bundles', 'hello', 'rootfs', 'bin', 'hello'), path.join(fixturesDir, 'bundles', 'hardened', 'rootfs', 'bin', 'app')];
    for (const name of names) {
      const args0 = (JSON.parse(fs.readFileSync(path.join(real, name, 'config.json'), 'utf8')) as { process?: { args?: string[] } }).process?.args?.[0];
      if (args0) programs.push(path.join(real, name, 'rootfs', args0.includes('/') ? args0 : `bin/${args0}`));
    }
    // Every real config names a program except ctr-oci-spec.
    assert.equal(programs.length, names.length + 1);
    for (const p of programs) {
      assert.deepEqual(new Uint8Array(fs.readFileSync(p)), HELLO_ELF, p);
      assert.equal(fs.statSync(p).mode & 0o777, 0o755, p);
    }
  });
  for (const name of names) {
    it(`${name} lints with no error`, () => {
      const { report } = json([path.join(real, name)]);
      const errors = report.results[0]!.messages.filter((m) => m.severity === 'error').map((m) => `${m.ruleId}@${m.pointer}`);
      assert.deepEqual(errors, EXPECTED_ERRORS[name] ?? []);
    });
  }
});
