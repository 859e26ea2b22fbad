// The context the rules of one bundle see: the bundle's facts, and a `report` that turns a
// rule's report into a Diagnostic under the rule running now.

import type { Diagnostic, FindingBasis, Fix, MessageSpec, Platform, Range, RuleMeta, RuntimeVerdict, RuntimeVerdicts, Severity, Target } from '../core/types.js';
import { acceptingSpans, describeRefusals, newestRelease, refusingSpans, type Span } from '../core/runtimes.js';
import { escapeControls } from '../core/text.js';
import type { SpecVersion, VersionResolution } from '../core/versions.js';
import type { JsonDocument } from '../json/document.js';
import type { Rootfs } from '../bundle/rootfs.js';
import type { RootStatus } from '../bundle/source.js';
import type { Host } from '../bundle/host.js';
import type { ImageFacts } from '../bundle/image/facts.js';
import type { SchemaIssue } from '../schema/index.js';
import type { AnyRule, FixSpec, KeyOf, Place, Report, RuleContext, BundleFacts } from '../rules/api.js';
import { fixerFor, type Fixer } from '../model/fixer.js';
import { makeFix } from './fix.js';
import { pointerFrom } from '../json/pointer.js';
import { buildView, locOf, segmentsOf, type Config } from '../model/view.js';
import { isRecord, rawAt } from '../model/loc.js';

export interface SharedFacts {
  doc: JsonDocument;
  specVersion: SpecVersion;
  declaredVersion: string | undefined;
  versionResolution: VersionResolution | undefined;
  platforms: ReadonlySet<Platform>;
  targets: ReadonlySet<Target>;
  targetReleases: ReadonlyMap<Target, readonly Span[]>;
  root: RootStatus | undefined;
  rootfs: Rootfs | undefined;
  inspectBundle: ((rel: string) => RootStatus) | undefined;
  host: Host | undefined;
  image?: ImageFacts | undefined;
  schemaIssues: readonly SchemaIssue[];
  invalidPointers: readonly string[];
}

export function formatMessage(template: string, data: Record<string, unknown> | undefined): string {
  if (!data) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? displayValue(String(data[name])) : whole,
  );
}

export const MAX_VALUE_CHARS = 1000;

/**
 * A value from the config as it may appear in a message: escaped (see escapeControls) and cut
 * at MAX_VALUE_CHARS, so a 10 MB string does not make a 10 MB message for every finding that
 * quotes it.
 */
export function displayValue(s: string): string {
  if (s.length <= MAX_VALUE_CHARS) return escapeControls(s);
  return `${escapeControls(s.slice(0, MAX_VALUE_CHARS))}\u2026 (${s.length} characters)`;
}

/** A rule's message table entry. */
export function messageSpec(rule: AnyRule, messageId: string): MessageSpec | undefined {
  const messages = rule.meta.messages as Record<string, MessageSpec>;
  return Object.prototype.hasOwnProperty.call(messages, messageId) ? messages[messageId] : undefined;
}

/** The parsed config when it is not an object: rules see a view with nothing in it. */
const EMPTY = {};

/**
 * The context every rule of one bundle sees: one object, whose `report` files findings under the
 * rule set by `use` (rules run one after another, synchronously).
 */
export class BundleContext implements RuleContext {
  readonly config: Config;
  readonly doc: JsonDocument;
  readonly specVersion: SpecVersion;
  readonly declaredVersion: string | undefined;
  readonly versionResolution: VersionResolution | undefined;
  readonly platforms: ReadonlySet<Platform>;
  readonly targets: ReadonlySet<Target>;
  readonly targetReleases: ReadonlyMap<Target, readonly Span[]>;
  readonly root: RootStatus | undefined;
  readonly rootfs: Rootfs | undefined;
  readonly inspectBundle: ((rel: string) => RootStatus) | undefined;
  readonly host: Host | undefined;
  readonly image: ImageFacts | undefined;
  readonly schemaIssues: readonly SchemaIssue[];
  private readonly invalid: readonly string[];
  private readonly memos = new Map<(facts: BundleFacts) => unknown, unknown>();
  private rule: AnyRule | undefined;
  private fixerOf: Fixer | undefined;
  private severity: Severity = 'error';
  private atDefault = true;

