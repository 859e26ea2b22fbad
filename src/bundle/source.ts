// Where a bundle comes from. This layer (src/bundle/) is the only code that touches the
// filesystem; rules see a RootStatus and a Rootfs, never a path on the host.

import type { Diagnostic } from '../core/types.js';
import type { FileType, Rootfs } from './rootfs.js';
import type { ImageFacts } from './image/facts.js';

/** What `root.path` names, seen from the bundle, before any rootfs lookup. */
export type RootStatus =
  | { kind: 'dir' }
  /** root.path itself is a symlink; `resolved` says what it leads to. runc refuses this. */
  | { kind: 'symlink'; target: string; resolved: FileType | 'missing' | 'outside' }
  | { kind: 'missing'; /** the first missing component, relative to the bundle */ at: string }
  | { kind: 'not-dir'; type: FileType }
  /** An absolute root.path, or one that climbs out of the bundle: not inspected, by design. */
  | { kind: 'outside'; resolvedPath: string };

export interface BundleSource {
  /** How reports name the config file (relative to the working directory where possible). */
  readonly configPath: string;
  /** How reports name the bundle directory. */
  readonly bundlePath: string;
  /** The config's bytes; throws InputError when it cannot be read. */
  readConfig(limit: number): Promise<Uint8Array>;
  /** The text the findings' ranges are in, when it is not the config read (an image: its image config), after readConfig. */
  findingText?(): string | undefined;
  /** False for sources without a filesystem (a config read from stdin). */
  readonly hasFilesystem: boolean;
  inspectRoot(rootPath: string): RootStatus;
  /** The bundle's directory on this machine (absolute), for --host-specific checks of relative paths. */
  readonly hostDir?: string | undefined;
  /** The rootfs view when root.path leads to a directory inside the bundle. */
  openRootfs(rootPath: string): Rootfs | undefined;
  /** Damage found while reading the source (an archive cut short or corrupt), after readConfig. */
  readonly damage?: SourceDamage | undefined;
  /** Names in the bundle directory, when discovery listed it (spares the config-file lookup its stat calls). */
  readonly dirEntries?: ReadonlySet<string> | undefined;
  /**
   * Where the configuration-file lookup starts, when not in the config file's directory: an
   * archive's own directory, since its config.json is inside it.
   */
  readonly configLookupDir?: string | undefined;
  /**
   * Found by a directory search or a glob rather than named: a file there that is not an OCI
   * runtime config is skipped with a note (see the rule not-oci-config), not reported.
   */
  readonly searched?: boolean;
  /**
   * The config file on this machine, when it is a file of a bundle directory (not an archive's
   * entry, not standard input): what `--fix` may rewrite.
   */
  readonly configFile?: string | undefined;
  /** Drops what the source holds in memory (an archive's index) once its bundle is linted. */
  close?(): void;
  /**
   * Findings the source made while it read (an image's missing blob, a digest mismatch), each
   * under an engine rule; read after readConfig, whether it succeeded or not.
   */
  readonly findings?: readonly SourceFinding[] | undefined;
  /** What a container image says about itself, when the bundle is generated from one (see image/). */
  readonly image?: ImageFacts | undefined;
  /**
   * Moves a finding to where its cause is, when config.json is generated: from the generated
   * config to the field of the image config it comes from.
   */
  relocate?(d: Diagnostic): Diagnostic;
}

/** A finding the source made, reported under the engine rule `ruleId`. */
export interface SourceFinding {
  ruleId: string;
  messageId: string;
  data: Record<string, string>;
}

/** The source has no config to give; its findings say why. */
export class SourceFailedError extends Error {
  override name = 'SourceFailedError';
}

/** A damaged archive: reported by the archive-readable rule, naming the archive and the entry. */
export interface SourceDamage {
  reason: 'truncated' | 'corrupt' | 'no-end' | 'not-gzip' | 'compressed-corrupt' | 'unsupported-compression';
  /** The archive as reports name it. */
  archive: string;
  detail: string;
  entry?: string;
  /** Every entry was read: rootfs checks can still run (only the end marker is missing). */
  complete: boolean;
}

/** The config could not be read because the archive holding it is damaged. */
export class SourceDamageError extends Error {
  override name = 'SourceDamageError';
  constructor(readonly damage: SourceDamage) {
    super(`${damage.archive}: ${damage.detail}`);
  }
}

/** A problem with an input that is not a finding about a bundle: exit code 2. */
export class InputError extends Error {
  override name = 'InputError';
}

/** The config exists but cannot be used (too large, unreadable): a finding, exit code 1. */
export class ConfigReadError extends Error {
  override name = 'ConfigReadError';
  constructor(
    message: string,
    readonly reason: 'too-large' | 'unreadable' | 'not-a-file',
  ) {
    super(message);
  }
}
