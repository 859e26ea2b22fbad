// Suppressions: annotations in ocilint's own key space inside the bundle ("inline"), and the
// `ignores` of a configuration file. A suppressed finding is kept, marked with why, and does not
// count for the exit code. Inline suppressions that silence nothing are findings of their own
// (unused-suppression), so that stale exceptions do not pile up in configs.

import type { Diagnostic, Fix, Suppression, SuppressedDiagnostic } from '../core/types.js';
import type { BundleContext } from './context.js';
import { isRecord as isObject } from '../model/loc.js';
import { INLINE_PREFIX, IGNORE_ALL_KEY, IGNORE_PREFIX, isValidReason } from '../core/suppression.js';
import suppressionAnnotation from '../rules/suppression-annotation.js';
import unusedSuppression from '../rules/unused-suppression.js';
import internalError from '../rules/internal-error.js';
import { renamedRule } from '../rules/data/renamed.js';

/** Rules no inline suppression silences, and free to report on ocilint's own annotation keys. */
const SUPPRESSION_RULES: ReadonlySet<string> = new Set([suppressionAnnotation.meta.id, unusedSuppression.meta.id, internalError.meta.id]);

export interface InlineSuppression {
  key: string;
  /** undefined for dev.ocilint.ignore-all */
  ruleId: string | undefined;
  reason: string;
  used: boolean;
}

/** An `ignores` entry of a configuration file that matched this file's path. */
export interface ConfigIgnore {
  rules: readonly string[];
  reason: string;
  /** `path/to/.ocilint.yaml#ignores[0]` */
  source: string;
}

/** The well-formed inline suppressions of a config (annotations with a non-empty string reason). */
export function readInlineSuppressions(config: unknown): InlineSuppression[] {
  const out: InlineSuppression[] = [];
  const annotations = isObject(config) ? config['annotations'] : undefined;
  if (!isObject(annotations)) return out;
  for (const [key, value] of Object.entries(annotations)) {
    if (!key.startsWith(INLINE_PREFIX) || !isValidReason(value)) continue;
    if (key === IGNORE_ALL_KEY) out.push({ key, ruleId: undefined, reason: value.trim(), used: false });
    else if (key.startsWith(IGNORE_PREFIX) && key.length > IGNORE_PREFIX.length) {
      // A renamed rule's old id suppresses the rule under its new id (suppression-annotation warns).
      const id = key.slice(IGNORE_PREFIX.length);
      out.push({ key, ruleId: renamedRule(id) ?? id, reason: value.trim(), used: false });
    }
  }
  return out;
}

/** No rule but ours may report on ocilint's own annotation keys (they are not the user's data). */
export function dropReportsOnOwnAnnotations(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => {
    if (SUPPRESSION_RULES.has(d.ruleId)) return true;
    const p = 'pointer' in d.location ? d.location.pointer : undefined;
    return !(p !== undefined && p.startsWith('/annotations/' + INLINE_PREFIX));
  });
}

export function applyInline(
  diagnostics: readonly Diagnostic[],
  inline: InlineSuppression[],
  suppressed: SuppressedDiagnostic[],
  unsuppressible: readonly string[] = [],
): Diagnostic[] {
  if (inline.length === 0) return [...diagnostics];
  const kept: Diagnostic[] = [];
  for (const d of diagnostics) {
    // Findings about the suppressions themselves cannot be silenced from inside the bundle, nor
    // those of rules the configuration makes unsuppressible.
    const s = SUPPRESSION_RULES.has(d.ruleId) || unsuppressible.includes(d.ruleId)
      ? undefined
      : (inline.find((i) => i.ruleId === d.ruleId) ?? inline.find((i) => i.ruleId === undefined));
    if (!s) {
      kept.push(d);
      continue;
    }
    s.used = true;
    suppressed.push({ ...d, suppressions: [{ kind: 'inline', justification: s.reason, source: s.key }] });
  }
  return kept;
}

export function applyConfigIgnores(
  diagnostics: readonly Diagnostic[],
  ignores: readonly ConfigIgnore[],
  suppressed: SuppressedDiagnostic[],
): Diagnostic[] {
  if (ignores.length === 0) return [...diagnostics];
  const kept: Diagnostic[] = [];
  for (const d of diagnostics) {
    // A rule that failed is ocilint's defect, not the bundle's: nothing silences it.
    if (d.ruleId === internalError.meta.id) {
      kept.push(d);
      continue;
    }
    const hits: Suppression[] = ignores
      .filter((i) => i.rules.includes('*') || i.rules.includes(d.ruleId))
      .map((i) => ({ kind: 'config', justification: i.reason, source: i.source }));
    if (hits.length === 0) kept.push(d);
    else suppressed.push({ ...d, suppressions: hits });
  }
  return kept;
}


/** The title of the suggestion to suppress a rule's findings (see offerSuppressions). */
export function suppressionTitle(ruleId: string): string {
  return `Suppress ${ruleId} in this bundle with an annotation`;
}

/** The reason a suppression suggestion writes, for the person who takes it to replace. */
export const REASON_PLACEHOLDER = 'TODO: say why this finding is accepted';

/**
 * Gives every finding an inline suppression can silence a last suggestion: suppress it with a
 * `dev.ocilint.ignore/<rule>` annotation whose reason is a placeholder (an editor's "suppress"
 * action). None where the annotation cannot be written: annotations that are not an object, or
 * that already name the rule (a suppression whose reason is missing). Mutates the findings.
 */
export function offerSuppressions(diagnostics: readonly Diagnostic[], bundle: BundleContext, unsuppressible: readonly string[] = []): void {
  const config = bundle.config;
  const annotations = config.annotations;
  if (!isObject(bundle.doc.value) || (annotations === undefined && bundle.has(config, 'annotations'))) return;
  const byRule = new Map<string, Fix | undefined>();
  for (const d of diagnostics) {
    if (SUPPRESSION_RULES.has(d.ruleId) || unsuppressible.includes(d.ruleId)) continue;
    const key = IGNORE_PREFIX + d.ruleId;
    let fix = byRule.get(d.ruleId);
    if (!byRule.has(d.ruleId)) {
      fix = annotations !== undefined && Object.prototype.hasOwnProperty.call(annotations, key)
        ? undefined
        : bundle.makeFix({
            title: suppressionTitle(d.ruleId),
            edit: (f) => (annotations ? f.insertProperty(annotations, key, REASON_PLACEHOLDER) : f.insertProperty(config, 'annotations', { [key]: REASON_PLACEHOLDER })),
          });
      byRule.set(d.ruleId, fix);
    }
    if (fix) d.suggestions = [...(d.suggestions ?? []), fix];
  }
}
