// A config whose text is not (yet) on disk: an editor's unsaved buffer. The text stands in for the
// config file; everything else (root.path, the rootfs, the host directory) comes from the bundle
// directory on disk, when there is one. The language server lints through this source, so a
// buffer is checked exactly as `ocilint` would check the same bytes saved in that directory.

import * as path from 'node:path';
import { DirBundleSource } from './dir-source.js';
import { isDir } from './files.js';
import type { Rootfs } from './rootfs.js';
import { ConfigReadError, type BundleSource, type RootStatus } from './source.js';

export class OverlaySource implements BundleSource {
  readonly configPath: string;
  readonly bundlePath: string;
  readonly hasFilesystem: boolean;
  readonly hostDir: string | undefined;
  private readonly disk: DirBundleSource | undefined;

  /**
   * `file`: where the config is (absolute), or undefined for a buffer that has no file (its
   * `name` is then only how reports call it). Without a directory on disk there is no rootfs to
   * check, as for a config read from standard input.
   */
  constructor(
    private readonly text: string,
    file: string | undefined,
    name = file ?? 'config.json',
  ) {
    this.configPath = name;
    const dir = file === undefined ? undefined : path.dirname(file);
    this.disk = dir !== undefined && isDir(dir) ? new DirBundleSource(file!, dir) : undefined;
    this.bundlePath = dir ?? '';
    this.hasFilesystem = this.disk !== undefined;
    this.hostDir = this.disk?.hostDir;
  }

  async readConfig(limit: number): Promise<Uint8Array> {
    // A UTF-16 code unit is one to three bytes in UTF-8: the length alone settles most cases
    // without encoding a large paste.
    const size = this.text.length > limit ? this.text.length : Buffer.byteLength(this.text, 'utf8');
    if (size > limit) throw new ConfigReadError(`the text is over the ${limit}-byte limit (--max-config-size): not linted`, 'too-large');
    return Buffer.from(this.text, 'utf8');
  }

  inspectRoot(rootPath: string): RootStatus {
    if (!this.disk) throw new Error('an unsaved buffer without a directory has no bundle directory');
    return this.disk.inspectRoot(rootPath);
  }

  openRootfs(rootPath: string): Rootfs | undefined {
    return this.disk?.openRootfs(rootPath);
  }

  close(): void {
    this.disk?.close();
  }
}
