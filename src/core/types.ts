// Core types shared by every layer. Nothing here imports from another layer.

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export type Category = 'syntax' | 'spec' | 'runtime' | 'security' | 'best-practice';
export type Platform = 'linux' | 'windows' | 'solaris' | 'vm' | 'zos' | 'freebsd';
export type PresetName = 'recommended' | 'restricted' | 'all';
export type SecuritySeverity = 'critical' | 'high' | 'medium' | 'low';
/** Runtimes whose own checks and departures from the spec `--target` adds. */
export type Target = 'runc' | 'crun' | 'youki' | 'kata';
export const TARGETS: readonly Target[] = ['runc', 'crun', 'youki', 'kata'];
/**
 * What a runtime does with a bundle that has the finding: refuses it (at create or start) or runs
 * it, in every release; or refuses it in the releases a range names (`{ refuses: '<1.2.8' }`,
 * see src/core/runtimes.ts) and runs it in the others.
 */
export type RuntimeVerdict = 'refuses' | 'accepts' | { refuses: string };
export type RuntimeVerdicts = Partial<Record<Target, RuntimeVerdict>>;
/**
 * A `--target` value: a runtime, alone (its newest release) or with the releases meant:
 * `runc@1.2`, `crun@1.8.1`, `crun@1.8..1.14`, `runc@latest` (src/core/runtimes.ts).
 */
export type TargetSpec = Target | `${Target}@${string}`;
/**
 * What a finding rests on, which decides how runtime verdicts grade it: `spec`, a MUST of the
 * spec's text (an error whatever a runtime does); `schema`, only the JSON Schema (a warning for a
 * target that runs it); `runtime`, what runtimes or the kernel do with a config the spec allows
 * (without --target an error only when the newest release of every runtime named refuses it);
 * `compat`, only that some runtimes or releases refuse a config that is otherwise fine (graded as
 * `runtime`, and with --target no finding when every selected release runs it).
 */
export type FindingBasis = 'spec' | 'schema' | 'runtime' | 'compat';

