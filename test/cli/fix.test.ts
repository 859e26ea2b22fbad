// --fix and --fix-dry-run through the real command line, on real bundles: what is fixed goes,
// everything else stays byte for byte (CRLF, tabs, key order), the file keeps its mode, a second
// run changes nothing, every fixed text is JSON, a run killed before the rename leaves the config
// whole, and inputs that cannot be written (an archive, standard input, a file that is not UTF-8)
// are named and left alone.

import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { cliPath, repoRoot } from '../helpers/paths.js';
import { BASE_TREE, buildBundle, packBundle, tempDir } from '../helpers/fixture.js';
import { sarifValidator } from '../helpers/sarif.js';
import { buildImage, imageConfig } from '../helpers/image.js';

/** A config with three fixable findings (a BOM, two capability names) and others that stay, CRLF and tabs. */
const BROKEN = [
  '\uFEFF{',
  '\t"ociVersion": "1.2.0",',
  '\t"process": {',
  '\t\t"user": {"uid": 1000, "gid": 1000},',
  '\t\t"args": ["/bin/sh"],',
  '\t\t"cwd": "srv",',
  '\t\t"capabilities": {"bounding": ["cap_chown", "net_bind_service"]}',
  '\t},',
  '\t"root": {"path": "rootfs"},',
  '\t"mounts": [{"destination": "/proc", "type": "proc", "source": "proc"}],',
  '\t"linux": {"namespaces": [{"type": "pid"}, {"type": "mount"}, {"type": "ipc"}, {"type": "uts"}, {"type": "network"}]}',
  '}',
  '',
].join('\r\n');

const FIXED = BROKEN.slice(1).replace('"cap_chown", "net_bind_service"', '"CAP_CHOWN", "CAP_NET_BIND_SERVICE"');

function bundle(config: string | Uint8Array = BROKEN, mode = 0o640): string {
  const dir = path.join(tempDir('ocilint-fix-'), 'b');
  buildBundle(dir, { config, rootfs: BASE_TREE });
  fs.chmodSync(path.join(dir, 'config.json'), mode);
  return dir;
}

const read = (dir: string): string => fs.readFileSync(path.join(dir, 'config.json'), 'utf8');
const ruleIds = (stdout: string): string[] => (JSON.parse(stdout) as { results: { messages: { ruleId: string }[] }[] }).results.flatMap((r) => r.messages.map((m) => m.ruleId));

