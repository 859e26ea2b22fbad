// The source excerpt of the codeframe format and of configuration-file errors: the lines a
// finding points at, with a line-number gutter and an underline under each range (`^` for the
// finding, `-` for its related locations, each with its label). Long lines are shown as a window
// around the range.

import type { Range } from './types.js';

export interface Mark {
  range: Range;
  primary: boolean;
  label?: string;
}

export interface SnippetPaint {
  gutter: (s: string) => string;
  primary: (s: string) => string;
  secondary: (s: string) => string;
}

const TAB = '    ';
/** Lines of a multi-line range shown between its first and last line before the rest is elided. */
const MAX_MIDDLE = 2;
/** The fewest columns of code a window shows, however narrow the terminal. */
const MIN_CODE = 24;
/** The most characters of one line laid out for one finding (the window shown is narrower). */
const MAX_LINE = 2000;

/**
 * The excerpt for `marks` in `lines` (the file split at its line breaks), as lines no wider than
 * `width` where the code allows it. `gutterW`: the width of the widest line number shown.
 */
export function snippet(lines: readonly string[], marks: readonly Mark[], width: number, gutterW: number, p: SnippetPaint, framed = true): string[] {
  // What each shown line carries: underlines from column `from` to `to` (1-based, end exclusive;
  // Infinity: to the end of the line).
  const shown = new Map<number, { from: number; to: number; mark: Mark }[]>();
  const add = (line: number, from: number, to: number, mark: Mark): void => {
    if (line < 1 || line > lines.length) return;
    const list = shown.get(line) ?? [];
    list.push({ from, to, mark });
    shown.set(line, list);
  };
  const plainLines = new Set<number>();
  for (const m of marks) {
    const { start, end } = m.range;
    if (end.line <= start.line) {
      add(start.line, start.column, Math.max(end.column, start.column + 1), m);
      continue;
    }
    // A range over several lines: its first line from the start, its last line up to the end, and
    // the lines between shown (a few) or elided.
    add(start.line, start.column, Infinity, m);
    const middle = end.line - start.line - 1;
    if (middle <= MAX_MIDDLE) for (let l = start.line + 1; l < end.line; l++) plainLines.add(l);
    const last = lines[end.line - 1] ?? '';
    const indent = last.length - last.trimStart().length;
    if (end.column > indent + 1) add(end.line, indent + 1, end.column, { range: m.range, primary: m.primary });
    else plainLines.add(end.line);
  }
  const numbers = [...new Set([...shown.keys(), ...plainLines])].sort((a, b) => a - b);
  const out: string[] = [];
  const bar = p.gutter(`${' '.repeat(gutterW)} |`);
  if (framed) out.push(bar);
  let prev: number | undefined;
  const codeW = Math.max(MIN_CODE, width - gutterW - 3);
  for (const n of numbers) {
    if (prev !== undefined && n > prev + 1) out.push(p.gutter(`${' '.repeat(Math.max(0, gutterW - 3))}...`));
    prev = n;
    const whole = lines[n - 1] ?? '';
    const all = (shown.get(n) ?? []).sort((a, b) => a.from - b.from);
    // A very long line (a config written on one line) is first cut to a part around the
    // finding, so that each of many findings on it costs little.
    let cutFrom = 0;
    let cutTo = whole.length;
    if (whole.length > MAX_LINE) {
      const first = all.find((m) => m.mark.primary) ?? all[0];
      const a = first ? first.from - 1 : 0;
      cutFrom = Math.max(0, a - MAX_LINE / 2);
      cutTo = Math.min(whole.length, a + MAX_LINE);
    }
    const cut = display(whole.slice(cutFrom, cutTo));
    const text = cut.text;
    const col = (column: number): number => cut.col(column - cutFrom);
    const marksHere = all.filter((u) => u.from - 1 < cutTo && (u.to === Infinity || u.to - 1 > cutFrom));
    // The window: the whole line when it fits, else around the first underline.
    let from = 0;
    let to = text.length;
    if (text.length > codeW) {
      const first = marksHere.find((m) => m.mark.primary) ?? marksHere[0];
      const us = first ? col(first.from) : 0;
      const ue = first ? Math.min(col(first.to), text.length) : 0;
      const room = codeW - 2;
      from = Math.max(0, Math.min(us - Math.max(0, Math.floor((room - (ue - us)) / 2)), text.length - room));
      if (ue - us > room) from = us;
      to = Math.min(text.length, from + room);
    }
    const lead = from > 0 || cutFrom > 0 ? '\u2026' : '';
    const tail = to < text.length || cutTo < whole.length ? '\u2026' : '';
    out.push(`${p.gutter(`${String(n).padStart(gutterW)} |`)} ${lead}${text.slice(from, to)}${tail}`.trimEnd());
    for (const u of marksHere) {
      const s = Math.max(col(u.from), from);
      const e = Math.max(s + 1, Math.min(u.to === Infinity ? text.length : col(u.to), to));
      if (col(u.from) >= to) continue;
      const paint = u.mark.primary ? p.primary : p.secondary;
      const line = ' '.repeat(lead.length + s - from) + paint((u.mark.primary ? '^' : '-').repeat(e - s) + (u.mark.label ? ` ${u.mark.label}` : ''));
      out.push(`${bar} ${line}`.trimEnd());
    }
  }
  if (framed) out.push(bar);
  return out;
}

/**
 * A source line as the terminal shows it: tabs expanded, control characters and lone surrogates
 * as U+FFFD (so a hostile file can neither drive the terminal nor shift the underline), and `col`
 * mapping a 1-based UTF-16 column of the original to a 0-based display column.
 */
function display(line: string): { text: string; col: (column: number) => number } {
  const at: number[] = [];
  let text = '';
  for (let i = 0; i < line.length; i++) {
    at.push(text.length);
    const ch = line[i]!;
    const code = line.charCodeAt(i);
    if (ch === '\t') text += TAB;
    // eslint-disable-next-line no-control-regex
    else if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(ch)) text += '\ufffd';
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < line.length && (line.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      text += ch + line[i + 1]!;
      at.push(text.length - 1);
      i++;
    } else if (code >= 0xd800 && code <= 0xdfff) text += '\ufffd';
    else text += ch;
  }
  at.push(text.length);
  return { text, col: (column) => (column - 1 < at.length ? at[Math.max(0, column - 1)]! : text.length + (column - 1 - line.length)) };
}
