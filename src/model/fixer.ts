// Edits on the text of config.json, for a finding's fix and suggestions, named by nodes of the
// typed view (or, for the rules about the text itself, by offsets). Each edit touches only what it
// must: everything else (indentation, key order, line endings, the other members) stays exactly as
// written, and what it inserts is written in the document's own style (its indentation unit, its
// line ending, one line or several as the object it goes into).
//
// JSON has nothing but white space, commas and colons between its tokens, so the members around a
// place are found by stepping over white space from the offsets the document gives (no tree needed).

import type { JsonDocument } from '../json/document.js';
import type { Located } from '../json/scan.js';
import type { TextSpan } from '../core/types.js';
import type { KeyOf } from './facts.js';
import { locOf, segmentsOf } from './loc.js';

/** A replacement before positions are known: offsets into the decoded text, end exclusive. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface Fixer {
  /** `node[key]` (or `node` itself) becomes `value`, written as JSON in the document's style. */
  replaceValue<N extends object>(node: N, key: KeyOf<N> | undefined, value: unknown): Edit;
  /** The property `node[key]` is renamed `name`; its value stays as written. */
  renameKey<N extends object>(node: N, key: KeyOf<N>, name: string): Edit;
  /** `node[key]`, an object's property or an array's item, is removed with the comma that separates it. */
  removeMember<N extends object>(node: N, key: KeyOf<N>): Edit;
  /** The object `node` gains the property `name: value` after its last one (`name` must not be there). */
  insertProperty(node: object, name: string, value: unknown): Edit;
  /** The array `node` gains `value` before its item `index` (at its end for its length). */
  insertItem(node: readonly unknown[], index: number, value: unknown): Edit;
  /** The array `node` gains `values`, in order, before its item `index` (at its end for its length): one edit. */
  insertItems(node: readonly unknown[], index: number, values: readonly unknown[]): Edit;
  /** For places outside the view (a key the model does not know, a schema finding): the value at `path` becomes `value`. */
  replaceValueAt(path: readonly (string | number)[], value: unknown): Edit;
  /** For places outside the view: the property at `path` is renamed `name`. */
  renameKeyAt(path: readonly (string | number)[], name: string): Edit;
  /** For the rules about the text: `span` of the text becomes `text`. */
  replaceText(span: TextSpan, text: string): Edit;
  /** For the rules about the text: the member whose text covers `span` (a key's start to its value's end) is removed, with its comma. */
  removeMemberText(span: TextSpan): Edit;
}

/** How the document writes JSON, for what an edit inserts. */
interface Style {
  eol: string;
  /** One level of indentation. */
  unit: string;
  /** After a colon: " " or "". */
  colon: string;
  /** After a comma between members on one line: " " or "". */
  comma: string;
}

