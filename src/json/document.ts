// A parsed config file: its text, its syntax tree, the plain value the schema sees, and the
// mapping from JSON pointers to source positions.

import type { Position, Range } from '../core/types.js';
import { parseJson, type JsonNode, type ParseProblem } from './parse.js';
import { escapePointerToken } from './pointer.js';

export interface EncodingProblem {
  kind: 'bom' | 'utf8';
  message: string;
  start: number;
  end: number;
}

export class JsonDocument {
  readonly text: string;
  readonly root: JsonNode | undefined;
  readonly problems: ParseProblem[];
  readonly encodingProblems: EncodingProblem[];
  private lineStarts: number[] | undefined;
  private index: Map<string, { node: JsonNode; keyStart?: number; keyEnd?: number }> | undefined;
  private cachedValue: unknown;

  constructor(bytes: Uint8Array | string) {
    const { text, problems } = typeof bytes === 'string' ? { text: bytes, problems: [] } : decode(bytes);
    this.encodingProblems = problems;
    // A BOM is reported, then parsed past, so the rest of the file is still checked.
    const skip = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const parsed = parseJson(skip ? ' ' + text.slice(1) : text);
    this.text = text;
    this.root = parsed.root;
    this.problems = parsed.problems;
  }

  /** The plain JavaScript value, built once. Integers beyond 2^53 are nudged, see toNumber. */
  get value(): unknown {
    if (this.cachedValue === undefined && this.root) this.cachedValue = toValue(this.root);
    return this.cachedValue;
  }

  positionAt(offset: number): Position {
    const starts = (this.lineStarts ??= computeLineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    // Between the \r and \n of a CRLF is still the end of the line, not a column past it.
    const inCrlf = offset > 0 && this.text.charCodeAt(offset - 1) === 0x0d && this.text.charCodeAt(offset) === 0x0a;
    return { line: lo + 1, column: offset - starts[lo]! + (inCrlf ? 0 : 1), offset };
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  node(pointer: string): JsonNode | undefined {
    return this.lookup(pointer)?.node;
  }

  /**
   * The source range for a pointer: the value, or its key when `target` is 'key' (falling back
   * to the value for array items and the root). A pointer that does not exist maps to its
   * nearest existing ancestor, so every finding still has a position.
   */
  rangeOf(pointer: string, target: 'value' | 'key' = 'value'): Range {
    let p = pointer;
    for (;;) {
      const hit = this.lookup(p);
      if (hit) {
        if (target === 'key' && hit.keyStart !== undefined && p === pointer) return this.range(hit.keyStart, hit.keyEnd!);
        return this.range(hit.node.start, hit.node.end);
      }
      if (p === '') return this.range(0, 0);
      p = p.slice(0, p.lastIndexOf('/'));
    }
  }

  /** The source text of the value at a pointer, exactly as written. */
  rawText(pointer: string): string | undefined {
    const n = this.node(pointer);
    return n ? this.text.slice(n.start, n.end) : undefined;
  }

  private lookup(pointer: string) {
    if (!this.root) return undefined;
    if (!this.index) this.index = buildIndex(this.root);
    return this.index.get(pointer);
  }
}

function buildIndex(root: JsonNode) {
  const index = new Map<string, { node: JsonNode; keyStart?: number; keyEnd?: number }>();
  index.set('', { node: root });
  const stack: [JsonNode, string][] = [[root, '']];
  while (stack.length) {
    const [node, ptr] = stack.pop()!;
    if (node.type === 'object') {
      for (const p of node.properties) {
        const child = ptr + '/' + escapePointerToken(p.key);
        // With duplicate keys the last one wins, as in the value the schema sees.
        index.set(child, { node: p.value, keyStart: p.keyStart, keyEnd: p.keyEnd });
        if (p.value.type === 'object' || p.value.type === 'array') stack.push([p.value, child]);
      }
    } else if (node.type === 'array') {
      node.items.forEach((item, i) => {
        const child = `${ptr}/${i}`;
        index.set(child, { node: item });
        if (item.type === 'object' || item.type === 'array') stack.push([item, child]);
      });
    }
  }
  return index;
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
export function firstInvalidUtf8(b: Uint8Array): number {
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
