// Word wrapping for text printed to a terminal: reports, rule lists, rule documentation, help
// lines. Lines break only between words, so a field name, a path or a rule id is never cut; a word
// longer than the line stays whole on a line of its own.

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

/** The text without its colour codes. */
export function stripAnsi(s: string): string {
  return s.includes('\x1b') ? s.replace(ANSI, '') : s;
}

/** How many columns the text takes: its characters, colour codes left out. */
export function visibleWidth(s: string): number {
  return stripAnsi(s).length;
}

export interface WrapOptions {
  /** Columns available to the first line (default: `width`). */
  first?: number;
}

/**
 * Breaks `text` into lines of at most `width` columns (the first of at most `first`), at runs of
 * whitespace. Colour codes do not count. A word wider than the line is a line of its own.
 */
export function wrapWords(text: string, width: number, opts: WrapOptions = {}): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let cur = '';
  let curWidth = 0;
  let room = opts.first ?? width;
  for (const w of words) {
    const ww = visibleWidth(w);
    if (cur !== '' && curWidth + 1 + ww > room) {
      lines.push(cur);
      cur = '';
      curWidth = 0;
      room = width;
    }
    cur = cur === '' ? w : `${cur} ${w}`;
    curWidth += (curWidth === 0 ? 0 : 1) + ww;
  }
  if (cur !== '' || lines.length === 0) lines.push(cur);
  return lines;
}

/**
 * `text` wrapped to `width` columns, for a line that already holds `firstIndent` columns before
 * it: the lines after the first are indented by `indent` spaces.
 */
export function hang(text: string, width: number, indent: number, firstIndent = indent): string {
  const pad = ' '.repeat(indent);
  return wrapWords(text, Math.max(1, width - indent), { first: Math.max(1, width - firstIndent) })
    .map((l, i) => (i === 0 ? l : pad + l))
    .join('\n');
}

/**
 * Each word (of plain text) wider than `room` columns, shortened to `room` by "..." in its middle.
 * Three ASCII dots, not the one-character ellipsis: that takes two columns in terminals that give
 * East Asian ambiguous characters two, and three bytes to a tool that counts bytes, so a line cut to
 * the width would end up wider than it.
 */
export function elideWords(text: string, room: number): string {
  const keep = Math.max(1, room - 3);
  return text
    .split(' ')
    .map((w) => (w.length <= room ? w : `${w.slice(0, Math.ceil(keep / 2))}...${w.slice(w.length - Math.floor(keep / 2))}`))
    .join(' ');
}
