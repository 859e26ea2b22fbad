// A small Markdown-to-terminal renderer for --explain. Raw Markdown in a terminal buries the text
// under backticks, pipes, fences and URLs, and the pages are written with line breaks for the
// editor, not for the reader's terminal: paragraphs and list items are joined and wrapped again
// to the width given, headings stand out, tables are aligned, code blocks are indented and left
// as written, links show their target. With colour, code spans are coloured; without, they are
// plain text, quoted when they are more than a word. Only the constructs docs/rules/ uses are
// handled.

import { Chalk } from 'chalk';
import { stripAnsi, visibleWidth, wrapWords } from '../core/wrap.js';

/** Spaces inside a code span while lines are wrapped: a short span is never split. */
const KEEP = '\u00a0';

export function renderMarkdown(md: string, colorLevel: 0 | 1 | 2 | 3, width = 80): string {
  const c = new Chalk({ level: colorLevel });
  const inline = (s: string): string =>
    s
      .replace(/(`+)(.+?)\1/g, (_m, _ticks: string, t: string) => {
        const code = t.trim();
        // Without colour, a span that is not one plain word (a message, a command, "/") is
        // quoted, so that the reader still sees where it starts and ends.
        const shown = colorLevel > 0 || /^(?=.*[\p{L}\p{N}])\S+$/u.test(code) ? code : `\u2018${code}\u2019`;
        const kept = shown.length <= 30 ? shown.replace(/ /g, KEEP) : shown;
        // A placeholder, so that the link and emphasis patterns below leave code alone.
        return `\u0000${codes.push(colorLevel > 0 ? c.cyan(kept) : kept) - 1}\u0000`;
      })
      .replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_m, text: string, url: string) => (/^https?:/.test(url) ? `${text} <${url}>` : text))
      .replace(/\*\*([^*]+)\*\*/g, (_m, t: string) => c.bold(t))
      .replace(/(^|[\s(])\*([^*\s][^*]*)\*(?=[\s).,;:]|$)/g, (_m, pre: string, t: string) => pre + c.italic(t))
      .replace(/\\([\\`*_|[\]()#])/g, '$1')
      .replace(/\u0000(\d+)\u0000/g, (_m, i: string) => codes[Number(i)]!);
  let codes: string[] = [];
  const lines = md.replace(/\r\n/g, '\n').split('\n');
  const out: string[] = [];
  const wrap = (text: string, first: string, rest: string): void => {
    codes = [];
    const parts = wrapWords(inline(text), Math.max(20, width - rest.length), { first: Math.max(20, width - first.length) });
    parts.forEach((p, i) => out.push(((i === 0 ? first : rest) + p.replace(new RegExp(KEEP, 'g'), ' ')).trimEnd()));
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      out.push('');
      continue;
    }
    if (line.startsWith('```')) {
      // The fence's info string (json valid, flags for the docs test) is not for the reader.
      for (i++; i < lines.length && !lines[i]!.startsWith('```'); i++) out.push(`    ${c.green(lines[i]!)}`.trimEnd());
      continue;
    }
    if (/^\|.*\|\s*$/.test(line)) {
      const rows: string[][] = [];
      for (; i < lines.length && /^\|.*\|\s*$/.test(lines[i]!); i++) {
        if (/^\|[\s:|-]+\|\s*$/.test(lines[i]!)) continue;
        codes = [];
        rows.push(splitRow(lines[i]!).map((cell) => inline(cell).replace(new RegExp(KEEP, 'g'), ' ')));
      }
      i--;
      out.push(...table(rows, c, width));
      continue;
    }
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (h) {
      codes = [];
      const text = inline(h[2]!).replace(new RegExp(KEEP, 'g'), ' ');
      out.push(h[1]!.length === 1 ? c.bold.underline(text) : c.bold(stripAnsi(text).toUpperCase()));
      continue;
    }
    // A list item, with the lines indented under it; or a paragraph, up to a blank line or the
    // start of another block.
    const item = /^(\s*)([-*]|\d+\.)\s+(.*)$/.exec(line);
    const parts = [item ? item[3]! : line.trim()];
    while (i + 1 < lines.length) {
      const next = lines[i + 1]!;
      if (next.trim() === '' || next.startsWith('```') || /^#{1,6}\s/.test(next) || /^\|.*\|\s*$/.test(next) || /^\s*([-*]|\d+\.)\s+/.test(next)) break;
      parts.push(next.trim());
      i++;
    }
    if (item) {
      const depth = item[1]!.length;
      const bullet = `${' '.repeat(2 + depth)}${item[2]!} `;
      wrap(parts.join(' '), bullet, ' '.repeat(bullet.length));
    } else wrap(parts.join(' '), '', '');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** The cells of a table row; `\|` is a pipe inside a cell. */
function splitRow(line: string): string[] {
  return line
    .trim()
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

function table(rows: string[][], c: InstanceType<typeof Chalk>, width: number): string[] {
  const [head, ...body] = rows;
  if (!head) return [];
  // A two-row table (header + one row) reads better as "key: value" lines.
  if (body.length === 1) {
    return head.flatMap((k, j) => {
      const first = `  ${c.bold(stripAnsi(k))}: `;
      const parts = wrapWords(body[0]![j] ?? '', width - 4, { first: width - visibleWidth(first) });
      return parts.map((p, i) => ((i === 0 ? first : '    ') + p).trimEnd());
    });
  }
  const widths = head.map((_, j) => Math.max(...rows.map((r) => visibleWidth(r[j] ?? ''))));
  return rows.map((r, k) => {
    const text = r.map((cell, j) => cell + ' '.repeat((widths[j] ?? 0) - visibleWidth(cell))).join('  ').trimEnd();
    return `  ${k === 0 ? c.bold(text) : text}`;
  });
}
