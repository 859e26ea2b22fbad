// Hostile config.json files. Each test names the protection it covers; removing that protection
// makes the test fail (a crash, a hang past its time bound, or a wrong finding).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { JsonDocument } from '../../src/json/document.js';
import { MAX_DEPTH } from '../../src/json/parse.js';
import { MAX_VALUE_CHARS } from '../../src/engine/context.js';
import stylish from '../../src/formatters/stylish.js';
import type { FileResult } from '../../src/engine/lint.js';
import { BASE_TREE, buildBundle, tempDir } from '../helpers/fixture.js';
import { baseConfig } from '../helpers/rule-tester.js';
import { cliPath } from '../helpers/paths.js';
import { checkJsonRun, runBoth, type RunResult } from './harness.js';

interface Msg { ruleId: string; messageId: string; message: string; line: number; column: number; pointer: string | null }

function bundle(config: string | Uint8Array): string {
  // The bundle in a directory of its own, so the reports written beside it are removed with it.
  return buildBundle(path.join(tempDir('ocilint-hostile-'), 'bundle'), { config, rootfs: BASE_TREE });
}

/** Lints a config in-process with every format; checks the run invariants; returns the json messages. */
async function lint(config: string | Uint8Array, args: string[] = []): Promise<{ r: RunResult; msgs: Msg[]; stylish: string }> {
  const dir = bundle(config);
  const r = await runBoth(['--preset', 'all', ...args, dir], path.join(dir, '..', 'out'));
  const bad = checkJsonRun(r, typeof config === 'string' ? Buffer.from(config) : config);
  assert.equal(bad, undefined, bad);
  const msgs = (JSON.parse(r.stdout) as { results: { messages: Msg[] }[] }).results.flatMap((f) => f.messages);
  return { r, msgs, stylish: r.stylish };
}

const base = () => JSON.stringify(baseConfig(), null, 2);

/** Runs a snippet in a fresh node and returns its parsed stdout (the snippet prints JSON). */
function nodeEval(code: string, input?: Buffer | string): { status: number | null; out: unknown; stderr: string } {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { input, encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 26 });
  let out: unknown;
  try {
    out = JSON.parse(r.stdout);
  } catch {
    out = r.stdout;
  }
  return { status: r.status, out, stderr: r.stderr };
}

