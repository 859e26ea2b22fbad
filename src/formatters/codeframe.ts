// The codeframe format, for a person at a terminal: each finding as its headline, where it is,
// the lines of config.json it points at with the range underlined (and its related locations,
// such as the other duplicate key or the mount that shadows), then the rootfs path involved,
// why it matters, how to fix it, and where the rule is documented. In the manner of rustc's and
// Biome's diagnostics. It needs the config's text: the command line keeps it for this format
// (FileResult.configText); without it, the excerpt is left out.

import type { ChalkInstance } from 'chalk';
import { docsUrl } from '../core/meta.js';
import { escapeControls } from '../core/text.js';
import type { Diagnostic, Location, Severity } from '../core/types.js';
import { elideWords, hang, visibleWidth } from '../core/wrap.js';
import type { Formatter } from './types.js';
import { displayPath } from './util.js';
import { snippet, type Mark } from '../core/snippet.js';
import { DEFAULT_WIDTH } from './stylish.js';

let chalk: typeof import('chalk') | undefined;
export async function loadColor(): Promise<void> {
  chalk ??= await import('chalk');
}
type Paint = Pick<ChalkInstance, 'blue' | 'bold' | 'cyan' | 'dim' | 'red' | 'yellow'>;
const same = (s: string): string => s;
const plainPaint = Object.assign(same, { blue: same, bold: same, cyan: same, dim: same, red: same, yellow: same }) as unknown as Paint;

const codeframe: Formatter = ({ results, cwd }, { colorLevel, width = DEFAULT_WIDTH }) => {
  const c: Paint = colorLevel > 0 && chalk ? new chalk.Chalk({ level: colorLevel }) : plainPaint;
  const blocks: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const r of results) {
    if (r.diagnostics.length === 0) continue;
    const lines = r.configText === undefined ? undefined : r.configText.split(/\r\n|\r|\n/);
    const file = escapeControls(displayPath(r.filePath, cwd));
    for (const d of r.diagnostics) {
      counts[d.severity]++;
      blocks.push(finding(d, file, lines, c, width));
    }
  }
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) return '';
  const parts = [`${counts.error} ${plural('error', counts.error)}`, `${counts.warning} ${plural('warning', counts.warning)}`];
  if (counts.info > 0) parts.push(`${counts.info} ${plural('info', counts.info)}`);
  const summary = (counts.error > 0 ? c.red : c.yellow).bold(`\u2716 ${total} ${plural('problem', total)} (${parts.join(', ')})`);
  return `${blocks.join('\n\n')}\n\n${summary}\n`;
};

function finding(d: Diagnostic, file: string, lines: readonly string[] | undefined, c: Paint, width: number): string {
  const colour = d.severity === 'error' ? c.red : d.severity === 'warning' ? c.yellow : c.blue;
  const label = d.severity === 'info' ? 'info' : d.severity;
  const out: string[] = [];
  const headline = elideWords(oneLine(d.message), Math.max(20, width - label.length - 2));
  out.push(`${colour.bold(`${label}:`)} ${hang(c.bold(headline), width, label.length + 2)}`);
  const start = d.location.range?.start;
  const marks: Mark[] = [];
  if (d.location.range) marks.push({ range: d.location.range, primary: true });
  for (const rel of d.related ?? []) if (rel.location.range) marks.push({ range: rel.location.range, primary: false, label: oneLine(rel.message) });
  const gutterW = Math.max(2, ...marks.flatMap((m) => [m.range.start.line, m.range.end.line]).map((n) => String(n).length));
  const arrow = `${' '.repeat(gutterW - 1)}${c.blue('-->')}`;
  const where = `${arrow} ${file}${start ? `:${start.line}:${start.column}` : ''}`;
  // The rule id, when the line has room for it (the docs link below names it too).
  const fits = gutterW + 3 + visibleWidth(file) + (start ? `:${start.line}:${start.column}`.length : 0) + 2 + d.ruleId.length <= width;
  out.push(fits ? `${where}  ${c.dim(d.ruleId)}` : where);
  const paint = { gutter: c.blue, primary: colour, secondary: c.cyan };
  if (lines && marks.length > 0) out.push(...snippet(lines, marks, width, gutterW, paint));
  else if (marks.length > 0) out.push(...unseen(d.related ?? [], file, gutterW, c));
  // `   = help: text`, the text wrapped under itself.
  const note = (what: string, text: string): void => {
    const lead = `${' '.repeat(gutterW + 1)}= ${what}: `;
    out.push(`${' '.repeat(gutterW + 1)}${c.blue('=')} ${c.bold(`${what}:`)} ${hang(text, width, lead.length)}`);
  };
  if (d.location.kind === 'rootfs') note('rootfs', escapeControls(d.location.path));
  if (d.detail) note('note', oneLine(d.detail));
  if (d.help) note('help', oneLine(d.help));
  // A link is never wrapped: on the line after a long one, it would be no shorter.
  out.push(`${' '.repeat(gutterW + 1)}${c.blue('=')} ${c.bold('docs:')} ${docsUrl(d.ruleId)}`);
  return out.join('\n');
}

/** Related locations when the text is not at hand: where each is, and what it is. */
function unseen(related: readonly { message: string; location: Location }[], file: string, gutterW: number, c: Paint): string[] {
  return related
    .filter((rel) => rel.location.range)
    .map((rel) => `${' '.repeat(gutterW - 1)}${c.cyan('-->')} ${file}:${rel.location.range!.start.line}:${rel.location.range!.start.column}  ${oneLine(rel.message)}`);
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function plural(word: string, n: number): string {
  return n === 1 ? word : `${word}s`;
}

export default codeframe;
