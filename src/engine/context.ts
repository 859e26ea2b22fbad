// Builds the RuleContext a rule sees, and turns its reports into Diagnostics.

import type { Diagnostic, Platform, Severity, Target } from '../core/types.js';
import { escapeControls } from '../core/text.js';
import type { SpecVersion, VersionResolution } from '../core/versions.js';
import type { JsonDocument } from '../json/document.js';
import type { Rootfs } from '../bundle/rootfs.js';
import type { RootStatus } from '../bundle/source.js';
import type { Host } from '../bundle/host.js';
import type { SchemaIssue } from '../schema/index.js';
import { isObject, type Report, type Rule, type RuleContext } from '../rules/api.js';
import { pointerSegments } from '../json/pointer.js';

export interface SharedFacts {
  doc: JsonDocument;
  specVersion: SpecVersion;
  declaredVersion: string | undefined;
  versionResolution: VersionResolution | undefined;
  platforms: ReadonlySet<Platform>;
  targets: ReadonlySet<Target>;
  root: RootStatus | undefined;
  rootfs: Rootfs | undefined;
  host: Host | undefined;
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

/**
 * The context every rule of one bundle sees: one object, whose `report` files findings under
 * the rule set by `use` (rules run one after another, synchronously). The accessors resolve
 * pointers against the config value, with no per-bundle cache: most pointers are asked for once.
 */
export class BundleContext {
  readonly ctx: RuleContext;
  private rule: Rule | undefined;
  private severity: Severity = 'error';
  private atDefault = true;

  /** `out`: where findings go (replaced when the caller moves on to a new list). */
  constructor(
    private readonly facts: SharedFacts,
    public out: Diagnostic[],
  ) {
    this.ctx = accessors(facts, (r) => this.report(r));
  }

  /** The rule whose reports follow, with its severity. */
  use(rule: Rule, severity: Severity, atDefault: boolean): RuleContext {
    this.rule = rule;
    this.severity = severity;
    this.atDefault = atDefault;
    return this.ctx;
  }

  private report(r: Report<string>): void {
    const rule = this.rule!;
    const { doc } = this.facts;
    const template = rule.meta.messages[r.messageId];
    if (template === undefined) throw new Error(`rule ${rule.meta.id} reported unknown message id ${r.messageId}`);
    const range = r.at ? doc.range(r.at.start, r.at.end) : doc.rangeOf(r.pointer, r.target);
    const d: Diagnostic = {
      ruleId: rule.meta.id,
      messageId: r.messageId,
      message: formatMessage(template, r.data),
      severity: this.atDefault ? targetSeverity(rule, r.messageId, r.severity ?? this.severity, this.facts.targets) : this.severity,
      location: r.rootfsPath !== undefined
        ? { kind: 'rootfs', path: r.rootfsPath, pointer: r.pointer, range }
        : { kind: 'config', pointer: r.pointer, range },
    };
    if (r.related?.length) {
      d.related = r.related.map((rel) => ({
        message: rel.message,
        location: { kind: 'config', pointer: rel.pointer, range: rel.at ? doc.range(rel.at.start, rel.at.end) : doc.rangeOf(rel.pointer, rel.target) },
      }));
    }
    this.out.push(d);
  }
}

/**
 * The unescaped segments of a pointer. Rules ask for the same pointers bundle after bundle
 * ('/process/user/uid', '/linux/namespaces'): they are split once per run.
 */
const segmentCache = new Map<string, readonly string[]>();
function segmentsOf(pointer: string): readonly string[] {
  let segs = segmentCache.get(pointer);
  if (segs === undefined) {
    segs = pointerSegments(pointer);
    if (segmentCache.size >= 10_000) segmentCache.clear();
    segmentCache.set(pointer, segs);
  }
  return segs;
}

/** The value at a JSON pointer, with own properties only. */
function resolve(value: unknown, pointer: string): unknown {
  let cur = value;
  for (const tok of segmentsOf(pointer)) {
    if (Array.isArray(cur)) cur = cur[Number(tok)];
    else if (isObject(cur) && Object.prototype.hasOwnProperty.call(cur, tok)) cur = cur[tok];
    else return undefined;
  }
  return cur;
}

/** The RuleContext of one bundle. */
function accessors(facts: SharedFacts, report: (r: Report<string>) => void): RuleContext {
  const { doc } = facts;
  const value = doc.value;
  const get = (pointer: string): unknown => (pointer === '' ? value : resolve(value, pointer));
  return {
    doc,
    config: value,
    specVersion: facts.specVersion,
    declaredVersion: facts.declaredVersion,
    versionResolution: facts.versionResolution,
    platforms: facts.platforms,
    targets: facts.targets,
    root: facts.root,
    rootfs: facts.rootfs,
    host: facts.host,
    schemaIssues: facts.schemaIssues,
    isValid: (pointer) => facts.invalidPointers.length === 0 || !facts.invalidPointers.some((bad) => overlaps(bad, pointer)),
    get,
    string: (p) => {
      const v = get(p);
      return typeof v === 'string' ? v : undefined;
    },
    number: (p) => {
      const v = get(p);
      return typeof v === 'number' ? v : undefined;
    },
    bigint: (p) => {
      const v = get(p);
      return typeof v === 'number' ? doc.integerAt(p, v) : undefined;
    },
    boolean: (p) => {
      const v = get(p);
      return typeof v === 'boolean' ? v : undefined;
    },
    array: (p) => {
      const v = get(p);
      return Array.isArray(v) ? v : undefined;
    },
    object: (p) => {
      const v = get(p);
      return isObject(v) ? v : undefined;
    },
    report,
  };
}

function overlaps(a: string, b: string): boolean {
  return a === b || a === '' || b.startsWith(a + '/') || a.startsWith(b + '/');
}

/**
 * With --target, a finding's severity says what the selected runtimes will do: an error when one
 * of them refuses such a bundle, a warning when all of them run it anyway.
 */
export function targetSeverity(rule: Rule, messageId: string, base: Severity, targets: ReadonlySet<Target>): Severity {
  const verdicts = (rule.meta.runtimes as Record<string, Partial<Record<Target, 'refuses' | 'accepts'>>> | undefined)?.[messageId];
  if (!verdicts || targets.size === 0) return base;
  const selected = [...targets].map((t) => verdicts[t]);
  if (selected.includes('refuses')) return 'error';
  if (base === 'error' && selected.every((v) => v === 'accepts')) return 'warning';
  return base;
}
