// Lints one bundle: read, parse, validate against the schema of its spec version, run the rules
// that apply, and return sorted, de-duplicated diagnostics.

import type { Diagnostic, Platform, Severity, SuppressedDiagnostic } from '../core/types.js';
import { resolveSpecVersion, SPEC_VERSIONS, versionSatisfies, type SpecVersion, type VersionResolution } from '../core/versions.js';
import { targetSet, targetsRuntime, type TargetSet } from '../core/runtimes.js';
import { JsonDocument } from '../json/document.js';
import { ConfigReadError, SourceDamageError, SourceFailedError, type BundleSource, type RootStatus, type SourceDamage } from '../bundle/source.js';
import type { Rootfs } from '../bundle/rootfs.js';
import { hostFor } from '../bundle/host.js';
import { loadValidator, type SchemaIssue } from '../schema/index.js';
import { newerFieldIssues } from '../schema/newer-fields.js';
import { isEngineRule, type AnyRule, type EngineRule, type Rule } from '../rules/api.js';
import { isRecord as isObject } from '../model/loc.js';
import { BundleContext, formatMessage, messageSpec, type SharedFacts } from './context.js';
import type { RuleSettings } from './presets.js';
import { allRules } from '../rules/all.js';
import configFileReadable from '../rules/config-file-readable.js';
import archiveReadable from '../rules/archive-readable.js';
import unusedSuppression from '../rules/unused-suppression.js';
import internalError from '../rules/internal-error.js';
import notOciConfig from '../rules/not-oci-config.js';
import { foreignKeys, isImageConfig, PLATFORM_KEYS } from '../schema/document-kind.js';
import type { Config } from '../model/view.js';
import type { BundleOptions } from './options.js';
import { closest } from '../core/suggest.js';
import { groupFindings } from './group.js';
import { IGNORE_PREFIX } from '../core/suppression.js';
import type { Fixer } from '../model/fixer.js';
import { applyConfigIgnores, applyInline, dropReportsOnOwnAnnotations, offerSuppressions, readInlineSuppressions, type InlineSuppression } from './suppress.js';

const LARGE_CONFIG_BYTES = 256 * 1024;