const isWs = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** The fixer of one document. */
export function fixerFor(doc: JsonDocument): Fixer {
  const t = doc.text;
  let style: Style | undefined;
  const styleOf = (): Style => (style ??= detectStyle(t));

  const locatePath = (path: readonly (string | number)[]): Located => {
    const hit = doc.locate(path);
    if (hit === undefined) throw new Error(`a fix names a place the document does not have (${path.join('/')})`);
    return hit;
  };
  const locate = (node: object, key?: string | number): Located => {
    const loc = locOf(node);
    if (loc === undefined) throw new Error('a fix names an object that is not part of the config view');
    return locatePath(segmentsOf(loc, key));
  };
  const replaceAt = (hit: Located, value: unknown): Edit => ({ start: hit.start, end: hit.end, text: render(value, lineIndent(t, hit.start)) });
  const renameAt = (hit: Located, name: string): Edit => {
    if (hit.keyStart === undefined) throw new Error('renameKey: not a property');
    return { start: hit.keyStart, end: hit.keyEnd!, text: JSON.stringify(name) };
  };
  const skipBack = (p: number): number => {
    while (p > 0 && isWs(t.charCodeAt(p - 1))) p--;
    return p;
  };
  const skipFwd = (p: number): number => {
    while (p < t.length && isWs(t.charCodeAt(p))) p++;
    return p;
  };

  /** Removes the member over [start, end) of its container, with one comma next to it. */
  const removeSpan = (start: number, end: number): Edit => {
    const after = skipFwd(end);
    // Not the last member: up to the next one, which takes this one's place and indentation.
    if (t.charCodeAt(after) === 0x2c) return { start, end: skipFwd(after + 1), text: '' };
    const before = skipBack(start);
    // The last of several: from the comma after the one before it.
    if (t.charCodeAt(before - 1) === 0x2c) return { start: before - 1, end, text: '' };
    // The only member: the container is left empty, `{}` or `[]`.
    return { start: before, end: after, text: '' };
  };

  /** Inserts `member` (a property's or an item's text, on one line) as the last member of the container over [start, end). */
  const appendMember = (start: number, end: number, member: (indent: string | undefined, style: Style) => string): Edit => {
    const close = end - 1;
    const last = skipBack(close);
    const s = styleIn(start, end);
    if (last === start + 1) {
      // Empty: on several lines when the document is, indented one level below the container's line.
      const own = lineIndent(t, start);
      if (!t.includes('\n')) return { start: start + 1, end: close, text: member(undefined, s) };
      const inner = own + s.unit;
      return { start: start + 1, end: close, text: `${s.eol}${inner}${member(inner, s)}${s.eol}${own}` };
    }
    const first = skipFwd(start + 1);
    const gap = t.slice(start + 1, first);
    const nl = gap.lastIndexOf('\n');
    if (nl < 0) return { start: last, end: last, text: `,${gap === '' ? s.comma : gap}${member(undefined, s)}` };
    const indent = gap.slice(nl + 1);
    return { start: last, end: last, text: `,${s.eol}${indent}${member(indent, s)}` };
  };

  const render = (value: unknown, indent: string | undefined, style: Style = styleOf()): string => writeJson(value, style, indent);
  /** The document's style, with the colon spacing the container over [start, end) uses, when it has a colon. */
  const styleIn = (start: number, end: number): Style => {
    const slice = t.slice(start, Math.min(end, start + 4096));
    const colon = /"\s*:(\s?)/.exec(slice);
    const comma = /[\]}"\w],( ?)[[{"\w-]/.exec(slice);
    const base = styleOf();
    return { ...base, colon: colon ? colon[1]! : base.colon, comma: comma ? comma[1]! : colon ? colon[1]! : base.comma };
  };

  return {
    replaceValue(node, key, value) {
      return replaceAt(locate(node, key), value);
    },
    renameKey(node, key, name) {
      return renameAt(locate(node, key), name);
    },
    replaceValueAt(path, value) {
      return replaceAt(locatePath(path), value);
    },
    renameKeyAt(path, name) {
      return renameAt(locatePath(path), name);
    },
    removeMember(node, key) {
      const hit = locate(node, key);
      return removeSpan(hit.keyStart ?? hit.start, hit.end);
    },
    insertProperty(node, name, value) {
      const hit = locate(node);
      if (t.charCodeAt(hit.start) !== 0x7b) throw new Error('insertProperty: not an object');
      return appendMember(hit.start, hit.end, (indent, s) => `${JSON.stringify(name)}:${s.colon}${render(value, indent, s)}`);
    },
    insertItem(node, index, value) {
      return this.insertItems(node, index, [value]);
    },
    insertItems(node, index, values) {
      const hit = locate(node);
      if (t.charCodeAt(hit.start) !== 0x5b) throw new Error('insertItems: not an array');
      const s = styleIn(hit.start, hit.end);
      if (index >= node.length) {
        return appendMember(hit.start, hit.end, (indent) => values.map((v) => render(v, indent, s)).join(indent === undefined ? `,${s.comma}` : `,${s.eol}${indent}`));
      }
      const item = locate(node, index);
      // Before an item: each new one followed by a comma and the white space that led to the item.
      const lead = t.slice(skipBack(item.start), item.start);
      const nl = lead.lastIndexOf('\n');
      const indent = nl < 0 ? undefined : lead.slice(nl + 1);
      return { start: item.start, end: item.start, text: values.map((v) => `${render(v, indent, s)},${lead === '' ? s.comma : lead}`).join('') };
    },
    replaceText(span, text) {
      return { start: span.start, end: span.end, text };
    },
    removeMemberText(span) {
      return removeSpan(span.start, span.end);
    },
  };
}

/** The white space that starts the line holding `offset`. */
function lineIndent(t: string, offset: number): string {
  const from = t.lastIndexOf('\n', offset - 1) + 1;
  let p = from;
  while (p < offset && (t.charCodeAt(p) === 0x20 || t.charCodeAt(p) === 0x09)) p++;
  return t.slice(from, p);
}

/** The line ending, indentation unit and colon spacing of a document (defaults: "\n", two spaces, ": "). */
function detectStyle(t: string): Style {
  const nl = t.indexOf('\n');
  const eol = nl > 0 && t.charCodeAt(nl - 1) === 0x0d ? '\r\n' : '\n';
  // The indentation of the first indented line is one level (the top-level object's members).
  let unit = '  ';
  const m = /\n([ \t]+)\S/.exec(t);
  if (m) unit = m[1]!;
  const colon = /"\s*:(\s?)/.exec(t);
  const spacing = colon ? (colon[1] === '' ? '' : ' ') : ' ';
  return { eol, unit, colon: spacing, comma: spacing };
}

/**
 * `value` as JSON: on one line when `indent` is undefined, else on several, each nested level one
 * unit deeper than `indent` (the indentation of the line it starts on).
 */
function writeJson(value: unknown, style: Style, indent: string | undefined): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const entries: [string | undefined, unknown][] = Array.isArray(value)
    ? value.map((v) => [undefined, v])
    : Object.entries(value as Record<string, unknown>);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return open + close;
  const inner = indent === undefined ? undefined : indent + style.unit;
  const parts = entries.map(([k, v]) => (k === undefined ? '' : `${JSON.stringify(k)}:${style.colon}`) + writeJson(v, style, inner));
  // Short arrays of plain values stay on one line, as they are usually written ("options": ["nosuid", "noexec"]).
  const flat = Array.isArray(value) && entries.every(([, v]) => v === null || typeof v !== 'object');
  if (inner === undefined || (flat && parts.join(', ').length <= 60)) return open + parts.join(`,${style.comma}`) + close;
  return `${open}${style.eol}${inner}${parts.join(`,${style.eol}${inner}`)}${style.eol}${indent}${close}`;
}
