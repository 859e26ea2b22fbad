// Finding a value's position in JSON text without building a tree: the text is scanned along a
// path, stepping over the values that are not on it. Only for text known to be valid JSON
// (JSON.parse accepted it); see JsonDocument.

import { ARRAY_INDEX } from './pointer.js';

export interface Located {
  /** Offsets of the value, end exclusive. */
  start: number;
  end: number;
  /** Offsets of its key, quotes included, when its parent is an object. */
  keyStart?: number;
  keyEnd?: number;
}

function skipWs(t: string, p: number): number {
  for (let c = t.charCodeAt(p); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = t.charCodeAt(++p));
  return p;
}

/** The offset just past the value that starts at `p`. */
function endOfValue(t: string, p: number): number {
  const c = t.charCodeAt(p);
  if (c === 0x22) {
    // A string: the first '"' not escaped by an odd run of backslashes.
    for (let q = t.indexOf('"', p + 1); ; q = t.indexOf('"', q + 1)) {
      if (q === -1) return t.length;
      let slashes = 0;
      while (t.charCodeAt(q - 1 - slashes) === 0x5c) slashes++;
      if (slashes % 2 === 0) return q + 1;
    }
  }
  if (c === 0x7b || c === 0x5b) {
    let depth = 0;
    for (let q = p; q < t.length; q++) {
      const d = t.charCodeAt(q);
      if (d === 0x22) q = endOfValue(t, q) - 1;
      else if (d === 0x7b || d === 0x5b) depth++;
      else if (d === 0x7d || d === 0x5d) {
        if (--depth === 0) return q + 1;
      }
    }
    return t.length;
  }
  // A number or literal runs to the next separator or space.
  let q = p;
  for (let d = t.charCodeAt(q); q < t.length && d !== 0x2c && d !== 0x7d && d !== 0x5d && d !== 0x20 && d !== 0x0a && d !== 0x0d && d !== 0x09; d = t.charCodeAt(++q));
  return q;
}

/** The offset just past the last character that is not JSON white space. */
function endOfText(t: string): number {
  let q = t.length;
  for (let c = t.charCodeAt(q - 1); q > 0 && (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09); c = t.charCodeAt(--q - 1));
  return q;
}

interface Member {
  keyStart: number;
  keyEnd: number;
  valueStart: number;
}

/**
 * Finds values by path in valid JSON text. Each object or array on a path asked for is scanned
 * once and its members' offsets kept (keys of an object, item starts of an array), so that many
 * findings under one array cost one pass over it, not one each. Containers off every path asked
 * for are stepped over, never indexed. With duplicate keys the last one wins, as in JSON.parse.
 */
export class Locator {
  /** Per object: the keys read so far, and where the next member starts (-1: all read). */
  private readonly objects = new Map<number, { keys: Map<string, Member>; next: number }>();
  private readonly arrays = new Map<number, number[]>();
  /** Where the values located so far end, by start: the root or a large array located again (an edit at the root's end, for each finding that offers one) is not scanned again. */
  private readonly ends = new Map<number, number>();

  /** `unique`: the text has no duplicate keys, so a key's first occurrence is the one. */
  constructor(
    private readonly t: string,
    private readonly unique = false,
  ) {}

  /** The value at a path of decoded pointer segments, or undefined when it does not exist. */
  locate(segments: readonly string[]): Located | undefined {
    const t = this.t;
    let pos = skipWs(t, 0);
    let keyStart: number | undefined;
    let keyEnd: number | undefined;
    for (const seg of segments) {
      const c = t.charCodeAt(pos);
      if (c === 0x7b) {
        const m = this.member(pos, seg);
        if (!m) return undefined;
        pos = m.valueStart;
        keyStart = m.keyStart;
        keyEnd = m.keyEnd;
      } else if (c === 0x5b && ARRAY_INDEX.test(seg)) {
        const item = this.items(pos)[Number(seg)];
        if (item === undefined) return undefined;
        pos = item;
        keyStart = keyEnd = undefined;
      } else {
        return undefined;
      }
    }
    let end = this.ends.get(pos);
    // The root of valid JSON text ends where the text's last non-space character does.
    if (end === undefined) this.ends.set(pos, (end = segments.length === 0 ? endOfText(t) : endOfValue(t, pos)));
    return keyStart === undefined ? { start: pos, end } : { start: pos, end, keyStart, keyEnd: keyEnd! };
  }

