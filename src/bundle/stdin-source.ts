// A config read from standard input: no bundle directory, so no rootfs checks.

import type { BundleSource, RootStatus } from './source.js';
import { ConfigReadError } from './source.js';
import type { Rootfs } from './rootfs.js';

export class StdinSource implements BundleSource {
  readonly hasFilesystem = false;
  readonly bundlePath = '';
  constructor(readonly configPath: string) {}

  async readConfig(limit: number): Promise<Uint8Array> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) throw new ConfigReadError(`standard input is over the ${limit}-byte limit (--max-config-size)`, 'too-large');
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  }

  inspectRoot(): RootStatus {
    throw new Error('stdin has no bundle directory');
  }

  openRootfs(): Rootfs | undefined {
    return undefined;
  }
}