  /** `out`: where findings go (replaced when the caller moves on to a new list). */
  constructor(
    facts: SharedFacts,
    public out: Diagnostic[],
  ) {
    this.doc = facts.doc;
    this.specVersion = facts.specVersion;
    this.declaredVersion = facts.declaredVersion;
    this.versionResolution = facts.versionResolution;
    this.platforms = facts.platforms;
    this.targets = facts.targets;
    this.targetReleases = facts.targetReleases;
    this.root = facts.root;
    this.rootfs = facts.rootfs;
    this.inspectBundle = facts.inspectBundle;
    this.host = facts.host;
    this.image = facts.image;
    this.schemaIssues = facts.schemaIssues;
    this.invalid = facts.invalidPointers;
    const value = facts.doc.parsed ? facts.doc.value : undefined;
    this.config = buildView(isRecord(value) ? value : EMPTY)!;
  }

  /** The rule whose reports follow, with its severity. */
  use(rule: AnyRule, severity: Severity, atDefault: boolean): this {
    this.rule = rule;
    this.severity = severity;
    this.atDefault = atDefault;
    return this;
  }

  report<N extends object>(r: Report<string, N>): void {
    const rule = this.rule!;
    const spec = messageSpec(rule, r.messageId);
    if (spec === undefined) throw new Error(`rule ${rule.meta.id} reported unknown message id ${r.messageId}`);
    const { pointer, range } = this.place(r);
    const base = this.caseSeverity(rule, spec, r.case) ?? spec.severity ?? this.severity;
    const byRuntimes = gradeByRuntimes(rule.meta, r.basis === undefined ? spec : { ...spec, basis: r.basis }, r.runtimes ?? spec.runtimes, base, this.targetReleases);
    // A finding that is only about refusal, for runtimes that all run the bundle: nothing to say.
    if (byRuntimes.severity === undefined) return;
    const graded = this.atDefault ? { severity: byRuntimes.severity, refusedBy: byRuntimes.refusedBy } : { severity: this.severity, refusedBy: undefined };
    const headline = formatMessage(spec.headline, r.data);
    const d: Diagnostic = {
      ruleId: rule.meta.id,
      messageId: r.messageId,
      message: graded.refusedBy ? `${headline} (refused by ${graded.refusedBy})` : headline,
      severity: graded.severity,
      location: r.rootfsPath !== undefined ? { kind: 'rootfs', path: r.rootfsPath, pointer, range } : { kind: 'config', pointer, range },
    };
    if (spec.detail !== undefined) d.detail = formatMessage(spec.detail, r.data);
    if (spec.help !== undefined) d.help = formatMessage(spec.help, r.data);
    if (r.related?.length) {
      d.related = r.related.map((rel) => {
        const p = this.place(rel);
        return { message: rel.message, location: { kind: 'config', pointer: p.pointer, range: p.range } };
      });
    }
    if (r.fix !== undefined) {
      const fix = this.makeFix(r.fix);
      if (fix) d.fix = fix;
    }
    if (r.suggestions?.length) {
      const suggestions = r.suggestions.map((s) => this.makeFix(s)).filter((s) => s !== undefined);
      if (suggestions.length) d.suggestions = suggestions;
    }
    this.out.push(d);
  }

  /** The fixer of this bundle's document, for the rules' fixes and the engine's suggestions. */
  get fixer(): Fixer {
    return (this.fixerOf ??= fixerFor(this.doc));
  }

  /** A rule's fix or suggestion, with positions; undefined when it offers nothing or changes nothing. */
  makeFix(spec: FixSpec): Fix | undefined {
    return makeFix(this.doc, spec.title, spec.edit(this.fixer));
  }

  private caseSeverity(rule: AnyRule, spec: MessageSpec, name: string | undefined): Severity | undefined {
    if (name === undefined) return undefined;
    const c = spec.cases && Object.prototype.hasOwnProperty.call(spec.cases, name) ? spec.cases[name] : undefined;
    if (c === undefined) throw new Error(`rule ${rule.meta.id} reported an unknown severity case "${name}"`);
    return c.severity;
  }

  /** The pointer and source range of a place. */
  private place<N extends object>(p: Place<N>): { pointer: string; range: Range } {
    if (p.at !== undefined) return { pointer: p.pointer ?? '', range: this.doc.range(p.at.start, p.at.end) };
    if (p.pointer !== undefined) return { pointer: p.pointer, range: this.doc.rangeOf(p.pointer, p.target) };
    const segments = p.node === undefined ? (p.key === undefined ? [] : [p.key]) : this.segments(p.node, p.key);
    return { pointer: pointerFrom(segments), range: this.doc.rangeOfPath(segments, p.target) };
  }

  /** The path of `node[key]` (of `node` without a key). */
  private segments(node: object, key?: string | number): (string | number)[] {
    const loc = locOf(node);
    if (loc === undefined) throw new Error('a report names an object that is not part of the config view');
    return segmentsOf(loc, key);
  }

