// A strict RFC 8259 JSON parser that keeps the source range of every key and value.
//
// Why not JSON.parse: it loses positions, silently keeps the last of two duplicate keys and rounds
// integers beyond 2^53 (real configs carry 18446744073709551615). Why iterative: a hostile file may
// nest 100,000 levels deep, and recursion would overflow the stack.

export type JsonNode = JsonObject | JsonArray | JsonString | JsonNumber | JsonLiteral;

interface NodeBase {
  /** Offsets into the decoded text, end exclusive. */
  start: number;
  end: number;
}
export interface JsonProperty {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: JsonNode;
}
export interface JsonObject extends NodeBase {
  type: 'object';
  properties: JsonProperty[];
}
export interface JsonArray extends NodeBase {
  type: 'array';
  items: JsonNode[];
}
export interface JsonString extends NodeBase {
  type: 'string';
  value: string;
}
export interface JsonNumber extends NodeBase {
  type: 'number';
  /** The number exactly as written. */
  raw: string;
  /** True when raw is an integer literal (no fraction, no exponent). */
  integer: boolean;
}
export interface JsonLiteral extends NodeBase {
  type: 'boolean' | 'null';
  value: boolean | null;
}

export interface ParseProblem {
  kind: 'syntax' | 'duplicate-key' | 'too-deep';
  message: string;
  start: number;
  end: number;
  /** For duplicate keys: where the first occurrence of the key is. */
  firstStart?: number;
  firstEnd?: number;
  key?: string;
}

export interface ParseOutput {
  root: JsonNode | undefined;
  problems: ParseProblem[];
}

export const MAX_DEPTH = 1000;

class SyntaxFailure {
  constructor(
    readonly message: string,
    readonly start: number,
    readonly end: number,
  ) {}
}

type Frame =
  | { kind: 'object'; node: JsonObject; keys: Map<string, JsonProperty> | undefined; pendingKey: { key: string; start: number; end: number } | undefined }
  | { kind: 'array'; node: JsonArray };

const WS = new Uint8Array(128);
WS[0x20] = WS[0x09] = WS[0x0a] = WS[0x0d] = 1;

export function parseJson(text: string): ParseOutput {
  const problems: ParseProblem[] = [];
  try {
    const root = new Parser(text, problems).run();
    return { root, problems };
  } catch (e) {
    if (e instanceof SyntaxFailure) {
      problems.push({ kind: e.message.startsWith('nesting') ? 'too-deep' : 'syntax', message: e.message, start: e.start, end: e.end });
      return { root: undefined, problems };
    }
    throw e;
  }
}

class Parser {
  private pos = 0;
  constructor(
    private readonly text: string,
    private readonly problems: ParseProblem[],
  ) {}

  run(): JsonNode {
    const stack: Frame[] = [];
    let root: JsonNode;
    this.skipWs();
    // Each iteration parses one value (or opens a container) and then attaches it.
    for (;;) {
      const frame = stack[stack.length - 1];
      if (frame) {
        if (frame.kind === 'object') {
          // Expect a key, or '}' on an empty object.
          const c = this.text.charCodeAt(this.pos);
          if (c === 0x7d /* } */ && frame.node.properties.length === 0) {
            this.pos++;
            frame.node.end = this.pos;
            stack.pop();
            const done = this.closeValue(stack, frame.node);
            if (done) return done;
            continue;
          }
          if (c !== 0x22) this.fail(this.describeUnexpected('a property name in double quotes'));
          const keyStart = this.pos;
          const key = this.readString();
          frame.pendingKey = { key, start: keyStart, end: this.pos };
          this.skipWs();
          if (this.text.charCodeAt(this.pos) !== 0x3a /* : */) this.fail(this.describeUnexpected('":" after the property name'));
          this.pos++;
          this.skipWs();
        }
      }
      const value = this.openValue(stack);
      if (value === undefined) continue; // a container was opened; parse its first member
      if (stack.length === 0) {
        root = value;
        break;
      }
      const done = this.closeValue(stack, value);
      if (done) return done;
    }
    this.skipWs();
    if (this.pos < this.text.length) this.fail(this.describeUnexpected('the end of the file after the top-level value'));
    return root;
  }

