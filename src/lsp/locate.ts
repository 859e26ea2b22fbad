// Where in the config a cursor is, for hover and completion: the path of keys and indices to the
// place, whether it is a key or a value, and the string under the cursor. It reads text that is
// being typed, so it never needs the whole document to be JSON: it scans tokens from the start to
// the cursor, keeping a stack of the objects and arrays it is in, and tolerates anything it does
// not understand (a half-typed key, a missing comma, a stray character).

export type PathSegment = string | number;

export interface Spot {
  /**
   * Keys and indices from the root to the place. For a key, the path of the property it names
   * (its last segment is '' where no key is written yet).
   */
  path: PathSegment[];
  kind: 'key' | 'value';
  /** The string literal the cursor is in (quotes excluded), when it is in one. */
  string?: { start: number; end: number; value: string; closed: boolean };
  /** The text the cursor is in when it is not in a string: a number, a literal, a bare word. */
  word?: { start: number; end: number; text: string };
}

interface Frame {
  kind: 'object' | 'array';
  /** Object: the last key read, and whether the parser is now after its colon. */
  key: string | undefined;
  afterColon: boolean;
  /** Array: the index of the current item. */
  index: number;
  /** The current member's value (or item) is complete: a token now, without a comma, starts the next one. */
  done: boolean;
}

/** JSON's whitespace, and the characters that end a bare word. */
const isWs = (c: string): boolean => c === ' ' || c === '\n' || c === '\r' || c === '\t';
const DELIMS = new Set(['{', '}', '[', ']', ',', ':', '"']);

/** The spot at `offset` (0-based, in UTF-16 code units) in `text`, or undefined outside any value. */
export function locate(text: string, offset: number): Spot | undefined {
  const stack: Frame[] = [];
  const path = (extra?: PathSegment): PathSegment[] => {
    const out: PathSegment[] = [];
    for (let i = 1; i < stack.length; i++) out.push(segmentOf(stack[i - 1]!));
    if (stack.length > 0 && extra !== undefined) out.push(extra);
    return out;
  };
  let i = 0;
  while (i <= offset && i < text.length) {
    const c = text[i]!;
    if (isWs(c)) {
      i++;
      continue;
    }
    const top = stack[stack.length - 1];
    if (c === '"') {
      recover(top);
      const end = scanString(text, i);
      const closed = end <= text.length && text[end - 1] === '"' && end - 1 > i;
      const value = decode(text.slice(i + 1, closed ? end - 1 : end));
      const inKey = top?.kind === 'object' && !top.afterColon;
      if (offset > i && (offset < end || (!closed && offset <= end))) {
        const string = { start: i + 1, end: closed ? end - 1 : end, value, closed };
        if (inKey) return { path: path(value), kind: 'key', string };
        return { path: valuePath(stack, path), kind: 'value', string };
      }
      if (inKey) top.key = value;
      else if (top) top.done = true;
      i = end;
      continue;
    }
    // The cursor just before a delimiter is between tokens.
    if (offset === i && DELIMS.has(c)) break;
    switch (c) {
      case '{':
      case '[':
        recover(top);
        stack.push({ kind: c === '{' ? 'object' : 'array', key: undefined, afterColon: false, index: 0, done: false });
        i++;
        continue;
      case '}':
      case ']':
        stack.pop();
        if (stack.length) stack[stack.length - 1]!.done = true;
        i++;
        continue;
      case ':':
        if (top?.kind === 'object') {
          top.afterColon = true;
          top.done = false;
        }
        i++;
        continue;
      case ',':
        if (top?.kind === 'object') {
          top.afterColon = false;
          top.key = undefined;
        } else if (top) top.index++;
        if (top) top.done = false;
        i++;
        continue;
      default: {
        // A number, a literal or a bare word: up to the next delimiter.
        recover(top);
        let end = i;
        while (end < text.length && !DELIMS.has(text[end]!) && !isWs(text[end]!)) end++;
        if (offset >= i && offset <= end) {
          const word = { start: i, end, text: text.slice(i, end) };
          if (top?.kind === 'object' && !top.afterColon) return { path: path(word.text), kind: 'key', word };
          return { path: valuePath(stack, path), kind: 'value', word };
        }
        if (top && (top.kind === 'array' || top.afterColon)) top.done = true;
        i = end;
      }
    }
  }
  // Between tokens: a key position in an object waiting for one, else a value position.
  const top = stack[stack.length - 1];
  if (!top) return undefined;
  recover(top);
  if (top.kind === 'object' && !top.afterColon) return { path: path(''), kind: 'key' };
  return { path: valuePath(stack, path), kind: 'value' };
}

/** A token where a complete member or item was just read (a comma is missing): it starts the next one. */
function recover(f: Frame | undefined): void {
  if (!f?.done) return;
  if (f.kind === 'array') f.index++;
  else {
    f.afterColon = false;
    f.key = undefined;
  }
  f.done = false;
}

function segmentOf(f: Frame): PathSegment {
  return f.kind === 'array' ? f.index : (f.key ?? '');
}

/** The path of the value the innermost container is reading now. */
function valuePath(stack: Frame[], path: (extra?: PathSegment) => PathSegment[]): PathSegment[] {
  const top = stack[stack.length - 1];
  if (!top) return [];
  return path(segmentOf(top));
}

/** The offset just past the string literal starting at `start` (its closing quote), or the end of its line. */
function scanString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\') i += 2;
    else if (c === '"') return i + 1;
    // An unterminated string ends at the line's end: the next line is most likely new tokens.
    else if (c === '\n') return i;
    else i++;
  }
  return text.length;
}

function decode(raw: string): string {
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}
