// Shared by the hostile-input tests: run the CLI in-process with fake streams (fast enough for
// thousands of property runs) or as a real subprocess, and check what it printed.

import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { main } from '../../src/cli/main.js';
import { JsonDocument } from '../../src/json/document.js';
import { cliPath, fixturesDir } from '../helpers/paths.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

class FakeStream {
  data = '';
  isTTY = false;
  columns = 80;
  write(chunk: string | Uint8Array): boolean {
    this.data += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }
}

export async function runMain(argv: readonly string[], cwd = process.cwd()): Promise<RunResult> {
  const stdout = new FakeStream();
  const stderr = new FakeStream();
  const code = await main({
    argv,
    env: {},
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    cwd,
  });
  return { code, stdout: stdout.data, stderr: stderr.data };
}

/**
 * Runs main with both formats written to files (`-f json -o X -f stylish -o Y`, which pairs the
 * same way whether -o pairs by index or with the -f before it) and returns the json report as
 * `stdout`, the stylish report as `stylish`, and what went to the real stdout as `rest`.
 */
export async function runBoth(args: readonly string[], outBase: string): Promise<RunResult & { stylish: string; rest: string }> {
  const jsonOut = `${outBase}.json`;
  const stylishOut = `${outBase}.stylish.txt`;
  fs.rmSync(jsonOut, { force: true });
  fs.rmSync(stylishOut, { force: true });
  const r = await runMain(['-f', 'json', '-o', jsonOut, '-f', 'stylish', '-o', stylishOut, ...args]);
  const read = (f: string) => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : '');
  return { code: r.code, stderr: r.stderr, stdout: read(jsonOut), stylish: read(stylishOut), rest: r.stdout };
}

export function runCli(argv: readonly string[], opts: SpawnSyncOptions = {}): RunResult {
  const r = spawnSync(process.execPath, [cliPath, ...argv], { encoding: 'utf8', timeout: 60_000, ...opts });
  return { code: r.status ?? -1, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}

interface JsonPos {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Line lengths of the text as the position code counts lines (\n, \r\n and lone \r end a line). */
export function lineLengths(text: string): number[] {
  const out: number[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      out.push(i - start);
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
  }
  out.push(text.length - start);
  return out;
}

/**
 * Asserts the invariants every run must keep: exit code 0, 1 or 2; json output that parses; every
 * finding's line/column inside the config text (line 0 only for findings about the whole bundle).
 * Returns a description of the first violation, or undefined.
 */
export function checkJsonRun(r: RunResult, configBytes: Uint8Array | undefined): string | undefined {
  if (![0, 1, 2].includes(r.code)) return `exit code ${r.code}; stderr: ${r.stderr.slice(0, 500)}`;
  if (r.code === 2) return undefined;
  let report: { results: { messages: (JsonPos & { ruleId: string; related: JsonPos[] })[] }[] };
  try {
    report = JSON.parse(r.stdout);
  } catch (e) {
    return `json output does not parse: ${String(e)}`;
  }
  if (!configBytes) return undefined;
  const lens = lineLengths(new JsonDocument(configBytes).text);
  for (const file of report.results) {
    for (const m of file.messages) {
      for (const p of [m, ...m.related]) {
        const bad = badPosition(p, lens);
        if (bad) return `${m.ruleId}: ${bad}`;
      }
    }
  }
  return undefined;
}

function badPosition(p: JsonPos, lens: number[]): string | undefined {
  if (p.line === 0 && p.column === 0 && p.endLine === 0 && p.endColumn === 0) return undefined; // bundle-level
  const inside = (line: number, col: number) => line >= 1 && line <= lens.length && col >= 1 && col <= lens[line - 1]! + 1;
  if (!inside(p.line, p.column)) return `start ${p.line}:${p.column} outside the text (${lens.length} lines)`;
  if (!inside(p.endLine, p.endColumn)) return `end ${p.endLine}:${p.endColumn} outside the text`;
  if (p.endLine < p.line || (p.endLine === p.line && p.endColumn < p.column)) return `end before start`;
  return undefined;
}

/** Every config the properties mutate: the hello bundle and the real-tool fixtures. */
export function seedConfigs(): { name: string; text: string }[] {
  const out = [{ name: 'hello', text: fs.readFileSync(path.join(fixturesDir, 'bundles', 'hello', 'config.json'), 'utf8') }];
  const real = path.join(fixturesDir, 'real');
  for (const d of fs.readdirSync(real).sort()) {
    const f = path.join(real, d, 'config.json');
    if (fs.existsSync(f)) out.push({ name: d, text: fs.readFileSync(f, 'utf8') });
  }
  return out;
}