  /**
   * Attaches a finished value to the container on top of the stack and consumes the following
   * ',' or closing bracket, closing as many containers as end there. Returns true when the whole
   * document is complete, with the root node.
   */
  private closeValue(stack: Frame[], value: JsonNode): JsonNode | undefined {
    let current: JsonNode = value;
    for (;;) {
      const frame = stack[stack.length - 1];
      if (!frame) {
        this.skipWs();
        if (this.pos < this.text.length) this.fail(this.describeUnexpected('the end of the file after the top-level value'));
        return current;
      }
      if (frame.kind === 'object') {
        const pk = frame.pendingKey!;
        frame.pendingKey = undefined;
        const prop: JsonProperty = { key: pk.key, keyStart: pk.start, keyEnd: pk.end, value: current };
        const first = firstWithKey(frame, pk.key);
        if (first) {
          this.problems.push({
            kind: 'duplicate-key',
            message: `duplicate key "${pk.key}"`,
            start: pk.start,
            end: pk.end,
            firstStart: first.keyStart,
            firstEnd: first.keyEnd,
            key: pk.key,
          });
        } else {
          frame.keys?.set(pk.key, prop);
        }
        frame.node.properties.push(prop);
      } else {
        frame.node.items.push(current);
      }
      this.skipWs();
      const c = this.text.charCodeAt(this.pos);
      const close = frame.kind === 'object' ? 0x7d : 0x5d;
      if (c === 0x2c /* , */) {
        this.pos++;
        this.skipWs();
        if (frame.kind === 'object' && this.text.charCodeAt(this.pos) !== 0x22) {
          this.fail(this.describeUnexpected('a property name in double quotes after ","'));
        }
        if (frame.kind === 'array' && this.text.charCodeAt(this.pos) === 0x5d) {
          this.fail(this.describeUnexpected('a value after ","'));
        }
        return undefined;
      }
      if (c === close) {
        this.pos++;
        frame.node.end = this.pos;
        stack.pop();
        current = frame.node;
        continue;
      }
      this.fail(this.describeUnexpected(frame.kind === 'object' ? '"," or "}"' : '"," or "]"'));
    }
  }

  /** Parses a scalar and returns it, or pushes a new container frame and returns undefined. */
  private openValue(stack: Frame[]): JsonNode | undefined {
    const t = this.text;
    const start = this.pos;
    const c = t.charCodeAt(start);
    switch (c) {
      case 0x7b: /* { */ {
        if (stack.length >= MAX_DEPTH) this.fail(`nesting deeper than ${MAX_DEPTH} levels`);
        this.pos++;
        this.skipWs();
        const node: JsonObject = { type: 'object', start, end: start, properties: [] };
        stack.push({ kind: 'object', node, keys: undefined, pendingKey: undefined });
        if (t.charCodeAt(this.pos) !== 0x7d && t.charCodeAt(this.pos) !== 0x22) {
          this.fail(this.describeUnexpected('a property name in double quotes or "}"'));
        }
        return undefined;
      }
      case 0x5b: /* [ */ {
        if (stack.length >= MAX_DEPTH) this.fail(`nesting deeper than ${MAX_DEPTH} levels`);
        this.pos++;
        this.skipWs();
        const node: JsonArray = { type: 'array', start, end: start, items: [] };
        if (t.charCodeAt(this.pos) === 0x5d) {
          this.pos++;
          node.end = this.pos;
          return node;
        }
        stack.push({ kind: 'array', node });
        return undefined;
      }
      case 0x22:
        return { type: 'string', start, value: this.readString(), end: this.pos };
      case 0x74: // t
        return this.literal('true', true);
      case 0x66: // f
        return this.literal('false', false);
      case 0x6e: // n
        return this.literal('null', null);
      default:
        if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return this.readNumber();
        return this.fail(this.describeUnexpected('a value'));
    }
  }

  private literal(word: string, value: boolean | null): JsonLiteral {
    const start = this.pos;
    if (this.text.startsWith(word, start)) {
      this.pos += word.length;
      return { type: value === null ? 'null' : 'boolean', value, start, end: this.pos };
    }
    return this.fail(this.describeUnexpected('a value'));
  }

