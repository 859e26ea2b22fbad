// A parsed config file: its text, the plain value the schema sees, and source positions for JSON
// pointers.
//
// Two ways in. Most configs are plain, valid JSON: for those the value comes from JSON.parse
// (less than half the cost of our own parser and its tree, and far less garbage) after a check
// that nothing JSON.parse would silently change is present: no duplicate key, no integer beyond
// 2^53, no nesting deeper than the parser's limit. Positions are then found on demand by
// scanning the text along the pointer (scan.ts). Anything else (a syntax error, a duplicate key, a BOM, invalid
// UTF-8, a huge integer) goes through the position-keeping parser in parse.ts, whose tree then
// serves the positions.

import type { Position, Range } from '../core/types.js';
import { MAX_DEPTH, parseJson, type JsonNode, type ParseOutput, type ParseProblem } from './parse.js';
import { ARRAY_INDEX, pointerSegments } from './pointer.js';
import { countTextKeys, Locator, textFacts, type Located } from './scan.js';

export interface EncodingProblem {
  kind: 'bom' | 'utf8';
  message: string;
  start: number;
  end: number;
}

export class JsonDocument {
  readonly text: string;
  readonly encodingProblems: EncodingProblem[];
  /** Whether the text is JSON: a value exists for the schema and rules. */
  readonly parsed: boolean;
  /** Whether the value came from JSON.parse (the text needed nothing the parser alone gives). */
  readonly fast: boolean = false;
  private parse: ParseOutput | undefined;
  /** Offsets where lines start, complete for every offset below `linesKnownTo`. */
  private lineStarts: number[] = [0];
  private linesKnownTo = 0;
  private hasValue = false;
  private cachedValue: unknown;
  /** Positions by scanning the text, for a document that took the fast way in. */
  private locator: Locator | undefined;
  /** For a document that took the fast way in: whether a number may have a fraction or an exponent. */
  private fractions = true;

  /** `treeOnly` skips the fast way in (tests compare the two). */
  constructor(bytes: Uint8Array | string, treeOnly = false) {
    const { text, problems } = typeof bytes === 'string' ? { text: bytes, problems: [] } : decode(bytes);
    this.text = text;
    this.encodingProblems = problems;
    if (!treeOnly && problems.length === 0 && text.charCodeAt(0) !== 0xfeff) {
      const fast = plainValue(text);
      if (fast.ok) {
        this.cachedValue = fast.value;
        this.fractions = fast.fractions;
        this.hasValue = true;
        this.fast = true;
        this.parsed = true;
        return;
      }
    }
    this.parsed = this.tree().root !== undefined;
  }

  /** The parser's syntax tree (built on first use for a document that took the fast way in). */
  get root(): JsonNode | undefined {
    return this.tree().root;
  }

  /** Syntax errors, duplicate keys, nesting too deep: none when the fast way in was taken. */
  get problems(): readonly ParseProblem[] {
    return this.parse?.problems ?? (this.hasValue ? [] : this.tree().problems);
  }

  /** The plain JavaScript value, built once. Integers beyond 2^53 are nudged, see toNumber. */
  get value(): unknown {
    if (!this.hasValue) {
      const root = this.tree().root;
      if (root) this.cachedValue = toValue(root);
      this.hasValue = true;
    }
    return this.cachedValue;
  }

  positionAt(offset: number): Position {
    const starts = this.lineStartsTo(offset);
    const lo = lineIndexAt(starts, offset);
    // Between the \r and \n of a CRLF is still the end of the line, not a column past it.
    const inCrlf = offset > 0 && this.text.charCodeAt(offset - 1) === 0x0d && this.text.charCodeAt(offset) === 0x0a;
    return { line: lo + 1, column: offset - starts[lo]! + (inCrlf ? 0 : 1), offset };
  }

