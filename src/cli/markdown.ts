// A small Markdown-to-terminal renderer for --explain: headings stand out, tables are aligned,
// code blocks are indented, and links show their target, because raw Markdown in a terminal
// buries the text under pipes, fences and URLs. Only the constructs docs/rules/ uses are handled.

import { Chalk } from 'chalk';

const stripAnsi = (s: string): string => s.replace(/\x1b\[[0-9;]*m/g, '');

export function renderMarkdown(md: string, colorLevel: 0 | 1 | 2 | 3, width = 100): string {
  const c = new Chalk({ level: colorLevel });
  const inline = (s: string): string =>
    s
      .replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_m, text: string, url: string) => (/^https?:/.test(url) ? `${text} <${url}>` : text))
      .replace(/\*\*([^*]+)\*\*/g, (_m, t: string) => c.bold(t))
      .replace(/`([^`]+)`/g, (_m, t: string) => (colorLevel > 0 ? c.cyan(t) : `\`${t}\``));
  const lines = md.replace(/\r\n/g, '\n').split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = line.startsWith('```');
    if (fence) {
      // The fence's info string (json valid, flags for the docs test) is not for the reader.
      for (i++; i < lines.length && !lines[i]!.startsWith('```'); i++) out.push(`    ${c.green(lines[i]!)}`);
      continue;
    }
    if (/^\|.*\|\s*$/.test(line)) {
      const rows: string[][] = [];
      for (; i < lines.length && /^\|.*\|\s*$/.test(lines[i]!); i++) {
        if (/^\|[\s:|-]+\|\s*$/.test(lines[i]!)) continue;
        rows.push(lines[i]!.trim().slice(1, -1).split('|').map((cell) => inline(cell.trim())));
      }
      i--;
      out.push(...table(rows, c));
      continue;
    }
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (h) {
      const text = inline(h[2]!);
      out.push(h[1]!.length === 1 ? c.bold.underline(text) : c.bold(text.toUpperCase()));
      continue;
    }
    out.push(wrap(inline(line), width));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

function table(rows: string[][], c: InstanceType<typeof Chalk>): string[] {
  const [head, ...body] = rows;
  if (!head) return [];
  // A two-row table (header + one row) reads better as "key: value" lines.
  if (body.length === 1) return head.map((k, j) => `  ${c.bold(stripAnsi(k))}: ${body[0]![j] ?? ''}`);
  const widths = head.map((_, j) => Math.max(...rows.map((r) => stripAnsi(r[j] ?? '').length)));
  return rows.map((r, k) => {
    const text = r.map((cell, j) => cell + ' '.repeat((widths[j] ?? 0) - stripAnsi(cell).length)).join('  ').trimEnd();
    return `  ${k === 0 ? c.bold(text) : text}`;
  });
}

function wrap(text: string, width: number): string {
  if (stripAnsi(text).length <= width || /^\s*[-*] /.test(text) === false && text.startsWith('    ')) return text;
  const indent = /^(\s*(?:[-*] |\d+\. )?)/.exec(text)![1]!;
  const pad = ' '.repeat(indent.length);
  const words = text.slice(indent.length).split(' ');
  const out: string[] = [];
  let cur = indent;
  for (const w of words) {
    if (stripAnsi(cur).length + 1 + stripAnsi(w).length > width && stripAnsi(cur).trim() !== '') {
      out.push(cur.trimEnd());
      cur = pad + w;
    } else cur = cur === indent ? cur + w : `${cur} ${w}`;
  }
  out.push(cur);
  return out.join('\n');
}
