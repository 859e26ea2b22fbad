// One finding per cause across rules. The rules of a group (RuleMeta.group) each report one item
// of a cause they share: with no linux.namespaces, each shared-*-namespace rule reports its own
// namespace at the same place. Their findings with the same message id at the same place become
// one, after suppressions (so that each rule can still be silenced on its own) and before the
// report: the most severe (then the first in the registry) keeps its rule id, message id and
// severity, takes the message's `grouped` headline with every item, and lists the others as
// related places, so that JSON and SARIF lose none of them; every member's suggestions stay on
// offer on the one finding.

import type { Diagnostic, RuleMeta, Severity } from '../core/types.js';
import type { AnyRule } from '../rules/api.js';
import { formatMessage, messageSpec } from './context.js';

interface Member {
  meta: RuleMeta & { group: NonNullable<RuleMeta['group']> };
  rule: AnyRule;
  /** The rule's place in the registry. */
  order: number;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const members = new WeakMap<readonly AnyRule[], Map<string, Member>>();

/** The rules of a list that belong to a group, by id (worked out once per list). */
function membersOf(rules: readonly AnyRule[]): Map<string, Member> {
  let out = members.get(rules);
  if (out) return out;
  out = new Map();
  rules.forEach((rule, order) => {
    const { meta } = rule;
    if (meta.group) out!.set(meta.id, { meta: meta as Member['meta'], rule, order });
  });
  members.set(rules, out);
  return out;
}

export function groupFindings(diagnostics: Diagnostic[], rules: readonly AnyRule[]): Diagnostic[] {
  const grouped = membersOf(rules);
  if (grouped.size === 0 || !diagnostics.some((d) => grouped.has(d.ruleId))) return diagnostics;
  const byPlace = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const m = grouped.get(d.ruleId);
    if (!m) continue;
    const loc = d.location;
    const key = `${m.meta.group.id}\0${d.messageId}\0${'pointer' in loc ? loc.pointer : ''}\0${loc.range?.start.offset ?? -1}`;
    const list = byPlace.get(key);
    if (list) list.push(d);
    else byPlace.set(key, [d]);
  }
  const replaced = new Map<Diagnostic, Diagnostic | undefined>();
  for (const list of byPlace.values()) {
    if (list.length < 2) continue;
    const sorted = [...list].sort((a, b) => RANK[a.severity] - RANK[b.severity] || grouped.get(a.ruleId)!.order - grouped.get(b.ruleId)!.order);
    const lead = sorted[0]!;
    const { rule } = grouped.get(lead.ruleId)!;
    const headline = messageSpec(rule, lead.messageId)?.grouped;
    if (headline === undefined) continue;
    // The items in registry order, so that the headline does not depend on severities.
    const items = [...list].sort((a, b) => grouped.get(a.ruleId)!.order - grouped.get(b.ruleId)!.order).map((d) => grouped.get(d.ruleId)!.meta.group.item);
    const merged: Diagnostic = {
      ...lead,
      message: formatMessage(headline, { items: items.join(', ') }),
      related: [...(lead.related ?? []), ...sorted.slice(1).map((d) => ({ message: `${d.message} (${d.ruleId})`, location: d.location }))],
    };
    const detail = distinct(sorted.map((d) => d.detail));
    const help = distinct(sorted.map((d) => d.help));
    if (detail !== undefined) merged.detail = detail;
    if (help !== undefined) merged.help = help;
    // Each member's suggestions stay on offer (add the namespace; suppress that rule), once each.
    const suggestions = sorted.flatMap((d) => d.suggestions ?? []).filter((f, i, all) => all.findIndex((g) => g.title === f.title) === i);
    if (suggestions.length > 0) merged.suggestions = suggestions;
    replaced.set(lead, merged);
    for (const d of sorted.slice(1)) replaced.set(d, undefined);
  }
  if (replaced.size === 0) return diagnostics;
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (!replaced.has(d)) out.push(d);
    else if (replaced.get(d) !== undefined) out.push(replaced.get(d)!);
  }
  return out;
}

/** The texts that differ, joined into one (each is one or more sentences). */
function distinct(texts: readonly (string | undefined)[]): string | undefined {
  const set = [...new Set(texts.filter((t): t is string => t !== undefined))];
  return set.length === 0 ? undefined : set.join(' ');
}
