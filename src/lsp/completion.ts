// Completion in config.json: the closed sets of names a config uses that its JSON Schema does not
// list (capability names, system call names, mount options, rlimit types, the usual masked and
// read-only paths), the enum values the schema model has, and property names; each filtered by
// the release the config's ociVersion declares.

import { CompletionItemKind, MarkupKind, type CompletionItem, type Range as LspRange } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { compareVersions, type SpecVersion } from '../core/versions.js';
import { ALL_CAPABILITIES, DANGEROUS_CAPABILITIES } from '../rules/data/capabilities.js';
import { DANGEROUS_SYSCALLS } from '../rules/data/dangerous-syscalls.js';
import { DEFAULT_READONLY_PATHS, REQUIRED_MASKED_PATHS } from '../rules/data/default-masked-paths.js';
import { LINUX_SYSCALLS } from '../rules/data/linux-syscalls.js';
import { FS_DATA_OPTIONS, GENERIC_OPTIONS } from '../rules/data/mount-options.js';
import { LINUX_RLIMITS } from '../rules/data/rlimits.js';
import { CAPABILITY_DOCS, MOUNT_OPTION_DOCS } from './completion-data.js';
import { KEY_DOCS } from './key-docs.js';
import { locate, type PathSegment, type Spot } from './locate.js';
import { enumValues, existsIn, fieldAt, propertiesOf, typeName } from './schema-info.js';
import { resolve } from '../schema/model/dsl.js';

interface Choice {
  label: string;
  detail?: string;
  doc?: string;
  kind: CompletionItemKind;
}

/** The names a value at a field (key-docs.ts notation) is chosen from, besides the model's enums. */
function namedSet(key: string, version: SpecVersion, mountType: string | undefined): Choice[] | undefined {
  if (/^process\.capabilities\.[a-z]+\[\]$/.test(key)) {
    return ALL_CAPABILITIES.map((c) => ({
      label: c,
      kind: CompletionItemKind.Constant,
      ...(DANGEROUS_CAPABILITIES[c] !== undefined && { detail: `dangerous: ${DANGEROUS_CAPABILITIES[c]}` }),
      ...(CAPABILITY_DOCS[c] !== undefined && { doc: CAPABILITY_DOCS[c] }),
    }));
  }
  if (key === 'linux.seccomp.syscalls[].names[]') {
    return [...LINUX_SYSCALLS].sort().map((s) => ({
      label: s,
      kind: CompletionItemKind.Function,
      ...(DANGEROUS_SYSCALLS[s] !== undefined && { detail: DANGEROUS_SYSCALLS[s] === '' ? 'Docker\'s default profile never allows it' : `Docker's default profile allows it only with ${DANGEROUS_SYSCALLS[s]}` }),
    }));
  }
  if (key === 'mounts[].options[]') {
    const out: Choice[] = [];
    for (const o of [...GENERIC_OPTIONS].sort()) {
      const doc = MOUNT_OPTION_DOCS[o];
      if (doc?.since && compareVersions(version, doc.since) < 0) continue;
      out.push({ label: o, kind: CompletionItemKind.EnumMember, detail: 'mount option', ...(doc && { doc: doc.text }) });
    }
    const data = mountType !== undefined && Object.prototype.hasOwnProperty.call(FS_DATA_OPTIONS, mountType) ? FS_DATA_OPTIONS[mountType]! : [];
    for (const o of data) out.push({ label: o, kind: CompletionItemKind.Property, detail: `${mountType} option (passed to the filesystem)` });
    return out;
  }
  if (key === 'process.rlimits[].type') return LINUX_RLIMITS.map((t) => ({ label: t, kind: CompletionItemKind.Constant }));
  if (key === 'linux.maskedPaths[]') return REQUIRED_MASKED_PATHS.map((p) => ({ label: p, kind: CompletionItemKind.File, detail: 'masked by the usual engines' }));
  if (key === 'linux.readonlyPaths[]') return DEFAULT_READONLY_PATHS.map((p) => ({ label: p, kind: CompletionItemKind.File, detail: 'read-only in the usual engines' }));
  return undefined;
}

