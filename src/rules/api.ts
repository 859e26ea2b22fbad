// What a rule is and what it may use. A rule reads the typed view of the config and the other
// facts of its bundle (src/model/), and reports findings through its context. It never touches the
// filesystem, the process or the clock, and never imports from engine/ or cli/.

import type { FindingBasis, RuleMeta, RuntimeVerdicts, Target, TextSpan } from '../core/types.js';
import { targetsRuntime } from '../core/runtimes.js';
import type { BundleFacts, KeyOf } from '../model/facts.js';
import type { ConfigPath } from '../model/view.js';
import type { Edit, Fixer } from '../model/fixer.js';

export type { BundleFacts, KeyOf } from '../model/facts.js';
export type { Edit, Fixer } from '../model/fixer.js';
export type { TextSpan } from '../core/types.js';

export type ReportData = Record<string, string | number | bigint>;

/**
 * Where a finding is: a node of the view (an object, array or map the rule read) with a `key`
 * below it, or the node itself, or (no node) the whole document. A key or index the document does
 * not have falls back to the nearest part that exists. `target: 'key'` points at a property's name
 * instead of its value.
 *
 * The other two forms are for the rules about the document itself: `pointer` for places the
 * parser or the schema name (a schema finding, a key outside the model), `at` for text offsets.
 */
export type Place<N extends object = object> =
  | { node?: N; key?: KeyOf<N>; target?: 'key' | 'value'; pointer?: never; at?: never }
  | { pointer: string; target?: 'key' | 'value'; node?: never; key?: never; at?: never }
  | { at: TextSpan; pointer?: string; node?: never; key?: never; target?: never };

export type Report<M extends string, N extends object = object> = Place<N> & {
  messageId: M;
  data?: ReportData;
  /** A rootfs path the finding is about, shown alongside the config position. */
  rootfsPath?: string;
  /** Other places that belong to the finding (the first of two duplicates, the mount that hides it). */
  related?: Related[];
  /** The message's severity case that applies (see MessageSpec.cases). */
  case?: string;
  /** What runtimes do with this finding, when it is not the same for every finding of the message (see MessageSpec.runtimes). */
  runtimes?: RuntimeVerdicts;
  /** What this finding rests on, when it is not the same for every finding of the message (see MessageSpec.basis). */
  basis?: FindingBasis;
  /** An edit safe to apply without a person: the meaning is kept, nothing is guessed (`--fix` applies it). */
  fix?: FixSpec;
  /** Edits a person chooses among, where what was meant must be confirmed ("did you mean"). */
  suggestions?: readonly FixSpec[];
};

/**
 * A fix or a suggestion: a title saying what it does, as an instruction (`Write "CAP_KILL"`), and
 * the edits, built with the fixer from the nodes the rule read. The edits are made only when the
 * finding is reported; returning undefined offers nothing.
 */
export interface FixSpec {
  title: string;
  edit(fixer: Fixer): Edit | readonly Edit[] | undefined;
}

export type Related<N extends object = object> = Place<N> & { message: string };

export interface RuleContext<M extends string = string> extends BundleFacts {
  report<N extends object>(report: Report<M, N>): void;
}

export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  /**
   * The parts of the config the rule reads. When every one of them is absent from the view, the
   * engine does not run the rule: so a rule that reports something missing must list a part that
   * is present whenever it would report (or declare nothing, and always run).
   */
  reads?: readonly ConfigPath[];
  check(ctx: RuleContext<M>): void;
}

/**
 * A rule whose findings the engine itself makes (an unreadable config, a damaged archive, an
 * unused suppression, a rule that failed): it has metadata and documentation like any rule, and
 * no check of its own.
 */
export interface EngineRule<M extends string = string> {
  meta: RuleMeta<M>;
  engine: true;
}

export type AnyRule = Rule | EngineRule;

/** Identity helper: lets TypeScript tie message ids used in check() to meta.messages. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

export function defineEngineRule<M extends string>(meta: RuleMeta<M>): EngineRule<M> {
  return { meta, engine: true };
}

export function isEngineRule(rule: AnyRule): rule is EngineRule {
  return 'engine' in rule;
}

/**
 * Whether --target names `runtime`, in a release of `range` when one is given (`'<1.2'`, see
 * src/core/runtimes.ts): for a rule whose finding depends on which release will run the bundle.
 */
export function targetsRelease(ctx: BundleFacts, runtime: Target, range?: string): boolean {
  return targetsRuntime(ctx.targetReleases, runtime, range);
}

const SPEC_BASE = 'https://github.com/opencontainers/runtime-spec/blob';

/** A link to a section of the runtime-spec text at a release tag. */
export function specUrl(file: string, anchor: string, tag = 'v1.3.0'): string {
  return `${SPEC_BASE}/${tag}/${file}#${anchor}`;
}

