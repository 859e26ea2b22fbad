// The problem matchers we publish (.github/ocilint-matcher.json for GitHub, the tasks.json of
// docs/editors.md for VS Code), applied to real ocilint output with colour on and off.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { repoRoot } from '../helpers/paths.js';
import { BASE_TREE, buildBundle, tempDir } from '../helpers/fixture.js';
import { baseConfig, merge } from '../helpers/rule-tester.js';

interface Pattern {
  regexp: string;
  file?: number;
  line?: number;
  column?: number;
  severity?: number;
  message?: number;
  code?: number;
  loop?: boolean;
}
interface Matcher {
  owner: string;
  severity?: string;
  pattern: Pattern | Pattern[];
}
interface Issue {
  file: string;
  line: string | undefined;
  column: string | undefined;
  severity: string | undefined;
  code: string | undefined;
  message: string | undefined;
}

/** GitHub's multi-line semantics: the last pattern may loop; a line that breaks the chain restarts it. */
function applyMatcher(m: Matcher, output: string): Issue[] {
  const patterns = Array.isArray(m.pattern) ? m.pattern : [m.pattern];
  const res = patterns.map((p) => new RegExp(p.regexp));
  const issues: Issue[] = [];
  let step = 0;
  let acc: Partial<Record<keyof Pattern, string | undefined>> = {};
  const take = (p: Pattern, mm: RegExpExecArray) => {
    for (const k of ['file', 'line', 'column', 'severity', 'message', 'code'] as const) if (p[k] !== undefined) acc[k] = mm[p[k]!];
  };
  for (const line of output.split('\n')) {
    for (let attempt = 0; attempt < 2; attempt++) {
      const p = patterns[step]!;
      const mm = res[step]!.exec(line);
      if (!mm) {
        if (step === 0) break;
        step = 0;
        acc = {};
        continue; // retry this line as the first pattern
      }
      take(p, mm);
      if (step === patterns.length - 1) {
        issues.push({ file: acc.file!, line: acc.line, column: acc.column, severity: acc.severity ?? m.severity, code: acc.code, message: acc.message });
        if (!p.loop) (step = 0), (acc = {});
        else acc = { file: acc.file };
      } else step++;
      break;
    }
  }
  return issues;
}

function project(): string {
  const root = tempDir('ocilint-matchers-');
  fs.mkdirSync(path.join(root, '.git'));
  const cfg = (patch: object) => JSON.stringify(merge(baseConfig(), patch), null, 2) + '\n';
  buildBundle(path.join(root, 'b', 'one'), { config: cfg({ process: { cwd: 'srv' } }), rootfs: BASE_TREE });
  buildBundle(path.join(root, 'b', 'two'), {
    config: cfg({ process: { args: ['/bin/missing'] }, annotations: { 'dev.ocilint.ignore/process-cwd-absolute': 'stale' } }),
    rootfs: BASE_TREE,
  });
  buildBundle(path.join(root, 'b', 'three'), { config: '{ "ociVersion": "1.3.0", \n', rootfs: BASE_TREE });
  return root;
}

interface JsonOut {
  results: { filePath: string; messages: { ruleId: string; line: number; column: number; severity: string }[] }[];
}

function expected(root: string, absolute: boolean): Issue[] {
  const r = runCli(['-f', 'json', 'b'], { cwd: root });
  const out: Issue[] = [];
  for (const f of (JSON.parse(r.stdout) as JsonOut).results) {
    for (const m of f.messages) {
      out.push({ file: absolute ? path.join(root, f.filePath) : f.filePath, line: String(m.line), column: String(m.column), severity: m.severity, code: m.ruleId, message: undefined });
    }
  }
  return out;
}

const strip = (i: Issue[]) => i.map(({ file, line, column, severity, code }) => ({ file, line, column, severity, code }));
const gh = JSON.parse(fs.readFileSync(path.join(repoRoot, '.github', 'ocilint-matcher.json'), 'utf8')) as { problemMatcher: Matcher[] };
const owner = (name: string) => gh.problemMatcher.find((m) => m.owner === name)!;