/**
 * The completion items at `offset`. `value` is the parsed config when the text is JSON (it names
 * a mount's type and the keys already written); completion works on broken text too, without it.
 */
export function complete(doc: TextDocument, offset: number, version: SpecVersion, value: unknown): CompletionItem[] {
  const text = doc.getText();
  const spot = locate(text, offset);
  if (!spot) return [];
  if (spot.kind === 'key') return completeKey(doc, spot, offset, version, value);
  const info = fieldAt(spot.path, version);
  if (!info) return [];
  const mountType = spot.path[0] === 'mounts' && typeof spot.path[1] === 'number' ? mountTypeOf(value, spot.path[1]) : undefined;
  const choices = namedSet(info.key, version, mountType) ?? enumValues(info.node, version).map((v) => ({ label: v, kind: CompletionItemKind.EnumMember }));
  if (choices.length === 0) return [];
  const range = replaceRange(doc, spot, offset);
  const quote = spot.string === undefined;
  return choices.map((c, i) => item(c, range, quote ? JSON.stringify(c.label) : c.label, i));
}

function completeKey(doc: TextDocument, spot: Spot, offset: number, version: SpecVersion, value: unknown): CompletionItem[] {
  const objectPath = spot.path.slice(0, -1);
  const info = fieldAt(objectPath, version);
  if (!info) return [];
  const written = keysAt(value, objectPath);
  const typed = spot.path[spot.path.length - 1];
  const range = replaceRange(doc, spot, offset);
  const quote = spot.string === undefined;
  const out: CompletionItem[] = [];
  for (const [name, node] of propertiesOf(info.node, version)) {
    if (written.has(name) && name !== typed) continue;
    const child = fieldAt([...objectPath, name], version);
    if (child && !existsIn(child, version)) continue;
    const docText = child && (KEY_DOCS[child.key] ?? (child.shapeKey ? KEY_DOCS[child.shapeKey] : undefined));
    out.push(item({ label: name, kind: CompletionItemKind.Property, detail: typeName(resolve(node, version)), ...(docText && { doc: docText }) }, range, quote ? JSON.stringify(name) : name, out.length));
  }
  return out;
}

function item(c: Choice, range: LspRange, newText: string, i: number): CompletionItem {
  return {
    label: c.label,
    kind: c.kind,
    ...(c.detail !== undefined && { detail: c.detail }),
    ...(c.doc !== undefined && { documentation: { kind: MarkupKind.Markdown, value: c.doc } }),
    textEdit: { range, newText },
    // Keep our order (the list's own) where the client sorts by this.
    sortText: String(i).padStart(5, '0'),
    filterText: newText,
  };
}

/** What a completion replaces: the string's contents, or the bare word under the cursor, or nothing. */
function replaceRange(doc: TextDocument, spot: Spot, offset: number): LspRange {
  if (spot.string) return { start: doc.positionAt(spot.string.start), end: doc.positionAt(spot.string.end) };
  if (spot.word) return { start: doc.positionAt(spot.word.start), end: doc.positionAt(spot.word.end) };
  const at = doc.positionAt(offset);
  return { start: at, end: at };
}

function mountTypeOf(value: unknown, index: number): string | undefined {
  const mounts = isRecord(value) ? value['mounts'] : undefined;
  const m = Array.isArray(mounts) ? (mounts[index] as unknown) : undefined;
  const t = isRecord(m) ? m['type'] : undefined;
  return typeof t === 'string' ? t : undefined;
}

function keysAt(value: unknown, path: readonly PathSegment[]): Set<string> {
  let cur: unknown = value;
  for (const seg of path) {
    if (typeof seg === 'number' ? !Array.isArray(cur) : !isRecord(cur)) return new Set();
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return isRecord(cur) ? new Set(Object.keys(cur)) : new Set();
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