  /**
   * The member of the object at `at` with this key. An object is read only as far as the keys
   * asked for so far (a finding near its start never costs a pass over the rest), and each key
   * read is kept. Reading on to the end makes a duplicate key's last occurrence win.
   */
  private member(at: number, key: string): Member | undefined {
    let o = this.objects.get(at);
    if (!o) {
      const p = skipWs(this.t, at + 1);
      o = { keys: new Map(), next: this.t.charCodeAt(p) === 0x7d ? -1 : p };
      this.objects.set(at, o);
    }
    if (this.unique && o.keys.has(key)) return o.keys.get(key);
    const t = this.t;
    while (o.next >= 0) {
      const ks = o.next;
      const ke = endOfValue(t, ks);
      const vs = skipWs(t, skipWs(t, ke) + 1);
      // Most keys have no escapes and are taken as written; an escaped one is decoded.
      const raw = t.slice(ks + 1, ke - 1);
      const k = raw.includes('\\') ? (JSON.parse(t.slice(ks, ke)) as string) : raw;
      o.keys.set(k, { keyStart: ks, keyEnd: ke, valueStart: vs });
      const p = skipWs(t, endOfValue(t, vs));
      o.next = t.charCodeAt(p) === 0x2c ? skipWs(t, p + 1) : -1;
      if (this.unique && k === key) break;
    }
    return o.keys.get(key);
  }

  private items(at: number): number[] {
    let list = this.arrays.get(at);
    if (list) return list;
    list = [];
    const t = this.t;
    let p = skipWs(t, at + 1);
    if (t.charCodeAt(p) !== 0x5d) {
      for (;;) {
        list.push(p);
        p = skipWs(t, endOfValue(t, p));
        if (t.charCodeAt(p) !== 0x2c) break;
        p = skipWs(t, p + 1);
      }
    }
    this.arrays.set(at, list);
    return list;
  }
}

/**
 * The keys in valid JSON text, exactly: strings followed by ':', duplicates included. Found by
 * jumping from string to string.
 */
export function countTextKeys(t: string): number {
  let keys = 0;
  for (let q = t.indexOf('"'); q !== -1; ) {
    const end = endOfValue(t, q);
    if (t.charCodeAt(skipWs(t, end)) === 0x3a) keys++;
    q = t.indexOf('"', end);
  }
  return keys;
}

/** What JsonDocument needs to know of valid JSON text beyond JSON.parse's value. */
export interface TextFacts {
  /**
   * Keys in the text, duplicates included, or more: a string value that starts with ':' counts
   * too. Equal to the keys in JSON.parse's value, it proves there is no duplicate key; greater,
   * countTextKeys gives the exact count.
   */
  keys: number;
  /**
   * Whether a number may be written with a fraction or an exponent (1.0, 1e3): true for every
   * such number, and for a few strings that look like one (",1.5").
   */
  fractions: boolean;
}

/**
 * Both facts come from jumping between the few characters that matter rather than reading every
 * string (countTextKeys): configs are mostly strings, and this runs for every config.
 */
export function textFacts(t: string): TextFacts {
  return { keys: countKeyColons(t), fractions: mayHoldFraction(t) };
}

/**
 * The ':' that follow (spaces aside) a '"' not escaped by an odd run of backslashes. Every key's
 * colon is one. Inside a string a '"' is always escaped, so the only others are the colons at
 * the start of a string value, after its opening quote.
 */
function countKeyColons(t: string): number {
  let keys = 0;
  for (let c = t.indexOf(':'); c !== -1; c = t.indexOf(':', c + 1)) {
    let q = c - 1;
    while (isSpace(t.charCodeAt(q))) q--;
    if (t.charCodeAt(q) !== 0x22) continue;
    let slashes = 0;
    while (t.charCodeAt(q - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 0) keys++;
  }
  return keys;
}

/**
 * A digit followed by '.', 'e' or 'E' whose run of digits (with a '-' sign, after spaces) starts
 * the text or follows ':', ',' or '[': where a number outside a string starts. Strings seldom
 * hold that ("1.0.2" starts after a quote).
 */
function mayHoldFraction(t: string): boolean {
  const re = /\d[.eE]/g;
  for (let m = re.exec(t); m !== null; m = re.exec(t)) {
    let p = m.index;
    while (p > 0 && isDigit(t.charCodeAt(p - 1))) p--;
    if (t.charCodeAt(p - 1) === 0x2d) p--;
    while (p > 0 && isSpace(t.charCodeAt(p - 1))) p--;
    const c = t.charCodeAt(p - 1);
    if (p === 0 || c === 0x3a || c === 0x2c || c === 0x5b) return true;
  }
  return false;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