describe('hostile configs: size', () => {
  // Protection: DirBundleSource.readConfig compares fstat's size with --max-config-size before it
  // allocates or reads anything. Without it, a 4 GiB file is read into memory (or the
  // allocation fails and the run crashes), and the RSS bound below fails.
  it('a sparse 4 GiB config.json is a finding, read with bounded memory', () => {
    const dir = bundle('');
    fs.truncateSync(path.join(dir, 'config.json'), 4 * 1024 ** 3);
    const mainUrl = new URL('../../src/cli/main.js', import.meta.url).href;
    const { out, stderr } = nodeEval(`
      import { main } from ${JSON.stringify(mainUrl)};
      let stdout = '';
      const sink = { write: (s) => { stdout += s; return true; }, isTTY: false };
      const code = await main({ argv: ['-f', 'json', ${JSON.stringify(dir)}], env: {}, stdout: sink, stderr: sink, cwd: '/' });
      process.stdout.write(JSON.stringify({ code, stdout, rss: process.resourceUsage().maxRSS }));`);
    const res = out as { code: number; stdout: string; rss: number };
    assert.equal(typeof res, 'object', stderr);
    assert.equal(res.code, 1);
    const msgs = JSON.parse(res.stdout).results[0].messages as Msg[];
    assert.deepEqual(msgs.map((m) => [m.ruleId, m.messageId]), [['config-file-readable', 'too-large']]);
    assert.match(msgs[0]!.message, /4294967296 bytes.*16777216-byte limit/);
    assert.ok(res.rss < 300 * 1024, `max RSS ${res.rss} KiB`);
  });

  // Protection: the limit is configurable (--max-config-size) and applies to the exact byte count.
  it('--max-config-size sets the limit', async () => {
    const text = base();
    const over = await lint(text, ['--max-config-size', String(text.length - 1)]);
    assert.deepEqual(over.msgs.map((m) => m.messageId), ['too-large']);
    const at = await lint(text, ['--max-config-size', String(text.length)]);
    assert.deepEqual(at.msgs.filter((m) => m.ruleId === 'config-file-readable'), []);
  });

  // Protection: StdinSource stops reading once the limit is passed, instead of buffering it all.
  it('standard input over the limit is a finding with bounded memory', () => {
    const input = Buffer.alloc(64 * 1024 * 1024, 0x20);
    const r = spawnSync(process.execPath, [cliPath, '-f', 'json', '--max-config-size', '1000000', '-'], { input, encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 1, r.stderr);
    const msgs = JSON.parse(r.stdout).results[0].messages as Msg[];
    assert.deepEqual(msgs.map((m) => m.messageId), ['too-large']);
  });
});

describe('hostile configs: nesting', () => {
  const deep = (n: number, open: string, close: string, inner = '1') => open.repeat(n) + inner + close.repeat(n);

  // Protection: the parser is iterative and stops at MAX_DEPTH with a json-syntax finding. A
  // recursive parser overflows the stack on 100,000 levels (exit 3 / RangeError).
  for (const [name, text] of [
    ['arrays at the top level', deep(100_000, '[', ']')],
    ['objects at the top level', deep(100_000, '{"a":', '}')],
    ['inside process.args', base().replace('"/bin/sh"', deep(100_000, '[', ']'))],
    ['inside annotations, unclosed', `{"ociVersion":"1.3.0","annotations":${'{"x":'.repeat(100_000)}`],
  ] as const) {
    it(`100,000 levels: ${name}`, async () => {
      const t0 = Date.now();
      const { r, msgs } = await lint(text);
      assert.equal(r.code, 1);
      assert.deepEqual(msgs.map((m) => [m.ruleId, m.messageId]), [['json-syntax', 'tooDeep']]);
      assert.ok(Date.now() - t0 < 5000);
    });
  }

  // Protection: every stage after the parser (value building, pointer index, rules, range lookup,
  // formatters) copes with the deepest document the parser lets through, in every field rules read.
  it(`${MAX_DEPTH - 10} levels inside every field the rules read`, async () => {
    const n = MAX_DEPTH - 10;
    const cfg = baseConfig() as Record<string, Record<string, unknown>>;
    const text = JSON.stringify({ ...cfg, annotations: { a: 'PLACEHOLDER' } }, null, 1)
      .replace('"/bin/sh"', deep(n, '[', ']', '"/bin/sh"'))
      .replace('"rootfs"', deep(n, '{"p":', '}'))
      .replace('"PLACEHOLDER"', deep(n, '{"p":', '}'))
      .replace('"/proc"', deep(n, '[', ']'))
      .replace('"PATH=/usr/bin:/bin"', deep(n, '[', ']'));
    const { r, msgs } = await lint(text);
    assert.ok(r.code === 0 || r.code === 1);
    assert.ok(!msgs.some((m) => m.messageId === 'tooDeep'));
    const doc = new JsonDocument(text);
    assert.ok(doc.rangeOf('/process/args/0' + '/0'.repeat(n - 1)).start.line > 1);
  });
});

describe('hostile configs: keys', () => {
  // Protection: toValue defines keys with Object.defineProperty, so "__proto__" is an own data
  // property and never an object's prototype; RuleContext.get only follows own properties.
  it('__proto__ and constructor keys pollute nothing', async () => {
    const objNames = Object.getOwnPropertyNames(Object.prototype).sort();
    const arrNames = Object.getOwnPropertyNames(Array.prototype).sort();
    const text = `{
  "ociVersion": "1.3.0",
  "__proto__": { "polluted": "yes", "process": { "args": ["/bin/sh"] } },
  "constructor": { "prototype": { "polluted": "yes" } },
  "process": { "__proto__": { "args": ["/bin/sh"], "polluted": 1 }, "cwd": "/", "constructor": { "prototype": { "polluted": 2 } } },
  "root": { "path": "rootfs", "__proto__": null },
  "mounts": [{ "__proto__": { "destination": "/" } }],
  "__proto__": { "polluted": "twice" }
}`;
    const { msgs } = await lint(text);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.equal(([] as unknown as Record<string, unknown>)['polluted'], undefined);
    assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), objNames);
    assert.deepEqual(Object.getOwnPropertyNames(Array.prototype).sort(), arrNames);
    // The args under process.__proto__ are data, not process.args: the missing args are reported.
    assert.ok(msgs.some((m) => m.ruleId === 'process-args-nonempty' && m.pointer === '/process'), JSON.stringify(msgs));
    // The duplicated "__proto__" key is found like any other.
    assert.ok(msgs.some((m) => m.ruleId === 'json-duplicate-key' && m.line === 8));
    const doc = new JsonDocument(text);
    const v = doc.value as Record<string, unknown>;
    assert.equal(Object.getPrototypeOf(v), Object.prototype);
    assert.ok(Object.prototype.hasOwnProperty.call(v, '__proto__'));
    assert.equal((v['process'] as Record<string, unknown>)['args'], undefined);
  });
});