  /**
   * Line starts up to `offset`: found as far as findings need them (most are near the top of a
   * file and few), all at once for a file with carriage returns.
   */
  private lineStartsTo(offset: number): number[] {
    if (offset < this.linesKnownTo) return this.lineStarts;
    const t = this.text;
    if (this.linesKnownTo === 0 && t.indexOf('\r') !== -1) {
      this.lineStarts = computeLineStarts(t);
      this.linesKnownTo = Infinity;
      return this.lineStarts;
    }
    let i = t.indexOf('\n', this.lineStarts[this.lineStarts.length - 1]!);
    while (i !== -1 && i < offset) {
      this.lineStarts.push(i + 1);
      i = t.indexOf('\n', i + 1);
    }
    this.linesKnownTo = i === -1 ? Infinity : i + 1;
    return this.lineStarts;
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /**
   * The source range for a pointer: the value, or its key when `target` is 'key' (falling back
   * to the value for array items and the root). A pointer that does not exist maps to its
   * nearest existing ancestor, so every finding still has a position.
   */
  rangeOf(pointer: string, target: 'value' | 'key' = 'value'): Range {
    return this.rangeOfPath(pointerSegments(pointer), target);
  }

  /** rangeOf, for a path of keys and indices. */
  rangeOfPath(path: readonly (string | number)[], target: 'value' | 'key' = 'value'): Range {
    const segments = path.map(String);
    for (let n = segments.length; ; n--) {
      const hit = this.find(n === segments.length ? segments : segments.slice(0, n));
      if (hit) {
        if (target === 'key' && hit.keyStart !== undefined && n === segments.length) return this.range(hit.keyStart, hit.keyEnd!);
        return this.range(hit.start, hit.end);
      }
      if (n === 0) return this.range(0, 0);
    }
  }

  /** The source text of the value at a pointer, exactly as written. */
  rawText(pointer: string): string | undefined {
    const hit = this.find(pointerSegments(pointer));
    return hit ? this.text.slice(hit.start, hit.end) : undefined;
  }

  /**
   * The integer written at a pointer, exactly (beyond 2^53 too), given the number the value
   * holds there; undefined when the literal there has a fraction or an exponent, or more than
   * MAX_INTEGER_DIGITS digits (BigInt of millions of digits takes seconds).
   */
  integerAt(pointer: string, value: number): bigint | undefined {
    // The fast way in holds no integer beyond 2^53; with no fraction or exponent anywhere in the
    // text, an integral value was written as a plain integer literal.
    if (this.fast && !this.fractions) return Number.isInteger(value) ? BigInt(value) : undefined;
    // Otherwise whether the literal is an integer (not 1.0 or 1e3) only its text says.
    const raw = this.rawText(pointer);
    if (raw === undefined || raw.length > MAX_INTEGER_DIGITS || !INTEGER_LITERAL.test(raw)) return undefined;
    return Number.isSafeInteger(value) ? BigInt(value) : BigInt(raw);
  }

  /**
   * Where the value at a path is, with its key's offsets when its parent is an object; undefined
   * when the document has nothing there. For edits (src/model/fixer.ts).
   */
  locate(path: readonly (string | number)[]): Located | undefined {
    return this.find(path.map(String));
  }

  /** Where the value at a path is: by scanning the text (fast way in), else through the tree. */
  private find(segments: readonly string[]): Located | undefined {
    // The fast way in means no duplicate keys.
    if (this.fast) return (this.locator ??= new Locator(this.text, true)).locate(segments);
    const root = this.tree().root;
    return root ? walkTree(root, segments) : undefined;
  }

  private tree(): ParseOutput {
    if (!this.parse) {
      // A BOM is reported, then parsed past, so the rest of the file is still checked.
      const skip = this.text.charCodeAt(0) === 0xfeff ? 1 : 0;
      this.parse = parseJson(skip ? ' ' + this.text.slice(1) : this.text);
    }
    return this.parse;
  }
}

const INTEGER_LITERAL = /^-?(?:0|[1-9]\d*)$/;
const MAX_INTEGER_DIGITS = 1000;

/** The node at a path in the parser's tree; with duplicate keys the last one wins, as in the value. */
function walkTree(root: JsonNode, segments: readonly string[]): Located | undefined {
  let node = root;
  let keyStart: number | undefined;
  let keyEnd: number | undefined;
  for (const seg of segments) {
    if (node.type === 'object') {
      let hit;
      for (const p of node.properties) if (p.key === seg) hit = p;
      if (!hit) return undefined;
      node = hit.value;
      keyStart = hit.keyStart;
      keyEnd = hit.keyEnd;
    } else if (node.type === 'array' && ARRAY_INDEX.test(seg)) {
      const item = node.items[Number(seg)];
      if (!item) return undefined;
      node = item;
      keyStart = keyEnd = undefined;
    } else {
      return undefined;
    }
  }
  return keyStart === undefined ? { start: node.start, end: node.end } : { start: node.start, end: node.end, keyStart, keyEnd: keyEnd! };
}

/**
 * JSON.parse's value for text that needs nothing JSON.parse cannot give: not ok for invalid JSON,
 * a duplicate key (JSON.parse keeps the last silently; the rules report it), an integer beyond
 * 2^53 or nesting beyond MAX_DEPTH (see countKeys).
 */
function plainValue(text: string): { ok: true; value: unknown; fractions: boolean } | { ok: false } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false };
  }
  if (typeof value !== 'object' || value === null) {
    const bigInteger = typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value);
    return bigInteger ? { ok: false } : { ok: true, value, fractions: true };
  }
  // A duplicate key leaves the value with fewer keys than the text has.
  const keys = countKeys(value, 1);
  if (keys < 0) return { ok: false };
  const facts = textFacts(text);
  if (keys !== facts.keys && keys !== countTextKeys(text)) return { ok: false };
  return { ok: true, value, fractions: facts.fractions };
}

/**
 * Own keys of every object in a value at nesting `depth`, or -1 when nesting goes beyond MAX_DEPTH
 * (the parser reports that) or a number is an integer beyond 2^53 (the parser keeps its text and
 * toNumber nudges it past the int64/uint64 bounds). Recursion stops at MAX_DEPTH.
 */