export interface FileResult {
  filePath: string;
  bundlePath: string;
  /** The release the config was checked against, when the file parsed. */
  specVersion: SpecVersion | undefined;
  /** Whether rootfs checks ran (false with --config-only, stdin, or an unusable root.path). */
  rootfsChecked: boolean;
  diagnostics: Diagnostic[];
  /** Findings silenced by a suppression: not counted, not part of the exit code. */
  suppressed: SuppressedDiagnostic[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** The config's text, when the run kept it (RunOptions.keepSource: the codeframe format shows it). */
  configText?: string;
  /** With the fix option: what fixing did to the config (the findings above are what remains). */
  fixes?: FixSummary;
}

/** What fixing did to a config. */
export interface FixSummary {
  /** The config's text as read. */
  input: string;
  /** The text after the fixes (the input when none applied). */
  output: string;
  /** Fixes applied, over all passes. */
  applied: number;
  passes: number;
  /** Why the config was not fixed, or not completely: not UTF-8, inside an archive, a fix that would break the JSON. */
  problem?: string;
}

export const DEFAULT_MAX_CONFIG_SIZE = 16 * 1024 * 1024;

export async function lintSource(source: BundleSource, opts: BundleOptions): Promise<FileResult> {
  let diagnostics: Diagnostic[] = [];
  const suppressed: SuppressedDiagnostic[] = [];
  // Findings of a rule group at one place become one once each rule's suppressions are applied.
  const result = (specVersion: SpecVersion | undefined, rootfsChecked: boolean): FileResult =>
    finish(source, groupFindings(applyConfigIgnores(diagnostics, opts.ignores ?? [], suppressed), opts.rules), suppressed, specVersion, rootfsChecked);

  // Findings about the file as a whole, reported before there is a document for a rule to read.
  const reportFile = <M extends string>(rule: EngineRule<M>, messageId: M, data: Record<string, string>): void => {
    if (enabled(opts, rule)) diagnostics.push(bundleFinding(rule, messageId, data, severityOf(opts, rule, messageId)));
  };
  const reportDamage = (damage: SourceDamage): void => reportFile(archiveReadable, damage.reason, { archive: damage.archive, detail: damage.detail });
  // Findings the source made while it read (an image's blobs and layers), under their engine rules.
  const reportSourceFindings = (): void => {
    for (const f of source.findings ?? []) {
      const rule = opts.rules.find((r) => r.meta.id === f.ruleId);
      if (rule && isEngineRule(rule) && messageSpec(rule, f.messageId)) reportFile(rule, f.messageId, f.data);
    }
  };

  let bytes: Uint8Array;
  try {
    bytes = await source.readConfig(opts.maxConfigSize ?? DEFAULT_MAX_CONFIG_SIZE);
  } catch (e) {
    reportSourceFindings();
    if (e instanceof SourceFailedError) return result(undefined, false);
    if (e instanceof SourceDamageError) {
      reportDamage(e.damage);
      return result(undefined, false);
    }
    if (!(e instanceof ConfigReadError)) throw e;
    if (source.damage) reportDamage(source.damage);
    reportFile(configFileReadable, e.reason, { detail: e.message });
    return result(undefined, false);
  }

  if (source.damage) reportDamage(source.damage);
  reportSourceFindings();
  if (bytes.length >= LARGE_CONFIG_BYTES) opts.onLargeConfig?.();
  const doc = new JsonDocument(bytes);
  // A file that is not a runtime config at all: one finding, at its first character, and no rule runs.
  const foreign = doc.parsed && enabled(opts, notOciConfig) ? foreignKeys(doc.value) : undefined;
  if (foreign) {
    const messageId = isImageConfig(doc.value) ? 'imageConfig' : 'foreign';
    const d = bundleFinding(notOciConfig, messageId, { keys: quoteList(foreign) }, severityOf(opts, notOciConfig, messageId));
    const start = doc.rangeOf('').start.offset;
    d.location = { kind: 'config', pointer: '', range: doc.range(start, start + 1) };
    diagnostics.push(d);
    return result(undefined, false);
  }
  const declared = isObject(doc.value) ? doc.value['ociVersion'] : undefined;
  const declaredVersion = typeof declared === 'string' ? declared : undefined;
  const versionResolution: VersionResolution | undefined =
    declaredVersion === undefined ? undefined : resolveSpecVersion(declaredVersion);
  const specVersion: SpecVersion = opts.specVersion ?? versionResolution?.version ?? '1.3.0';

  const LATEST_SPEC = SPEC_VERSIONS[SPEC_VERSIONS.length - 1];
  let schemaIssues: SchemaIssue[] = [];
  if (doc.parsed) {
    const validate = await loadValidator(specVersion);
    schemaIssues = validate(doc.value, (p) => doc.rawText(p));
    // Fields newer than that release: checked against the release that added them.
    if (specVersion !== LATEST_SPEC) schemaIssues.push(...(await newerFieldIssues(doc.value, specVersion, (p) => doc.rawText(p), schemaIssues)));
  }

  const config = doc.value;
  const platforms = new Set<Platform>(PLATFORM_KEYS.filter((k) => isObject(config) && k in config));
  if (platforms.size === 0) platforms.add('linux');

  // A damaged archive's index is incomplete: rootfs checks would report files as missing.
  const rootfsAllowed = !opts.configOnly && source.hasFilesystem && (!source.damage || source.damage.complete);
  let root: RootStatus | undefined;
  let rootfs: Rootfs | undefined;
  const rootPath = isObject(config) && isObject(config['root']) ? config['root']['path'] : undefined;
  if (rootfsAllowed && typeof rootPath === 'string' && rootPath !== '') {
    root = source.inspectRoot(rootPath);
    rootfs = source.openRootfs(rootPath);
  }

  const targets = targetSet(opts.targets);
  const facts: SharedFacts = {
    doc,
    specVersion,
    declaredVersion,
    versionResolution,
    platforms,
    targets: targets.names,
    targetReleases: targets.releases,
    root,
    rootfs,
    // An image's bundle is made from the image: it has no directory of its own to look into.
    inspectBundle: rootfsAllowed && !source.image ? (rel) => source.inspectRoot(rel) : undefined,
    host: opts.host ? hostFor(opts.host, source.hostDir) : undefined,
    image: source.image,
    schemaIssues,
    // A missing property does not make its parent's other fields unreliable.
    invalidPointers: schemaIssues.filter((i) => i.keyword !== 'required').map((i) => i.pointer),
  };

  const bundle = new BundleContext(facts, diagnostics);
  const plan = planFor(opts, { parsed: doc.parsed, rootfsAllowed, host: facts.host !== undefined, specVersion, platforms, targets });
  runSteps(plan, bundle, diagnostics, source.configPath);
  if (doc.parsed) {
    diagnostics = dropReportsOnOwnAnnotations(diagnostics);
    if (opts.inlineSuppressions !== false) {
      const inline = readInlineSuppressions(config);
      diagnostics = applyInline(diagnostics, inline, suppressed, opts.unsuppressible);
      bundle.out = diagnostics;
      reportUnused(inline, plan.ran, opts, bundle);
      offerSuppressions(diagnostics, bundle, opts.unsuppressible);
    }
  }
  return result(doc.parsed ? specVersion : undefined, rootfs !== undefined);
}

/**
 * Runs the plan's rules on a bundle: each whose inputs are present, each isolated (a throw becomes
 * an internal-error finding). A function of its own, small, because it runs a batch's hottest
 * loop: V8 optimises a small function sooner (lintSource, a large async function, took a 55 ms
 * compile in the background, while the loop ran unoptimised).
 */
function runSteps(plan: Plan, bundle: BundleContext, diagnostics: Diagnostic[], configPath: string): void {
  const config = bundle.config;
  const present = plan.inputs.map((path) => isPresent(config, path));
  for (const step of plan.steps) {
    const reads = step.reads;
    if (reads !== undefined) {
      let any = false;
      for (let i = 0; i < reads.length && !any; i++) any = present[reads[i]!]!;
      if (!any) continue;
    }
    const before = diagnostics.length;
    try {
      step.rule.check(bundle.use(step.rule, step.severity, step.atDefault));
    } catch (e) {
      // What the rule reported before it failed may be half of what it meant to say.
      diagnostics.length = before;
      diagnostics.push(bundleFinding(internalError, 'ruleFailed', { rule: step.rule.meta.id, ...failure(e), bundle: configPath }, 'error'));
    }
  }
}

/** What a thrown value says, and where it was thrown (the first frame of its stack). */
function failure(e: unknown): { error: string; frame: string } {
  const error = e instanceof Error ? e.message : String(e);
  const frame = (e instanceof Error ? e.stack?.split('\n').find((l) => /^\s+at /.test(l))?.trim().replace(/^at /, '') : undefined) ?? 'an unknown place';
  return { error, frame };
}

/** Whether an engine rule is part of the run and not off. */
function enabled(opts: BundleOptions, rule: EngineRule): boolean {
  const setting = opts.settings.get(rule.meta.id);
  return opts.rules.includes(rule) && setting !== undefined && setting.severity !== 'off';
}

/** The severity of an engine rule's message: its own when the rule is at its default, else the rule's setting. */
function severityOf<M extends string>(opts: BundleOptions, rule: EngineRule<M>, messageId: M): Severity {
  const setting = opts.settings.get(rule.meta.id)!;
  const own = messageSpec(rule, messageId)!.severity;
  return own && setting.atDefault ? own : (setting.severity as Severity);
}

/** Keys as a list a sentence can hold: the first five quoted, then how many more. */
function quoteList(keys: readonly string[]): string {
  const shown = keys.slice(0, 5).map((k) => JSON.stringify(k.length > 40 ? `${k.slice(0, 40)}…` : k));
  return keys.length > 5 ? `${shown.join(', ')} and ${keys.length - 5} more` : shown.join(', ');
}

/** A finding of an engine rule about the bundle as a whole. */
function bundleFinding<M extends string>(rule: EngineRule<M>, messageId: M, data: Record<string, string>, severity: Severity): Diagnostic {
  const spec = messageSpec(rule, messageId)!;
  const d: Diagnostic = { ruleId: rule.meta.id, messageId, message: formatMessage(spec.headline, data), severity, location: { kind: 'bundle' } };
  if (spec.detail !== undefined) d.detail = formatMessage(spec.detail, data);
  if (spec.help !== undefined) d.help = formatMessage(spec.help, data);
  return d;
}

/** The result of a bundle on which the engine itself failed: one internal-error finding. */
export function failedResult(source: BundleSource, e: unknown): FileResult {
  return finish(source, [bundleFinding(internalError, 'engineFailed', { ...failure(e), bundle: source.configPath }, 'error')], [], undefined, false);
}

/** Whether the view has a value at a dotted path. */
function isPresent(config: Config, path: readonly string[]): boolean {
  let cur: unknown = config;
  for (const key of path) {
    if (cur === undefined) return false;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur !== undefined;
}

function reportUnused(inline: readonly InlineSuppression[], ran: ReadonlySet<string>, opts: BundleOptions, bundle: BundleContext): void {
  if (inline.length === 0) return;
  const rule = unusedSuppression;
  const setting = opts.settings.get(rule.meta.id);
  if (!opts.rules.includes(rule) || !setting || setting.severity === 'off' || !ran.has(rule.meta.id)) return;
  const ctx = bundle.use(rule, setting.severity as Severity, setting.atDefault);
  const known = [...new Set([...allRules, ...opts.rules].map((r) => r.meta.id))];
  // Inline suppressions are string values of annotations: the view has the map.
  const annotations = bundle.config.annotations!;
  for (const s of inline) {
    if (s.used) continue;
    const at = { node: annotations, key: s.key, target: 'key' } as const;
    const remove = [{ title: `Remove the annotation "${s.key}"`, edit: (f: Fixer) => f.removeMember(annotations, s.key) }];
    if (s.ruleId !== undefined && opts.unsuppressible?.includes(s.ruleId)) ctx.report({ messageId: 'notAllowed', ...at, data: { key: s.key, rule: s.ruleId }, suggestions: remove });
    else if (s.ruleId === undefined) ctx.report({ messageId: 'unusedAll', ...at, data: { key: s.key }, suggestions: remove });
    else if (!known.includes(s.ruleId)) {
      const hint = closest(s.ruleId, known);
      const meant = hint === undefined ? undefined : IGNORE_PREFIX + hint;
      const rename = meant !== undefined && !Object.prototype.hasOwnProperty.call(annotations, meant) ? [{ title: `Rename it "${meant}"`, edit: (f: Fixer) => f.renameKey(annotations, s.key, meant) }] : [];
      ctx.report({ messageId: 'unknownRule', ...at, data: { key: s.key, rule: s.ruleId, hint: hint ? `; did you mean "${hint}"?` : '' }, suggestions: [...rename, ...remove] });
    } else if (ran.has(s.ruleId)) ctx.report({ messageId: 'unused', ...at, data: { key: s.key, rule: s.ruleId }, suggestions: remove });
  }
}

interface Step {
  rule: Rule;
  severity: Severity;
  atDefault: boolean;
  /** Indices into Plan.inputs of what the rule reads; undefined: it always runs. */
  reads: readonly number[] | undefined;
}
interface Plan {
  steps: Step[];
  /** Ids of the rules that run (engine rules included). */
  ran: ReadonlySet<string>;
  /** The distinct parts of the config the steps read, as paths of keys. */
  inputs: readonly (readonly string[])[];
}
interface PlanKey {
  parsed: boolean;
  rootfsAllowed: boolean;
  host: boolean;
  specVersion: SpecVersion;
  platforms: ReadonlySet<Platform>;
  targets: TargetSet;
}

/**
 * The rules that run on a bundle, with their severities. Which ones depends only on the settings
 * and on a few facts about the bundle, so a batch of similar bundles works it out once.
 */
const plans = new WeakMap<RuleSettings, WeakMap<readonly AnyRule[], Map<string, Plan>>>();
function planFor(opts: BundleOptions, key: PlanKey): Plan {
  let byRules = plans.get(opts.settings);
  if (!byRules) plans.set(opts.settings, (byRules = new WeakMap()));
  let byKey = byRules.get(opts.rules);
  if (!byKey) byRules.set(opts.rules, (byKey = new Map()));
  const k = `${+key.parsed}${+key.rootfsAllowed}${+key.host} ${key.specVersion} ${[...key.platforms].sort().join()} ${key.targets.key}`;
  let plan = byKey.get(k);
  if (plan) return plan;
  const steps: Step[] = [];
  const ran = new Set<string>();
  const inputs: string[][] = [];
  const inputIndex = new Map<string, number>();
  const indexOf = (path: string): number => {
    let i = inputIndex.get(path);
    if (i === undefined) {
      inputIndex.set(path, (i = inputs.length));
      inputs.push(path.split('.'));
    }
    return i;
  };
  for (const rule of opts.rules) {
    const setting = opts.settings.get(rule.meta.id);
    if (!setting || setting.severity === 'off') continue;
    const { meta } = rule;
    if (!key.parsed && meta.category !== 'syntax') continue;
    if (meta.needsRootfs && !key.rootfsAllowed) continue;
    if (meta.hostSpecific && !key.host) continue;
    if (!versionSatisfies(key.specVersion, meta.versions)) continue;
    if (meta.platforms && !meta.platforms.some((p) => key.platforms.has(p))) continue;
    if (meta.targets && !meta.targets.some((t) => targetsRuntime(key.targets.releases, t, meta.targetVersions?.[t]))) continue;
    ran.add(meta.id);
    if (isEngineRule(rule)) continue;
    steps.push({ rule, severity: setting.severity as Severity, atDefault: setting.atDefault, reads: rule.reads?.map(indexOf) });
  }
  plan = { steps, ran, inputs };
  byKey.set(k, plan);
  return plan;
}

function finish(
  source: BundleSource,
  all: Diagnostic[],
  suppressed: SuppressedDiagnostic[],
  specVersion: SpecVersion | undefined,
  rootfsChecked: boolean,
): FileResult {
  // A generated config.json (an image's): findings move to where their cause is.
  if (source.relocate) {
    all = all.map((d) => source.relocate!(d));
    suppressed = suppressed.map((d) => ({ ...source.relocate!(d), suppressions: d.suppressions }));
  }
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const d of all) {
    const key = `${d.ruleId}\0${offsetOf(d)}\0${'pointer' in d.location ? d.location.pointer : ''}\0${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push(d);
  }
  diagnostics.sort(byPosition);
  return {
    filePath: source.configPath,
    bundlePath: source.bundlePath,
    specVersion,
    rootfsChecked,
    diagnostics,
    suppressed: suppressed.sort(byPosition),
    ...tally(diagnostics),
  };
}

/** The order of a result's findings: by source position, then rule id. */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return offsetOf(a) - offsetOf(b) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** A result's counts by severity. */
export function tally(diagnostics: readonly Diagnostic[]): Pick<FileResult, 'errorCount' | 'warningCount' | 'infoCount'> {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errorCount++;
    else if (d.severity === 'warning') warningCount++;
    else infoCount++;
  }
  return { errorCount, warningCount, infoCount };
}

function offsetOf(d: Diagnostic): number {
  const r = d.location.range;
  return r ? r.start.offset : -1;
}

