// What a rule is and what it may use. A rule never touches the filesystem, the process or the
// clock: everything comes through its RuleContext.

import type { Platform, RuleMeta, Severity, Target } from '../core/types.js';
import type { SpecVersion, VersionResolution } from '../core/versions.js';
import type { JsonDocument } from '../json/document.js';
import type { Rootfs } from '../bundle/rootfs.js';
import type { RootStatus } from '../bundle/source.js';
import type { Host } from '../bundle/host.js';
import type { SchemaIssue } from '../schema/index.js';
import { pointerFrom } from '../json/pointer.js';

export type ReportData = Record<string, string | number | bigint>;

export interface Report<M extends string> {
  messageId: M;
  /** JSON pointer of the offending value in config.json ('' for the whole document). */
  pointer: string;
  /** Point at the property name instead of its value. */
  target?: 'key' | 'value';
  /** Exact source offsets, for findings that are about text rather than a value (syntax errors). */
  at?: { start: number; end: number };
  data?: ReportData;
  /** A different severity for this report than the rule's default (used only while the rule runs at its default). */
  severity?: Severity;
  /** A rootfs path the finding is about, shown alongside the config position. */
  rootfsPath?: string;
  related?: { message: string; pointer: string; target?: 'key' | 'value'; at?: { start: number; end: number } }[];
}

export interface RuleContext<M extends string = string> {
  readonly doc: JsonDocument;
  /** The parsed config (integers beyond 2^53 are approximate here; use rawNumber for exact values). */
  readonly config: unknown;
  /** The release whose rules apply (from ociVersion or --spec-version). */
  readonly specVersion: SpecVersion;
  /** ociVersion as written, when it is a string. */
  readonly declaredVersion: string | undefined;
  readonly versionResolution: VersionResolution | undefined;
  /** Platform sections the config targets; a config with none is taken as Linux. */
  readonly platforms: ReadonlySet<Platform>;
  /** Runtimes named with --target (empty: spec and common-runtime rules only). */
  readonly targets: ReadonlySet<Target>;
  /** undefined with --config-only or when the source has no filesystem. */
  readonly root: RootStatus | undefined;
  /** undefined when root.path does not lead to a readable directory, or with --config-only. */
  readonly rootfs: Rootfs | undefined;
  /** The machine that will run the bundle, read-only; undefined unless --host-specific (then only meta.hostSpecific rules should use it). */
  readonly host: Host | undefined;
  readonly schemaIssues: readonly SchemaIssue[];
  /** True when no schema issue concerns this pointer, its ancestors or descendants. */
  isValid(pointer: string): boolean;
  get(pointer: string): unknown;
  string(pointer: string): string | undefined;
  number(pointer: string): number | undefined;
  /** An integer exactly as written, when the value at pointer is an integer literal. */
  bigint(pointer: string): bigint | undefined;
  boolean(pointer: string): boolean | undefined;
  array(pointer: string): unknown[] | undefined;
  object(pointer: string): Record<string, unknown> | undefined;
  report(report: Report<M>): void;
}

export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  check(ctx: RuleContext<M>): void;
}

/** Identity helper: lets TypeScript tie message ids used in check() to meta.messages. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

export const SPEC_BASE = 'https://github.com/opencontainers/runtime-spec/blob';

/** A link to a section of the runtime-spec text at a release tag. */
export function specUrl(file: string, anchor: string, tag = 'v1.3.0'): string {
  return `${SPEC_BASE}/${tag}/${file}#${anchor}`;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A JSON pointer from path segments: ptr('process', 'args', 0) is "/process/args/0". */
export function ptr(...segments: (string | number)[]): string {
  return pointerFrom(segments);
}