function countKeys(v: object, depth: number): number {
  if (depth > MAX_DEPTH) return -1;
  let n = 0;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const k = keysBelow(v[i], depth);
      if (k < 0) return -1;
      n += k;
    }
  } else {
    for (const key in v) {
      const k = keysBelow((v as Record<string, unknown>)[key], depth);
      if (k < 0) return -1;
      n += k + 1;
    }
  }
  return n;
}

/** countKeys of a member of a container at nesting `depth`: 0 for a plain value, -1 as there. */
function keysBelow(x: unknown, depth: number): number {
  if (typeof x === 'number') return !Number.isInteger(x) || Number.isSafeInteger(x) ? 0 : -1;
  if (typeof x !== 'object' || x === null) return 0;
  return countKeys(x, depth + 1);
}

/** The index of the last line start at or before `offset` (`starts` ascending, starting with 0). */
export function lineIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) starts.push(i + 1);
    else if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

const TWO_63 = 2n ** 63n;
const TWO_64 = 2n ** 64n;

/**
 * Converts a number token to the double the schema validator compares. Integers the double
 * cannot hold exactly are rounded to the nearest double, except across the int64 and uint64
 * bounds: a value just past 2^63-1, 2^64-1 or -2^63 would round onto the bound's own double and
 * pass a range check it must fail, so it moves one double further out.
 */
export function toNumber(raw: string, integer: boolean): number {
  const n = Number(raw);
  if (!integer || Number.isSafeInteger(n)) return n;
  // More than 20 digits is at least 10^20, well past every bound below, and BigInt() of a
  // megabyte of digits takes seconds: a hostile file must not buy that time.
  if (raw.length > 21) return n;
  const big = BigInt(raw);
  if (big >= TWO_63 && n <= 2 ** 63) return nextUp(2 ** 63);
  if (big >= TWO_64 && n <= 2 ** 64) return nextUp(2 ** 64);
  if (big < -TWO_63 && n >= -(2 ** 63)) return -nextUp(2 ** 63);
  return n;
}

function nextUp(x: number): number {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  buf.setBigUint64(0, buf.getBigUint64(0) + 1n);
  return buf.getFloat64(0);
}

function toValue(root: JsonNode): unknown {
  // Iterative, for the same reason as the parser. Containers are created first and filled as
  // their children complete.
  const make = (n: JsonNode): unknown => {
    switch (n.type) {
      case 'object':
        return {};
      case 'array':
        return new Array(n.items.length);
      case 'string':
        return n.value;
      case 'number':
        return toNumber(n.raw, n.integer);
      default:
        return n.value;
    }
  };
  const top = make(root);
  const stack: [JsonNode, unknown][] = [[root, top]];
  while (stack.length) {
    const [node, target] = stack.pop()!;
    if (node.type === 'object') {
      const obj = target as Record<string, unknown>;
      for (const p of node.properties) {
        const v = make(p.value);
        // defineProperty so that a "__proto__" key is data, never the object's prototype; every
        // other key is assigned (the same own data property, several times faster).
        if (p.key === '__proto__') Object.defineProperty(obj, p.key, { value: v, enumerable: true, writable: true, configurable: true });
        else obj[p.key] = v;
        if (p.value.type === 'object' || p.value.type === 'array') stack.push([p.value, v]);
      }
    } else if (node.type === 'array') {
      const arr = target as unknown[];
      node.items.forEach((item, i) => {
        const v = make(item);
        arr[i] = v;
        if (item.type === 'object' || item.type === 'array') stack.push([item, v]);
      });
    }
  }
  return top;
}

const fatalDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossyDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

function decode(bytes: Uint8Array): { text: string; problems: EncodingProblem[] } {
  const problems: EncodingProblem[] = [];
  let text: string;
  try {
    text = fatalDecoder.decode(bytes);
  } catch {
    text = lossyDecoder.decode(bytes);
    const bad = firstInvalidUtf8(bytes);
    const at = lossyDecoder.decode(bytes.subarray(0, bad)).length;
    const hex = Array.from(bytes.subarray(bad, Math.min(bad + 4, bytes.length)), (b) => b.toString(16).padStart(2, '0')).join(' ');
    problems.push({ kind: 'utf8', message: `invalid UTF-8 at byte ${bad} (bytes ${hex})`, start: at, end: at + 1 });
  }
  if (text.charCodeAt(0) === 0xfeff) problems.push({ kind: 'bom', message: 'the file starts with a byte-order mark', start: 0, end: 1 });
  return { text, problems };
}

/** Byte offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) (need = 1), (min = 0x80);
    else if (c >= 0xe0 && c <= 0xef) (need = 2), (min = 0x800);
    else if (c >= 0xf0 && c <= 0xf4) (need = 3), (min = 0x10000);
    else return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return b.length;
}