  private pointerOf(node: object, key?: string | number): string {
    return pointerFrom(this.segments(node, key));
  }

  valid<N extends object>(node: N, key?: KeyOf<N>, ...below: (string | number)[]): boolean {
    if (this.invalid.length === 0) return true;
    const pointer = pointerFrom(key === undefined ? this.segments(node) : [...this.segments(node, key), ...below]);
    return !this.invalid.some((bad) => overlaps(bad, pointer));
  }

  has<N extends object>(node: N, key: KeyOf<N>, ...below: (string | number)[]): boolean {
    return rawAt(this.doc.value, [...this.segments(node, key), ...below]) !== undefined;
  }

  exact<N extends object>(node: N, key: KeyOf<N>): bigint | undefined {
    const v = (node as Record<string | number, unknown>)[key];
    return typeof v === 'number' ? this.doc.integerAt(this.pointerOf(node, key), v) : undefined;
  }

  memo<T>(derive: (facts: BundleFacts) => T): T {
    if (this.memos.has(derive)) return this.memos.get(derive) as T;
    const value = derive(this);
    this.memos.set(derive, value);
    return value;
  }
}

function overlaps(a: string, b: string): boolean {
  return a === b || a === '' || b.startsWith(a + '/') || a.startsWith(b + '/');
}

/** What a finding rests on when its message does not say (see FindingBasis). */
function basisOf(meta: RuleMeta, spec: MessageSpec): FindingBasis | undefined {
  if (spec.basis !== undefined) return spec.basis;
  if (meta.category === 'runtime') return 'runtime';
  if (meta.category === 'spec' && meta.spec?.level === 'MUST') return 'spec';
  return undefined;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
const atMost = (s: Severity, cap: Severity): Severity => (RANK[s] > RANK[cap] ? cap : s);

/**
 * A finding's severity by what runtimes do with it, and who refuses it when that is only some
 * of the runtimes or releases in question (the headline then says so).
 *
 * With --target: an error when a selected release refuses the bundle; a warning when every
 * selected runtime runs it, unless the finding breaks a MUST of the spec's text; no finding at all
 * (severity undefined) when it is only about refusal (basis `compat`) and every selected runtime
 * runs it, and at most a warning when a selected runtime's verdict is unknown.
 * Without: a finding about what runtimes do (basis `runtime` or `compat`) is an error only when the newest release of every
 * runtime it names refuses the bundle, else at most a warning; a finding of the schema alone that
 * the newest release of every runtime runs is at most a warning. When only some releases refuse,
 * the headline names them.
 */
function gradeByRuntimes(
  meta: RuleMeta,
  spec: MessageSpec,
  verdicts: RuntimeVerdicts | undefined,
  base: Severity,
  targets: ReadonlyMap<Target, readonly Span[]>,
): { severity: Severity | undefined; refusedBy?: string } {
  if (!verdicts) return { severity: base };
  const basis = basisOf(meta, spec);
  if (targets.size > 0) {
    let refuses = false;
    let partly = false;
    let allAccept = true;
    for (const [runtime, releases] of targets) {
      const verdict = verdicts[runtime];
      if (verdict === undefined) {
        allAccept = false;
        continue;
      }
      if (refusingSpans(verdict, releases).length === 0) continue;
      refuses = true;
      allAccept = false;
      if (acceptingSpans(verdict, releases).length > 0) partly = true;
    }
    if (refuses) return partly ? { severity: 'error', refusedBy: describeRefusals(verdicts, targets) } : { severity: 'error' };
    if (basis === 'compat') return { severity: allAccept ? undefined : atMost(base, 'warning') };
    if (allAccept && base === 'error' && basis !== 'spec') return { severity: 'warning' };
    return { severity: base };
  }
  const listed = Object.entries(verdicts) as [Target, RuntimeVerdict][];
  if (listed.length === 0) return { severity: base };
  // Today's runtimes: each at its newest release.
  const newestRefuses = listed.map(([runtime, v]) => refusingSpans(v, newestRelease(runtime)).length > 0);
  const who = listed.some(([, v]) => refusingSpans(v).length > 0) && !listed.every(([, v]) => v === 'refuses') ? describeRefusals(verdicts) : undefined;
  if (basis === 'runtime' || basis === 'compat') {
    const severity = newestRefuses.every(Boolean) ? base : atMost(base, 'warning');
    return who ? { severity, refusedBy: who } : { severity };
  }
  if (basis === 'schema' && !newestRefuses.some(Boolean)) return { severity: atMost(base, 'warning') };
  return { severity: base };
}