describe('--fix', () => {
  it('fixes in place: fixed findings gone, every other byte kept, mode kept; a second run changes nothing', () => {
    const dir = bundle();
    const before = runCli(['-f', 'json', '--rule', 'process-cwd-absolute=warning', dir]);
    assert.deepEqual(ruleIds(before.stdout).sort(), ['json-bom', 'process-capability-name', 'process-capability-name', 'process-cwd-absolute'].sort());
    assert.equal(before.code, 1);

    const r = runCli(['-f', 'json', '--rule', 'process-cwd-absolute=warning', '--fix', dir]);
    assert.equal(read(dir), FIXED);
    JSON.parse(read(dir));
    assert.equal(fs.statSync(path.join(dir, 'config.json')).mode & 0o7777, 0o640);
    assert.deepEqual(ruleIds(r.stdout), ['process-cwd-absolute'], 'only what has no fix remains');
    assert.equal(r.code, 0, 'the exit status is of what remains: a warning');
    assert.match(r.stderr, /config\.json: 3 fixes applied/);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['config.json', 'rootfs'], 'no temporary file is left');

    const again = runCli(['--rule', 'process-cwd-absolute=warning', '--fix', dir]);
    assert.equal(read(dir), FIXED);
    assert.doesNotMatch(again.stderr, /applied/);
    assert.equal(again.code, 0);
  });

  it('--fix-rule and --fix-type apply only the fixes they name', () => {
    const dir = bundle();
    runCli(['--fix', '--fix-rule', 'json-bom', dir]);
    assert.equal(read(dir), BROKEN.slice(1));
    const other = bundle();
    runCli(['--fix', '--fix-type', 'spec', other]);
    assert.equal(read(other), FIXED.replace('{', '\uFEFF{'), 'process-capability-name is a spec rule; json-bom is syntax');
  });

  it('--fix-dry-run prints a diff that git apply takes, writes nothing, and reports on standard error', () => {
    const dir = bundle();
    const stat = fs.statSync(path.join(dir, 'config.json'));
    const r = runCli(['--fix-dry-run', '--no-color', 'b'], { cwd: path.dirname(dir) });
    assert.equal(read(dir), BROKEN);
    assert.equal(fs.statSync(path.join(dir, 'config.json')).mtimeMs, stat.mtimeMs);
    assert.match(r.stdout, /^--- a\/b\/config\.json\n\+\+\+ b\/b\/config\.json\n@@ -1,10 \+1,10 @@\n-\uFEFF\{\r\n\+\{\r\n/);
    assert.match(r.stderr, /process\.cwd "srv" is not an absolute path/);
    assert.doesNotMatch(r.stderr, /byte-order mark/, 'what the fixes would fix is not reported');
    assert.equal(r.code, 1);
    // The diff applies to a copy, giving what --fix writes.
    const copy = path.join(tempDir('ocilint-fix-apply-'), 'repo');
    fs.mkdirSync(path.join(copy, 'b'), { recursive: true });
    fs.copyFileSync(path.join(dir, 'config.json'), path.join(copy, 'b', 'config.json'));
    execFileSync('git', ['apply', '-'], { cwd: copy, input: r.stdout });
    assert.equal(fs.readFileSync(path.join(copy, 'b', 'config.json'), 'utf8'), FIXED);
  });

  it('with - and --fix-dry-run prints the fixed config; --fix cannot write to standard input', () => {
    const r = runCli(['--fix-dry-run', '--config-only', '-'], { input: BROKEN });
    assert.equal(r.stdout, FIXED);
    assert.match(r.stderr, /process-cwd-absolute/);
    const clean = runCli(['--fix-dry-run', '--config-only', '-'], { input: FIXED });
    assert.equal(clean.stdout, FIXED, 'a config with nothing to fix is printed as it is');
    const no = runCli(['--fix', '-'], { input: BROKEN });
    assert.equal(no.code, 2);
    assert.match(no.stderr, /--fix cannot write to standard input; use --fix-dry-run/);
  });

  it('never writes into an archive: says so, and reports the findings unfixed', () => {
    const dir = bundle();
    const archive = packBundle(dir, 'tgz-dot');
    const bytes = fs.readFileSync(archive);
    const r = runCli(['-f', 'json', '--fix', archive]);
    assert.deepEqual(fs.readFileSync(archive), bytes);
    assert.match(r.stderr, /config\.json: not fixed: it is inside an archive, which --fix never writes/);
    assert.ok(ruleIds(r.stdout).includes('json-bom'));
    assert.equal(r.code, 1);
  });

  it('an image is linted as without --fix, its findings carry no edits of the generated config, and nothing is written', () => {
    const dir = buildImage(path.join(tempDir('ocilint-fix-'), 'img'), { config: imageConfig({ Entrypoint: ['/bin/missing'] }), layers: [[{ path: 'bin', type: 'dir' }]] }).dir;
    const listing = (): string => execFileSync('find', [path.dirname(dir), '-printf', '%p %s %T@ %m\n'], { encoding: 'utf8' });
    const before = listing();
    const plain = runCli(['-f', 'json', dir]);
    const fixed = runCli(['-f', 'json', '--fix', dir]);
    assert.equal(listing(), before);
    assert.ok(ruleIds(plain.stdout).includes('process-args-executable'), plain.stdout);
    assert.deepEqual(ruleIds(fixed.stdout), ruleIds(plain.stdout));
    assert.equal(fixed.code, plain.code);
    const messages = (JSON.parse(fixed.stdout) as { results: { messages: { fix: unknown; suggestions: unknown[] }[] }[] }).results.flatMap((r) => r.messages);
    for (const m of messages) assert.deepEqual([m.fix, m.suggestions], [null, []]);
  });

  it('refuses a file that is not valid UTF-8, naming it, and leaves it alone', () => {
    const at = BROKEN.indexOf('"srv"') + 3;
    const bytes = Buffer.concat([Buffer.from(BROKEN.slice(0, at)), Buffer.from([0xff]), Buffer.from(BROKEN.slice(at))]);
    const dir = bundle(bytes);
    const r = runCli(['--fix', dir]);
    assert.deepEqual(fs.readFileSync(path.join(dir, 'config.json')), bytes);
    assert.match(r.stderr, /config\.json: not fixed: the file is not valid UTF-8/);
    assert.equal(r.code, 1);
  });

  it('rewrites the file a config.json symlink leads to inside the bundle, and keeps the link', () => {
    const dir = bundle();
    fs.renameSync(path.join(dir, 'config.json'), path.join(dir, 'real.json'));
    fs.symlinkSync('real.json', path.join(dir, 'config.json'));
    runCli(['--fix', dir]);
    assert.equal(fs.readlinkSync(path.join(dir, 'config.json')), 'real.json');
    assert.equal(fs.readFileSync(path.join(dir, 'real.json'), 'utf8'), FIXED);
  });

  it('a run killed between writing the new text and renaming it leaves the config whole', async () => {
    const dir = bundle();
    const child = spawn(process.execPath, [cliPath, '--fix', dir], { cwd: repoRoot, env: { ...process.env, OCILINT_TEST_FIX_PAUSE_MS: '60000' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        err += chunk.toString();
        if (err.includes('paused before renaming')) resolve();
      });
      child.on('exit', () => reject(new Error(`exited before the pause: ${err}`)));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('close', resolve));
    assert.equal(read(dir), BROKEN, 'the config is the old one, whole');
    const tmp = fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'));
    assert.equal(tmp.length, 1, 'the temporary file is beside it');
    assert.equal(fs.readFileSync(path.join(dir, tmp[0]!), 'utf8'), FIXED, 'and was written whole before the rename');
    // The next run fixes it.
    runCli(['--fix', dir]);
    assert.equal(read(dir), FIXED);
  });

  it('rejects flag combinations that cannot mean anything', () => {
    const dir = bundle();
    for (const [args, message] of [
      [['--fix', '--fix-dry-run', dir], /cannot be used together/],
      [['--fix-type', 'spec', dir], /--fix-type limits what --fix or --fix-dry-run applies/],
      [['--fix', '--fix-rule', 'json-boom', dir], /no rule "json-boom"; did you mean "json-bom"/],
      [['--fix', '--fix-type', 'nope', dir], /--fix-type must be one of syntax, spec, runtime, security, best-practice/],
    ] as const) {
      const r = runCli(args);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, message);
    }
    assert.equal(read(dir), BROKEN);
  });
});