  private readNumber(): JsonNumber {
    const t = this.text;
    const start = this.pos;
    let p = start;
    let integer = true;
    if (t.charCodeAt(p) === 0x2d) p++;
    const d0 = t.charCodeAt(p);
    if (d0 === 0x30) {
      p++;
      const d1 = t.charCodeAt(p);
      if (d1 >= 0x30 && d1 <= 0x39) this.failAt('a number must not have leading zeros', start, p + 1);
    } else if (d0 >= 0x31 && d0 <= 0x39) {
      while (isDigit(t.charCodeAt(p))) p++;
    } else {
      this.failAt('expected a digit after "-"', p, p + 1);
    }
    if (t.charCodeAt(p) === 0x2e /* . */) {
      integer = false;
      p++;
      if (!isDigit(t.charCodeAt(p))) this.failAt('expected a digit after the decimal point', p, p + 1);
      while (isDigit(t.charCodeAt(p))) p++;
    }
    const e = t.charCodeAt(p);
    if (e === 0x65 || e === 0x45) {
      integer = false;
      p++;
      const s = t.charCodeAt(p);
      if (s === 0x2b || s === 0x2d) p++;
      if (!isDigit(t.charCodeAt(p))) this.failAt('expected a digit in the exponent', p, p + 1);
      while (isDigit(t.charCodeAt(p))) p++;
    }
    this.pos = p;
    return { type: 'number', start, end: p, raw: t.slice(start, p), integer };
  }

  private readString(): string {
    const t = this.text;
    const start = this.pos;
    let p = start + 1;
    let out = '';
    let chunk = p;
    for (;;) {
      if (p >= t.length) this.failAt('unterminated string', start, t.length);
      const c = t.charCodeAt(p);
      if (c === 0x22) {
        out += t.slice(chunk, p);
        this.pos = p + 1;
        return out;
      }
      if (c < 0x20) {
        this.failAt(`control character U+${c.toString(16).padStart(4, '0').toUpperCase()} must be escaped inside a string`, p, p + 1);
      }
      if (c === 0x5c /* \ */) {
        out += t.slice(chunk, p);
        const esc = t.charCodeAt(p + 1);
        switch (esc) {
          case 0x22: out += '"'; break;
          case 0x5c: out += '\\'; break;
          case 0x2f: out += '/'; break;
          case 0x62: out += '\b'; break;
          case 0x66: out += '\f'; break;
          case 0x6e: out += '\n'; break;
          case 0x72: out += '\r'; break;
          case 0x74: out += '\t'; break;
          case 0x75: {
            const hex = t.slice(p + 2, p + 6);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.failAt('invalid \\u escape: expected four hex digits', p, Math.min(p + 6, t.length));
            out += String.fromCharCode(parseInt(hex, 16));
            p += 4;
            break;
          }
          default:
            this.failAt(`invalid escape "\\${t[p + 1] ?? ''}" in string`, p, Math.min(p + 2, t.length));
        }
        p += 2;
        chunk = p;
        continue;
      }
      p++;
    }
  }

  private skipWs(): void {
    const t = this.text;
    let p = this.pos;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c < 128 && WS[c] === 1) p++;
      else break;
    }
    this.pos = p;
  }

  private describeUnexpected(expected: string): string {
    if (this.pos >= this.text.length) return `unexpected end of file, expected ${expected}`;
    const cp = this.text.codePointAt(this.pos)!;
    const ch = String.fromCodePoint(cp);
    const shown = cp < 0x20 || cp === 0x7f ? `U+${cp.toString(16).padStart(4, '0').toUpperCase()}` : `"${ch}"`;
    let hint = '';
    if (ch === '/') hint = ' (JSON has no comments)';
    else if (ch === "'") hint = ' (JSON strings use double quotes)';
    else if ((ch === '}' || ch === ']') && expected.includes('after ","')) hint = ' (JSON allows no trailing comma)';
    return `unexpected ${shown}, expected ${expected}${hint}`;
  }

  private fail(message: string): never {
    const end = this.pos < this.text.length ? this.pos + 1 : this.pos;
    throw new SyntaxFailure(message, this.pos, end);
  }

  private failAt(message: string, start: number, end: number): never {
    // Clamped: "expected a digit after -" at the end of the file would point past it.
    const len = this.text.length;
    throw new SyntaxFailure(message, Math.min(start, len), Math.min(end, len));
  }
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * The first property of an object being parsed with this key. Most objects have a few keys: they
 * are scanned; a Map is built only for an object that grows large (a Map per object was a tenth of
 * the time of a batch lint).
 */
function firstWithKey(frame: { node: JsonObject; keys: Map<string, JsonProperty> | undefined }, key: string): JsonProperty | undefined {
  if (frame.keys) return frame.keys.get(key);
  const props = frame.node.properties;
  if (props.length < 16) {
    for (const p of props) if (p.key === key) return p;
    return undefined;
  }
  const keys = new Map<string, JsonProperty>();
  for (const p of props) if (!keys.has(p.key)) keys.set(p.key, p);
  frame.keys = keys;
  return keys.get(key);
}