/** 1-based line and column (column in UTF-16 code units, as editors count), 0-based offset. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

/** Exact source offsets, for findings about the text rather than a value (syntax errors). */
export interface TextSpan {
  start: number;
  end: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Location =
  | { kind: 'config'; pointer: string; range: Range }
  | { kind: 'rootfs'; path: string; range?: Range; pointer?: string }
  | { kind: 'bundle'; range?: Range };

export interface Related {
  message: string;
  location: Location;
}

export interface Diagnostic {
  ruleId: string;
  messageId: string;
  /** The headline: what is wrong, in one line. */
  message: string;
  /** Why it matters: what the spec says, what a runtime does with it. */
  detail?: string;
  /** How to fix it. */
  help?: string;
  severity: Severity;
  location: Location;
  related?: Related[];
  /** An edit that is safe to apply without a person: `--fix` applies it (see Fix). */
  fix?: Fix;
  /** Edits a person chooses among, where intent must be confirmed (an editor's quick fixes). */
  suggestions?: Fix[];
}

/**
 * One message of a rule. `{{name}}` in any of the texts is replaced by the report's data.
 * The headline says what is wrong (the field as written, the value, what was expected) in at most
 * about 80 characters, without the why or the fix: those are the detail and the help.
 */
export interface MessageSpec {
  headline: string;
  detail?: string;
  help?: string;
  /** This message's severity, when it is not the rule's default (used while the rule runs at its default). */
  severity?: Severity;
  /**
   * Other severities the message takes in named cases, with when each applies (the docs show
   * it). A report names its case: `ctx.report({ ..., case: 'strict' })`.
   */
  cases?: Record<string, { severity: Severity; when: string }>;
  /**
   * What each runtime does with a bundle that has this finding, by release. With `--target`, the
   * finding becomes an error when a selected release refuses it, and a warning when every
   * selected one runs it (unless its basis is `spec`). Without `--target`, see `basis`.
   */
  runtimes?: RuntimeVerdicts;
  /**
   * What the finding rests on. Default: `spec` for a spec rule whose requirement level is MUST,
   * `runtime` for a runtime rule, none for the others (verdicts then grade only with --target).
   * `compat` for a finding that is only about refusal (pids.limit -1, which old crun refuses):
   * graded as `runtime` without `--target`, and not reported when every selected release runs it.
   */
  basis?: FindingBasis;
  /**
   * The headline of one finding made of the findings of several rules of the rule's group
   * (RuleMeta.group) at one place; `{{items}}` lists their items.
   */
  grouped?: string;
}

/** Why a finding is not counted: an annotation in the bundle, or an `ignores` entry of a config file. */
export interface Suppression {
  kind: 'inline' | 'config' | 'bulk';
  /** The reason the user wrote. */
  justification: string;
  /** Where the suppression is written: the annotation key, or `file#ignores[i]`. */
  source: string;
}

export interface SuppressedDiagnostic extends Diagnostic {
  suppressions: Suppression[];
}

export interface RuleMeta<M extends string = string> {
  /** kebab-case, equal to the file name; never renamed. */
  id: string;
  description: string;
  category: Category;
  defaultSeverity: Severity;
  /** Spec section the rule enforces, with the requirement level the spec uses. */
  spec?: { url: string; level: 'MUST' | 'SHOULD' | 'MAY' | 'RECOMMENDED' };
  /** Spec versions the rule applies to, e.g. ">=1.1.0" or "<1.2.0". Absent: all versions. */
  versions?: string;
  /** Platforms the rule applies to. Absent: every platform. */
  platforms?: Platform[];
  /** The rule reads the rootfs; skipped with --config-only or when the rootfs is unavailable. */
  needsRootfs?: boolean;
  securitySeverity?: SecuritySeverity;
  /** The rule reads the host that will run the bundle (ctx.host); runs only with --host-specific. */
  hostSpecific?: boolean;
  /** The rule models one runtime's own behaviour and runs only when `--target` names one of these. */
  targets?: Target[];
  /**
   * The releases of a runtime in `targets` whose behaviour the rule models (a range as in
   * src/core/runtimes.ts): it runs only when `--target` selects one of them.
   */
  targetVersions?: Partial<Record<Target, string>>;
  /** The runtime versions the rule's claims were checked against, e.g. "runc 1.1.5, crun 1.8.1". */
  runtimeVersions?: string;
  /**
   * The presets that enable the rule (absent: all of them). A rule listed only under 'all' is for
   * findings that depend on the host rather than on the config (e.g. whether AppArmor exists).
   */
  presets?: PresetName[];
  /** The rule's messages, by message id: what each finding says, its severity and what runtimes do about it. */
  messages: Record<M, MessageSpec>;
  /**
   * Rules that each report one item of a cause they share (the shared-*-namespace rules: one
   * namespace each). Their findings with the same message id at the same place become one
   * (src/engine/group.ts), headed by the message's `grouped` headline.
   */
  group?: { id: string; item: string };
  /** What `--fix` does to the rule's findings, when some have a fix: one sentence (the rule's page shows it). */
  fixable?: string;
  /** What the rule's suggestions offer, when its findings have any: one sentence. */
  suggests?: string;
}

/**
 * One replacement in the text of config.json: the text between two offsets (Position.offset:
 * UTF-16 code units of the decoded text, a byte-order mark counted as one) becomes `text`. An
 * insertion has start = end. `range` gives the same place as line and column.
 */
export interface TextEdit {
  range: Range;
  text: string;
}

/**
 * A titled set of edits, applied together or not at all. Its edits do not overlap. A finding's
 * `fix` is meaning-preserving and unambiguous; a `suggestion` needs a person to confirm intent.
 */
export interface Fix {
  /** What applying it does, as an instruction: `Write "CAP_SYS_ADMIN"`. */
  title: string;
  edits: TextEdit[];
}
