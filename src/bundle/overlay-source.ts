// A bundle whose config is given, not read: the text of a config laid over another source (a
// bundle directory, an archive), whose rootfs and everything else it keeps. What a fix pass
// lints (the fixed text, before it is written) and what an editor lints (its unsaved buffer).

import { ConfigReadError, type BundleSource, type RootStatus } from './source.js';
import type { Rootfs } from './rootfs.js';
import type { Diagnostic } from '../core/types.js';

export class OverlaySource implements BundleSource {
  /**
   * `config`: the config's bytes, or the error reading them threw (so that a source read once,
   * such as standard input, gives the same finding when linted again).
   */
  constructor(
    private readonly under: BundleSource,
    private readonly config: { bytes: Uint8Array } | { error: unknown },
  ) {}

  get configPath(): string {
    return this.under.configPath;
  }
  get bundlePath(): string {
    return this.under.bundlePath;
  }
  get hasFilesystem(): boolean {
    return this.under.hasFilesystem;
  }
  get hostDir(): string | undefined {
    return this.under.hostDir;
  }
  get damage(): BundleSource['damage'] {
    return this.under.damage;
  }
  get dirEntries(): ReadonlySet<string> | undefined {
    return this.under.dirEntries;
  }
  get configLookupDir(): string | undefined {
    return this.under.configLookupDir;
  }
  get configFile(): string | undefined {
    return this.under.configFile;
  }
  // An image's config is generated: what it found reading the image, its facts, and the move of
  // each finding to the image config stay those of the source below.
  get findings(): BundleSource['findings'] {
    return this.under.findings;
  }
  get image(): BundleSource['image'] {
    return this.under.image;
  }
  relocate(d: Diagnostic): Diagnostic {
    return this.under.relocate ? this.under.relocate(d) : d;
  }

  async readConfig(limit: number): Promise<Uint8Array> {
    if ('error' in this.config) throw this.config.error;
    // The limit applies to the text given as to a file read.
    const size = this.config.bytes.length;
    if (size > limit) throw new ConfigReadError(`the config is ${size} bytes, over the ${limit}-byte limit (--max-config-size)`, 'too-large');
    return this.config.bytes;
  }

  inspectRoot(rootPath: string): RootStatus {
    return this.under.inspectRoot(rootPath);
  }

  openRootfs(rootPath: string): Rootfs | undefined {
    return this.under.openRootfs(rootPath);
  }
}