describe('GitHub problem matcher', () => {
  const root = project();
  for (const color of [false, true]) {
    it(`reads stylish output (colour ${color ? 'on' : 'off'})`, () => {
      // As in a GitHub Actions job, where the matcher is used: rows are then never wrapped.
      const r = runCli(['-f', 'stylish', color ? '--color' : '--no-color', 'b'], { cwd: root, env: { GITHUB_ACTIONS: 'true' } });
      assert.equal(r.stdout.includes('\x1b['), color, 'colour as asked');
      const want = expected(root, true);
      assert.ok(want.length >= 3);
      assert.deepEqual(strip(applyMatcher(owner('ocilint-stylish'), r.stdout)), strip(want));
    });
    it(`reads gnu output (colour ${color ? 'on' : 'off'})`, () => {
      const r = runCli(['-f', 'gnu', color ? '--color' : '--no-color', 'b'], { cwd: root });
      // gnu never colours, but a CI log may wrap lines in colour codes of its own.
      const out = color ? r.stdout.split('\n').map((l) => (l ? `\x1b[31m${l}\x1b[0m` : l)).join('\n') : r.stdout;
      const got = applyMatcher(owner('ocilint-gnu'), out).map((i) => ({ ...i, severity: i.severity === 'note' ? 'info' : i.severity }));
      const want = expected(root, false).map((w) => (w.line === '0' ? { ...w, line: undefined, column: undefined } : w));
      assert.deepEqual(strip(got), strip(want));
    });
  }
});

describe("VS Code's $eslint-stylish", () => {
  // The two patterns VS Code registers as eslint-stylish (microsoft/vscode,
  // src/vs/workbench/contrib/tasks/common/problemMatcher.ts): a file line, then rows in a loop.
  const vscode: Matcher = {
    owner: 'eslint',
    pattern: [
      { regexp: '^((?:[a-zA-Z]:)*[./\\\\]+.*?)$', file: 1 },
      { regexp: '^\\s+(\\d+):(\\d+)\\s+(error|warning|info)\\s+(.+?)(?:\\s\\s+(.*))?$', line: 1, column: 2, severity: 3, message: 4, code: 5, loop: true },
    ],
  };
  it('reads every finding of a file with several, in the task of docs/editors.md (COLUMNS set wide)', () => {
    const root = project();
    const env = /"COLUMNS": "(\d+)"/.exec(fs.readFileSync(path.join(repoRoot, 'docs', 'editors.md'), 'utf8'));
    assert.ok(env, 'docs/editors.md sets COLUMNS for the $eslint-stylish task');
    const r = runCli(['--no-color', 'b'], { cwd: root, env: { COLUMNS: env[1] } });
    const want = expected(root, true);
    assert.ok(want.filter((w) => w.file.endsWith(path.join('two', 'config.json'))).length >= 2, 'a file with several findings');
    assert.deepEqual(strip(applyMatcher(vscode, r.stdout)), strip(want));
  });
});

describe('VS Code task of docs/editors.md', () => {
  const md = fs.readFileSync(path.join(repoRoot, 'docs', 'editors.md'), 'utf8');
  const block = /```json tasks\.json\n([\s\S]*?)```/.exec(md);
  it('the documented tasks.json is valid JSON with problem matchers', () => {
    assert.ok(block, 'docs/editors.md has a ```json tasks.json block');
    const tasks = JSON.parse(block[1]!) as { tasks: { command: string; problemMatcher: Matcher[] }[] };
    assert.match(tasks.tasks[0]!.command, /--format gnu/);
  });
  it('its matchers read real gnu output, notes as info', () => {
    const root = project();
    const tasks = JSON.parse(block![1]!) as { tasks: { problemMatcher: Matcher[] }[] };
    const r = runCli(['-f', 'gnu', 'b'], { cwd: root });
    const got = tasks.tasks[0]!.problemMatcher.flatMap((m) => applyMatcher(m, r.stdout));
    const want = expected(root, false).map((w) => (w.line === '0' ? { ...w, line: undefined, column: undefined } : w));
    const key = (i: Issue) => `${i.file}:${i.line}:${i.code}`;
    assert.deepEqual(strip(got).sort((a, b) => key(a as Issue).localeCompare(key(b as Issue))), strip(want).sort((a, b) => key(a as Issue).localeCompare(key(b as Issue))));
  });
});
