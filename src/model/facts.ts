// What is known about one bundle, for the rules and for the concept modules beside this file
// (mounts, namespaces, capabilities, ...). The engine builds one BundleFacts per bundle; nothing in
// it changes while the bundle's rules run.

import type { Platform, Target } from '../core/types.js';
import type { Span } from '../core/runtimes.js';
import type { SpecVersion, VersionResolution } from '../core/versions.js';
import type { JsonDocument } from '../json/document.js';
import type { Rootfs } from '../bundle/rootfs.js';
import type { RootStatus } from '../bundle/source.js';
import type { Host } from '../bundle/host.js';
import type { ImageFacts } from '../bundle/image/facts.js';
import type { SchemaIssue } from '../schema/index.js';
import type { Config } from './view.js';

/** A key of a view node: an index for an array, a property name otherwise. */
export type KeyOf<N> = N extends ReadonlyArray<unknown> ? number : [keyof N] extends [never] ? string | number : Extract<keyof N, string>;

export interface BundleFacts {
  /**
   * The typed view of config.json (see view.ts). When the text is JSON but not an object, a view
   * with nothing in it (config-schema reports the type).
   */
  readonly config: Config;
  /** The release whose rules apply (from ociVersion or --spec-version). */
  readonly specVersion: SpecVersion;
  /** ociVersion as written, when it is a string. */
  readonly declaredVersion: string | undefined;
  readonly versionResolution: VersionResolution | undefined;
  /** Platform sections the config has; a config with none is taken as Linux. */
  readonly platforms: ReadonlySet<Platform>;
  /** Runtimes named with --target (empty: spec and common-runtime rules only). */
  readonly targets: ReadonlySet<Target>;
  /** The releases of each runtime in `targets` that --target selects (`runc@1.2`: every 1.2 release). */
  readonly targetReleases: ReadonlyMap<Target, readonly Span[]>;
  /** What root.path is; undefined with --config-only or when the source has no filesystem. */
  readonly root: RootStatus | undefined;
  /** The rootfs, read-only; undefined when root.path does not lead to a directory, or with --config-only. */
  readonly rootfs: Rootfs | undefined;
  /**
   * What is at a path relative to the bundle directory, walked one component at a time as
   * root.path is (`root`); undefined when there is no bundle directory to read (--config-only,
   * stdin, an image).
   */
  readonly inspectBundle: ((rel: string) => RootStatus) | undefined;
  /** The machine that will run the bundle, read-only; only for rules marked hostSpecific (--host-specific). */
  readonly host: Host | undefined;
  /** What the image says about itself, when the bundle is generated from a container image (the image-* rules). */
  readonly image?: ImageFacts | undefined;
  /** The text and its positions, for the rules about the document itself (syntax, encoding, keys outside the model). */
  readonly doc: JsonDocument;
  /** The schema findings, for config-schema (other rules ask `valid`). */
  readonly schemaIssues: readonly SchemaIssue[];
  /**
   * Whether no schema finding concerns this node (or `node[key]`, or a path below it), anything
   * inside it, or anything it is inside. A missing required property does not count against its
   * parent's other fields. The path may go past what the view has: `valid(config, 'linux',
   * 'namespaces')` asks about linux.namespaces whether or not `linux` is there.
   */
  valid<N extends object>(node: N, key?: KeyOf<N>, ...below: (string | number)[]): boolean;
  /** Whether the document has `node[key]` at all, whatever its type (the view leaves out values of the wrong type). */
  has<N extends object>(node: N, key: KeyOf<N>, ...below: (string | number)[]): boolean;
  /** The integer at `node[key]` exactly as written (beyond 2^53 too), when it is an integer literal. */
  exact<N extends object>(node: N, key: KeyOf<N>): bigint | undefined;
  /**
   * `derive(facts)`, worked out once per bundle and shared by every rule that asks: how the concept
   * modules keep one projection of the config (its mounts, its namespaces) per bundle.
   */
  memo<T>(derive: (facts: BundleFacts) => T): T;
}
