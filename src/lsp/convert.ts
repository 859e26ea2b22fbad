// ocilint's findings as LSP diagnostics. Positions: ocilint counts lines and columns from 1, in
// UTF-16 code units of the decoded text, which is what LSP's default position encoding counts
// from 0. A finding about the bundle as a whole, or a rootfs path with no place in the config,
// sits at the start of the file; one on the config's root object, at its opening brace.

import { DiagnosticSeverity, DiagnosticTag, type Diagnostic as LspDiagnostic, type Range as LspRange } from 'vscode-languageserver/node';
import type { Diagnostic, Range } from '../core/types.js';
import { docsUrl } from '../core/meta.js';

export const SOURCE = 'ocilint';

/** What a diagnostic carries back to the server in a code action request. */
export interface DiagnosticData {
  ruleId: string;
  messageId: string;
  /** The index of the finding in the result it was published from. */
  index: number;
  /** The document version the finding was made on. */
  version: number;
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;
const START: LspRange = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function toLspRange(r: Range | undefined): LspRange {
  if (!r) return START;
  return { start: { line: r.start.line - 1, character: r.start.column - 1 }, end: { line: r.end.line - 1, character: r.end.column - 1 } };
}

/**
 * Where an editor marks a finding: its range, except that a finding on the document as a whole (a
 * missing top-level property) marks the document's first character, its opening brace, as
 * editors' own JSON validation does, rather than underlining every line of the file.
 */
export function markedRange(d: Diagnostic): LspRange {
  const r = toLspRange(d.location.range);
  if (d.location.kind === 'config' && d.location.pointer === '' && r.end.line > r.start.line) {
    return { start: r.start, end: { line: r.start.line, character: r.start.character + 1 } };
  }
  return r;
}

export function toLspDiagnostic(d: Diagnostic, uri: string, index: number, version: number): LspDiagnostic {
  const out: LspDiagnostic = {
    range: markedRange(d),
    severity: SEVERITY[d.severity],
    source: SOURCE,
    code: d.ruleId,
    codeDescription: { href: docsUrl(d.ruleId) },
    message: d.message,
    data: { ruleId: d.ruleId, messageId: d.messageId, index, version } satisfies DiagnosticData,
  };
  if (d.ruleId === 'unused-suppression') out.tags = [DiagnosticTag.Unnecessary];
  if (d.related?.length) {
    out.relatedInformation = d.related.map((r) => ({ location: { uri, range: toLspRange(r.location.range) }, message: r.message }));
  }
  return out;
}

/** A diagnostic that says why nothing was linted (an invalid configuration file). */
export function problemDiagnostic(message: string, code: string): LspDiagnostic {
  return { range: START, severity: DiagnosticSeverity.Error, source: SOURCE, code, message };
}
