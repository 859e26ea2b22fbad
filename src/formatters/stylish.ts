// ESLint's "stylish" layout, so that problem matchers written for ESLint ($eslint-stylish in VS
// Code, actions/setup-node's matcher) read our findings unchanged: an underlined absolute file
// path, then `  line:col  severity  message  rule-id` rows aligned as a table, then a summary.

import * as path from 'node:path';
import type { ChalkInstance } from 'chalk';
import type { Formatter } from './types.js';
import { escapeControls } from '../core/text.js';

// chalk is loaded only for coloured output (loadColor, called by loadFormatter): a run whose
// output goes to a file or a pipe never pays for it.
let chalk: typeof import('chalk') | undefined;
export async function loadColor(): Promise<void> {
  chalk ??= await import('chalk');
}
type Paint = Pick<ChalkInstance, 'blue' | 'dim' | 'red' | 'reset' | 'underline' | 'yellow'>;
const same = Object.assign((s: string): string => s, { bold: (s: string): string => s });
const plain = { blue: same, dim: same, red: same, reset: same, underline: same, yellow: same } as unknown as Paint;

const stripAnsi = (s: string): string => s.replace(/\x1b\[[0-9;]*m/g, '');

const stylish: Formatter = ({ results, cwd }, { colorLevel }) => {
  const c: Paint = colorLevel > 0 && chalk ? new chalk.Chalk({ level: colorLevel }) : plain;
  let out = '\n';
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let summaryColor: 'yellow' | 'red' = 'yellow';
  for (const r of results) {
    if (r.diagnostics.length === 0) continue;
    errors += r.errorCount;
    warnings += r.warningCount;
    infos += r.infoCount;
    // A config read from stdin has no file; print the name it was given.
    out += `${c.underline(escapeControls(r.bundlePath === '' ? r.filePath : path.resolve(cwd, r.filePath)))}\n`;
    const rows = r.diagnostics.map((d) => {
      const start = d.location.range?.start;
      let type: string;
      if (d.severity === 'error') {
        type = c.red('error');
        summaryColor = 'red';
      } else if (d.severity === 'warning') type = c.yellow('warning');
      else type = c.blue('info');
      return ['', String(start?.line ?? 0), String(start?.column ?? 0), type, d.message.replace(/([^ ])\.$/, '$1'), c.dim(d.ruleId)];
    });
    out += table(rows, colorLevel > 0)
      .split('\n')
      .map((line) => line.replace(/(\d+)\s+(\d+)/, (_m, l: string, col: string) => c.dim(`${l}:${col}`)))
      .join('\n');
    out += '\n\n';
  }
  const total = errors + warnings + infos;
  if (total === 0) return '';
  const parts = [`${errors} ${plural('error', errors)}`, `${warnings} ${plural('warning', warnings)}`];
  if (infos > 0) parts.push(`${infos} ${plural('info', infos)}`);
  out += c[summaryColor].bold(`\u2716 ${total} ${plural('problem', total)} (${parts.join(', ')})\n`);
  return colorLevel > 0 ? c.reset(out) : out;
};

/** text-table's layout: columns joined by two spaces, the second right-aligned, trailing space trimmed. */
function table(rows: string[][], coloured: boolean): string {
  const widths: number[] = [];
  // Widths count visible characters: colour codes are stripped, when there are any.
  const visible = coloured ? stripAnsi : (s: string) => s;
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, visible(cell).length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => {
          const pad = ' '.repeat((widths[i] ?? 0) - visible(cell).length);
          return i === 1 ? pad + cell : cell + pad;
        })
        .join('  ')
        // trimEnd, not /\s+$/: that regex is quadratic on a long run of inner spaces.
        .trimEnd(),
    )
    .join('\n');
}

function plural(word: string, n: number): string {
  return n === 1 ? word : `${word}s`;
}

export default stylish;
