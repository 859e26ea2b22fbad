// Code actions from the fix model (src/engine/fix.ts): each finding's fix is a preferred quick
// fix, each suggestion a quick fix (the engine adds "suppress with an annotation" to every finding
// an annotation can silence), and "fix all" (`source.fixAll.ocilint`, for an editor's
// fix-on-save) applies every fix in passes on the unsaved text, as `--fix` does on a file.

import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type Range as LspRange, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Fix } from '../core/types.js';
import { fixText } from '../engine/fix.js';
import { markedRange, SOURCE, toLspDiagnostic, toLspRange, type DiagnosticData } from './convert.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.ocilint`;
export const FIX_ALL_TITLE = 'Fix all ocilint problems that have a safe fix';

/** Whether a client's `only` list asks for actions of `kind` (a kind covers the kinds below it). */
export function wants(only: readonly string[] | undefined, kind: string): boolean {
  return only === undefined || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/** What a "fix all" quick fix carries until it is resolved. */
export interface FixAllData {
  fixAll: { uri: string; version: number };
}

export function isFixAllData(v: unknown): v is FixAllData {
  const f = typeof v === 'object' && v !== null ? (v as Partial<FixAllData>).fixAll : undefined;
  return typeof f === 'object' && f !== null && typeof f.uri === 'string' && typeof f.version === 'number';
}

export interface ActionContext {
  doc: TextDocument;
  /** The findings published for this version of the document. */
  findings: readonly Diagnostic[];
  /** Whether the client takes versioned document changes (else plain `changes`). */
  documentChanges: boolean;
}

/**
 * The quick fixes of the findings a range touches, and of those among the diagnostics the client
 * sends with it (some clients send the diagnostics of the cursor's line, and a cursor on the key
 * of a finding on its value).
 */
export function quickFixes(ctx: ActionContext, range: LspRange, sent: readonly LspDiagnostic[] = []): CodeAction[] {
  const out: CodeAction[] = [];
  let fixable = 0;
  const named = new Set<number>();
  for (const s of sent) {
    const data = s.source === SOURCE ? (s.data as Partial<DiagnosticData> | undefined) : undefined;
    if (data?.version === ctx.doc.version && typeof data.index === 'number') named.add(data.index);
  }
  ctx.findings.forEach((d, index) => {
    if (d.fix) fixable++;
    const at = markedRange(d);
    // A container's finding sent from inside it (a client sends those overlapping the range) is not asked for there.
    if (!(named.has(index) && at.start.line === at.end.line) && !touches(at, range)) return;
    const diagnostic = toLspDiagnostic(d, ctx.doc.uri, index, ctx.doc.version);
    if (d.fix) out.push({ title: d.fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: edit(ctx, d.fix.edits.map(toLspEdit)) });
    for (const s of d.suggestions ?? []) out.push({ title: s.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit(ctx, s.edits.map(toLspEdit)) });
  });
  // "Fix all" beside a fix, when there is more than one: its edit is worked out when it is chosen.
  if (fixable > 1 && out.some((a) => a.isPreferred)) out.push({ title: FIX_ALL_TITLE, kind: CodeActionKind.QuickFix, data: { fixAll: { uri: ctx.doc.uri, version: ctx.doc.version } } satisfies FixAllData });
  return out;
}

/**
 * "Fix all": every fix, in passes, each pass re-linted (`lint`, on the text as fixed so far).
 * One edit replaces what changed; undefined when nothing is fixable.
 */
export async function fixAll<R extends { diagnostics: readonly Diagnostic[] }>(
  ctx: ActionContext,
  lint: (text: string) => Promise<R>,
  kind: string = FIX_ALL_KIND,
): Promise<CodeAction | undefined> {
  if (!ctx.findings.some((d) => d.fix)) return undefined;
  const text = ctx.doc.getText();
  const outcome = await fixText(text, lint, { first: { diagnostics: ctx.findings } as unknown as R });
  if (outcome.text === text) return undefined;
  return { title: FIX_ALL_TITLE, kind, edit: edit(ctx, [difference(ctx.doc, text, outcome.text)]) };
}

function edit(ctx: ActionContext, edits: LspTextEdit[]): WorkspaceEdit {
  const { uri, version } = ctx.doc;
  return ctx.documentChanges ? { documentChanges: [{ textDocument: { uri, version }, edits }] } : { changes: { [uri]: edits } };
}

function toLspEdit(e: Fix['edits'][number]): LspTextEdit {
  return { range: toLspRange(e.range), newText: e.text };
}

/** One edit that turns `before` into `after`: the span between their common start and end. */
function difference(doc: TextDocument, before: string, after: string): LspTextEdit {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { range: { start: doc.positionAt(start), end: doc.positionAt(before.length - end) }, newText: after.slice(start, after.length - end) };
}

/**
 * Whether a finding's range and the requested range meet (ends included: a cursor on an edge
 * counts). A finding on a container spanning lines (the root, a section, an array) counts on its
 * first line only, as in hover: else its actions would be offered on every line inside it.
 */
function touches(a: LspRange, b: LspRange): boolean {
  if (a.start.line !== a.end.line) return b.start.line <= a.start.line && a.start.line <= b.end.line;
  const le = (p: LspRange['start'], q: LspRange['start']): boolean => p.line < q.line || (p.line === q.line && p.character <= q.character);
  return le(a.start, b.end) && le(b.start, a.end);
}