describe('fixes in reports', () => {
  it('json lists each finding\'s fix and suggestions; sarif has them as fixes, valid against the schema', () => {
    const dir = bundle();
    const json = JSON.parse(runCli(['-f', 'json', dir]).stdout) as { results: { messages: { ruleId: string; fix: { title: string; edits: { offset: number; endOffset: number; text: string }[] } | null; suggestions: { title: string }[] }[] }[] };
    const bom = json.results[0]!.messages.find((m) => m.ruleId === 'json-bom')!;
    assert.deepEqual(bom.fix, { title: 'Remove the byte-order mark', edits: [{ line: 1, column: 1, endLine: 1, endColumn: 2, offset: 0, endOffset: 1, text: '' }] });
    assert.match(bom.suggestions.at(-1)!.title, /^Suppress json-bom/);
    const sarif = JSON.parse(runCli(['-f', 'sarif', dir]).stdout) as { runs: { results: { ruleId: string; fixes?: { description: { text: string } }[] }[] }[] };
    const caps = sarif.runs[0]!.results.find((r) => r.ruleId === 'process-capability-name')!;
    assert.equal(caps.fixes![0]!.description.text, 'Write "CAP_CHOWN"');
    const validate = sarifValidator();
    if (validate) assert.equal(validate(sarif), undefined);
  });
});