describe('hostile configs: numbers and strings', () => {
  // Protection: numbers keep their raw text, toNumber maps the unrepresentable to +-Infinity or
  // the nearest double without throwing, and the json formatter never emits Infinity or NaN.
  it('1e400, -0, 30-digit integers and friends', async () => {
    const text = base()
      .replace('"uid": 0', '"uid": 1e400')
      .replace('"gid": 0', '"gid": -0')
      .replace('"terminal": false', '"terminal": 123456789012345678901234567890, "consoleSize": {"height": -1e400, "width": 1e-400}')
      .replace('"/bin/sh"', '-123456789012345678901234567890');
    const { r } = await lint(text);
    assert.ok(r.code === 0 || r.code === 1);
  });

  // Protection: toNumber does not call BigInt() on integers of more than 20 digits (BigInt of
  // 10 million digits takes seconds). The time bound fails without it.
  it('a 10-million-digit integer is parsed in bounded time', async () => {
    const text = base().replace('"uid": 0', `"uid": ${'9'.repeat(10_000_000)}`);
    const t0 = Date.now();
    const { r } = await lint(text);
    assert.ok(r.code === 0 || r.code === 1);
    assert.ok(Date.now() - t0 < 3000, `took ${Date.now() - t0} ms`);
  });

  // Protection: message values are escaped (escapeControls): a lone surrogate, ESC or newline in a
  // value neither breaks the one-line-per-finding layout nor reaches the terminal raw.
  it('lone surrogates, escape sequences and newlines in values stay on one escaped line', async () => {
    const text = base().replace('"/bin/sh"', '"/bin/\\ud800\\u001b[2J\\u001b]0;pwned\\u0007\\nfake  1:1  error  forged"');
    const { r, msgs, stylish: out } = await lint(text);
    assert.equal(r.code, 1);
    const m = msgs.find((x) => x.ruleId === 'process-args-executable');
    assert.ok(m, JSON.stringify(msgs));
    assert.ok(!/[\u0000-\u001f\ud800-\udfff]/.test(m.message), m.message);
    assert.match(m.message, /\\ud800\\u001b\[2J/);
    assert.ok(!out.includes('\u001b'), 'stylish output holds a raw ESC');
    assert.ok(!/^fake/m.test(out), 'a newline in a value forged a report line');
  });

  it('raw lone-surrogate bytes (invalid UTF-8) are an encoding finding', async () => {
    const bytes = Buffer.concat([Buffer.from(base().slice(0, 20)), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(base().slice(20))]);
    const { msgs } = await lint(bytes);
    assert.ok(msgs.some((m) => m.ruleId === 'json-encoding'));
  });

  // Protection: the bundle layer catches the exception fs throws on a NUL byte in a path (it
  // would otherwise escape as an internal error, exit 3).
  it('NUL bytes inside paths', async () => {
    const text = JSON.stringify(
      { ...baseConfig(), process: { args: ['/bin/sh\u0000/../../etc/passwd'], cwd: '/\u0000', env: ['PATH=/bin\u0000:/usr/bin'] }, root: { path: 'rootfs\u0000' } },
      null,
      2,
    );
    const { r } = await lint(text);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const bare = JSON.stringify({ ...baseConfig(), process: { args: ['s\u0000h'], cwd: '/' } });
    assert.ok([0, 1].includes((await lint(bare)).r.code));
  });

  // Protection: displayValue cuts values at MAX_VALUE_CHARS, so a 10 MB value does not make 10 MB
  // messages; stylish trims rows with trimEnd, not the quadratic /\s+$/.
  it('a 10 MB string within the limit gives short messages quickly', async () => {
    for (const value of ['/' + 'a'.repeat(10_000_000), ' '.repeat(10_000_000) + 'x']) {
      const text = base().replace('"/bin/sh"', JSON.stringify(value));
      const t0 = Date.now();
      const { msgs, stylish: out } = await lint(text);
      const m = msgs.find((x) => x.ruleId === 'process-args-executable');
      assert.ok(m);
      // The value is quoted twice (as written and as looked up).
      assert.ok(m.message.length < 2 * MAX_VALUE_CHARS + 300, `message of ${m.message.length} characters`);
      assert.match(m.message, /10000001 characters/);
      assert.ok(out.length < 20_000);
      assert.ok(Date.now() - t0 < 5000, `took ${Date.now() - t0} ms`);
    }
  });

  it('stylish lays out a row with a long run of inner spaces in linear time', () => {
    const message = 'x' + ' '.repeat(200_000) + 'y';
    // `as`: FileResult grows fields the formatter does not need for this.
    const result = {
      filePath: 'c.json', bundlePath: '.', specVersion: '1.3.0', rootfsChecked: false, errorCount: 1, warningCount: 0, infoCount: 0,
      diagnostics: [{ ruleId: 'r', messageId: 'm', message, severity: 'error', location: { kind: 'bundle' } }],
    } as FileResult;
    const t0 = Date.now();
    const out = stylish({ results: [result], rules: new Map(), cwd: '/' }, { colorLevel: 0 });
    assert.ok(out.includes('y  r'));
    assert.ok(Date.now() - t0 < 1000, `took ${Date.now() - t0} ms`);
  });
});
