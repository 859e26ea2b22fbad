// Fixes: how a rule's edits become a finding's `fix` and `suggestions`, and how fixes are applied
// to a config's text (ESLint's model). Applying works on text in memory, so the command line
// (--fix, --fix-dry-run) and an editor (on unsaved text) share it:
//
// - a pass takes the fixes of the current findings in text order and applies every one whose
//   edits do not overlap an edit already taken; the others wait for the next pass;
// - after each pass the text is linted again, and the new findings' fixes make the next pass, so a
//   fix that uncovers another finding, or one deferred by an overlap, is still applied;
// - at most MAX_PASSES passes, so that fixes that undo each other cannot loop;
// - a pass whose result is not JSON (the text was) is thrown away and fixing stops: a fix must
//   never break a config, whatever a rule's defect.
//
// Offsets are those of Position.offset: UTF-16 code units of the decoded text, a byte-order mark
// counted as one. The command line refuses to fix a file whose bytes do not decode and re-encode
// to themselves (invalid UTF-8), so writing the fixed text back changes only what the edits change.

import type { Diagnostic, Fix, TextEdit } from '../core/types.js';
import type { JsonDocument } from '../json/document.js';
import type { Edit } from '../model/fixer.js';

export const MAX_PASSES = 10;

/** A fix of a rule's edits, with positions, sorted; undefined when there are none or they change nothing. Throws for overlapping edits. */
export function makeFix(doc: JsonDocument, title: string, edits: Edit | readonly Edit[] | undefined): Fix | undefined {
  if (edits === undefined) return undefined;
  const list = (Array.isArray(edits) ? [...(edits as readonly Edit[])] : [edits as Edit]).filter((e) => e.text !== doc.text.slice(e.start, e.end));
  if (list.length === 0) return undefined;
  list.sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start <= e.end && e.end <= doc.text.length)) {
      throw new Error(`the fix "${title}" has an edit outside the text (${e.start}-${e.end})`);
    }
    if (i > 0 && conflict(list[i - 1]!, e)) throw new Error(`the fix "${title}" has overlapping edits`);
  }
  return { title, edits: list.map((e) => ({ range: doc.range(e.start, e.end), text: e.text })) };
}

/** Two edits that cannot both apply in one pass: they overlap, or insert at one place (whose text would come first?). */
function conflict(a: Pick<Edit, 'start' | 'end'>, b: Pick<Edit, 'start' | 'end'>): boolean {
  return (a.start < b.end && b.start < a.end) || a.start === b.start;
}

const startOf = (e: TextEdit): number => e.range.start.offset;
const endOf = (e: TextEdit): number => e.range.end.offset;

/**
 * One pass: applies the fixes in the order of their first edit, each whole or not at all, skipping
 * those that overlap an edit already taken (and those identical to one taken: two findings may
 * offer the same fix). Returns the text and how many fixes were applied.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number; deferred: number } {
  const sorted = fixes.filter((f) => f.edits.length > 0).sort((a, b) => startOf(a.edits[0]!) - startOf(b.edits[0]!));
  const taken: TextEdit[] = [];
  const seen = new Set<string>();
  let applied = 0;
  let deferred = 0;
  for (const fix of sorted) {
    const key = JSON.stringify(fix.edits.map((e) => [startOf(e), endOf(e), e.text]));
    if (seen.has(key)) continue;
    if (fix.edits.some((e) => endOf(e) > text.length || taken.some((t) => conflict({ start: startOf(t), end: endOf(t) }, { start: startOf(e), end: endOf(e) })))) {
      deferred++;
      continue;
    }
    seen.add(key);
    taken.push(...fix.edits);
    applied++;
  }
  taken.sort((a, b) => startOf(a) - startOf(b));
  let out = '';
  let at = 0;
  for (const e of taken) {
    out += text.slice(at, startOf(e)) + e.text;
    at = endOf(e);
  }
  return { text: out + text.slice(at), applied, deferred };
}

export interface FixTextOptions<R> {
  /** Which findings' fixes to apply (default: all). */
  filter?: (d: Diagnostic) => boolean;
  /** The lint of `text` when the caller has it already (spares the first lint). */
  first?: R;
  /** At most this many passes (default MAX_PASSES). */
  maxPasses?: number;
}

export interface FixTextOutcome<R> {
  /** The fixed text (the input when nothing applied). */
  text: string;
  /** The lint of the fixed text: what remains. */
  result: R;
  /** Fixes applied over all passes. */
  applied: number;
  passes: number;
  /** Set when a pass made the text stop being JSON: that pass was thrown away, and fixing stopped. */
  broken?: string;
}

/**
 * Applies fixes in passes until none applies (see the head of this file). `lint` lints a text
 * (the command line: the bundle with this config text; an editor: the unsaved buffer).
 */
export async function fixText<R extends { diagnostics: readonly Diagnostic[] }>(
  text: string,
  lint: (text: string) => R | Promise<R>,
  options: FixTextOptions<R> = {},
): Promise<FixTextOutcome<R>> {
  const filter = options.filter ?? (() => true);
  const maxPasses = options.maxPasses ?? MAX_PASSES;
  let result = options.first ?? (await lint(text));
  let applied = 0;
  let passes = 0;
  const wasJson = isJson(text);
  while (passes < maxPasses) {
    const fixes = result.diagnostics.filter((d) => d.fix !== undefined && filter(d)).map((d) => d.fix!);
    if (fixes.length === 0) break;
    const pass = applyFixes(text, fixes);
    if (pass.applied === 0 || pass.text === text) break;
    if (wasJson && !isJson(pass.text)) {
      const rules = [...new Set(result.diagnostics.filter((d) => d.fix !== undefined && filter(d)).map((d) => d.ruleId))].join(', ');
      return { text, result, applied, passes, broken: `the fixes of ${rules} would make the config invalid JSON; they were not applied` };
    }
    text = pass.text;
    applied += pass.applied;
    passes++;
    result = await lint(text);
  }
  return { text, result, applied, passes };
}

/** Whether a text is one JSON value (a leading byte-order mark aside: removing it is a fix). */
export function isJson(text: string): boolean {
  try {
    JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return true;
  } catch {
    return false;
  }
}
