// ESLint's "stylish" layout, so that problem matchers written for ESLint ($eslint-stylish in VS
// Code, .github/ocilint-matcher.json) read our findings: an underlined absolute file path, then
// one row per finding, `  line:col  severity  headline  rule-id`, then a summary.
//
// Rows fit the width the caller gives (the terminal's), breaking only between words. A file's
// table that is too wide keeps its columns when the headlines still get a column of
// MIN_HEADLINE: each headline wraps inside it, the rule id stays on the row's first line. In a
// narrower terminal the headline takes the whole line, with a hanging indent, and the rule id
// goes to the right edge. Problem matchers read one line per finding, so a row that wraps ends
// their reading of its file: the command line does not wrap where a matcher reads (GitHub
// Actions), and COLUMNS sets the width.

import * as path from 'node:path';
import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../core/types.js';
import type { FileResult } from '../engine/lint.js';
import type { Formatter } from './types.js';
import { escapeControls } from '../core/text.js';
import { elideWords, hang, visibleWidth, wrapWords } from '../core/wrap.js';

// chalk is loaded only for coloured output (loadColor, called by loadFormatter): a run whose
// output goes to a file or a pipe never pays for it.
let chalk: typeof import('chalk') | undefined;
export async function loadColor(): Promise<void> {
  chalk ??= await import('chalk');
}
type Paint = Pick<ChalkInstance, 'blue' | 'cyan' | 'dim' | 'red' | 'reset' | 'underline' | 'yellow'>;
const same = Object.assign((s: string): string => s, { bold: (s: string): string => s });
const plain = { blue: same, cyan: same, dim: same, red: same, reset: same, underline: same, yellow: same } as unknown as Paint;

/** The width when the caller gives none (a pipe, a file): the classic terminal's. */
export const DEFAULT_WIDTH = 80;
/** The narrowest headline column worth keeping beside the rule ids; below it the headline takes the line. */
const MIN_HEADLINE = 48;

const stylish: Formatter = ({ results, cwd }, { colorLevel, width = DEFAULT_WIDTH, hints = false }) => {
  const c: Paint = colorLevel > 0 && chalk ? new chalk.Chalk({ level: colorLevel }) : plain;
  let out = '\n';
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const r of results) {
    if (r.diagnostics.length === 0) continue;
    errors += r.errorCount;
    warnings += r.warningCount;
    infos += r.infoCount;
    // A config read from stdin has no file; print the name it was given.
    out += `${c.underline(escapeControls(r.bundlePath === '' ? r.filePath : path.resolve(cwd, r.filePath)))}\n`;
    out += fileRows(r, c, width, hints).join('\n');
    out += '\n\n';
  }
  const total = errors + warnings + infos;
  if (total === 0) return '';
  const parts = [`${errors} ${plural('error', errors)}`, `${warnings} ${plural('warning', warnings)}`];
  if (infos > 0) parts.push(`${infos} ${plural('info', infos)}`);
  out += c[errors > 0 ? 'red' : 'yellow'].bold(`\u2716 ${total} ${plural('problem', total)} (${parts.join(', ')})\n`);
  return colorLevel > 0 ? c.reset(out) : out;
};

interface Row {
  line: string;
  column: string;
  severity: Diagnostic['severity'];
  /** The headline as one line of words (a trailing full stop dropped, as ESLint does). */
  headline: string;
  ruleId: string;
  help: string | undefined;
}

/** The lines of one file's findings. */
function fileRows(r: FileResult, c: Paint, width: number, hints: boolean): string[] {
  const rows: Row[] = r.diagnostics.map((d) => {
    const start = d.location.range?.start;
    return {
      line: String(start?.line ?? 0),
      column: String(start?.column ?? 0),
      severity: d.severity,
      headline: oneLine(d.message).replace(/([^ ])\.$/, '$1'),
      ruleId: d.ruleId,
      help: hints && d.help ? oneLine(d.help) : undefined,
    };
  });
  const lineW = widest(rows, (x) => x.line.length);
  const colW = widest(rows, (x) => x.column.length);
  const sevW = widest(rows, (x) => x.severity.length);
  // Where the headline starts: two spaces, the position, two spaces, the severity, two spaces.
  const indent = 2 + lineW + 1 + colW + 2 + sevW + 2;
  const ruleW = widest(rows, (x) => x.ruleId.length);
  const longest = widest(rows, (x) => visibleWidth(x.headline));
  // The headline column: as wide as the longest headline when the table fits, else what is left
  // beside the rule ids; too narrow for that, the headline takes the line.
  const column = indent + longest + 2 + ruleW <= width ? longest : width - indent - 2 - ruleW;
  const beside = column >= Math.min(longest, MIN_HEADLINE);
  // A word wider than the whole line (a long path in a value) is shortened in its middle rather
  // than cut across lines: the finding's position leads to the whole of it.
  const room = Math.max(10, width - indent);
  const wrapped = rows.map((x) => wrapWords(elideWords(x.headline, room), beside ? column : room));
  // The rule ids line up just after the widest line a headline takes (a word wider than the
  // column sticks out rather than being cut).
  const ruleAt = Math.min(column, widest(wrapped.flat(), visibleWidth));
  const pad = ' '.repeat(indent);
  const paint = { error: c.red, warning: c.yellow, info: c.blue };
  const out: string[] = [];
  rows.forEach((x, i) => {
    const parts = wrapped[i]!;
    const position = `${' '.repeat(lineW - x.line.length)}${c.dim(`${x.line}:${x.column}`)}${' '.repeat(colW - x.column.length)}`;
    const head = `  ${position}  ${paint[x.severity](x.severity)}${' '.repeat(sevW - x.severity.length)}  `;
    if (beside) {
      // On the first line, unless a long word fills it: then the first line with room.
      const at = parts.findIndex((p) => visibleWidth(p) <= ruleAt);
      const rule = `  ${c.dim(x.ruleId)}`;
      if (at < 0) parts.push(' '.repeat(ruleAt) + rule);
      else parts[at] = `${parts[at]}${' '.repeat(ruleAt - visibleWidth(parts[at]!))}${rule}`;
    } else {
      // At the right edge, after the headline's last line when there is room, else under it.
      const edge = Math.max(x.ruleId.length, width - indent);
      const last = parts[parts.length - 1]!;
      const gap = edge - visibleWidth(last) - x.ruleId.length;
      if (gap >= 2) parts[parts.length - 1] = `${last}${' '.repeat(gap)}${c.dim(x.ruleId)}`;
      else parts.push(' '.repeat(edge - x.ruleId.length) + c.dim(x.ruleId));
    }
    out.push(head + parts[0]!);
    for (const p of parts.slice(1)) out.push(pad + p);
    if (x.help !== undefined) out.push(pad + hang(`${c.cyan('help:')} ${x.help}`, width, indent + 6, indent));
  });
  return out.map((l) => l.trimEnd());
}

/** Text as one line: line breaks and runs of spaces become one space. */
function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The largest of `measure` over `items` (a loop: a spread of a large file's rows overflows the stack). */
function widest<T>(items: readonly T[], measure: (x: T) => number): number {
  let max = -Infinity;
  for (const x of items) max = Math.max(max, measure(x));
  return max;
}

function plural(word: string, n: number): string {
  return n === 1 ? word : `${word}s`;
}

export default stylish;
