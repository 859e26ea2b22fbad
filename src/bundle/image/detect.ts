// How an input is known to be a container image rather than a bundle: an OCI image layout has
// the "oci-layout" file the image-spec requires at its top (or at least index.json and blobs/),
// and `docker save` writes manifest.json at the top of its archive.
// https://github.com/opencontainers/image-spec/blob/v1.1.0/image-layout.md

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TarEntry } from '../tar.js';

const { O_RDONLY, O_NONBLOCK = 0 } = fs.constants;

/** Whether a directory's entry names are those of an OCI image layout. */
export function isLayoutListing(names: ReadonlySet<string> | readonly string[]): boolean {
  const has = (n: string): boolean => (names instanceof Set ? names.has(n) : (names as readonly string[]).includes(n));
  return !has('config.json') && (has('oci-layout') || (has('index.json') && has('blobs')));
}

export function isLayoutDir(dir: string): boolean {
  try {
    return isLayoutListing(fs.readdirSync(dir));
  } catch {
    return false;
  }
}

/** The layout a file of it names (its index.json or oci-layout), so that `ocilint img/index.json` lints the image. */
export function layoutOfFile(file: string): string | undefined {
  const base = path.basename(file);
  if (base !== 'index.json' && base !== 'oci-layout') return undefined;
  const dir = path.dirname(file);
  return isLayoutDir(dir) ? dir : undefined;
}

/** An image archive's top: an OCI layout (oci-layout, index.json) or `docker save`'s manifest.json. */
export function isImageTop(entries: ReadonlyMap<string, TarEntry>): boolean {
  return entries.has('oci-layout') || entries.has('manifest.json') || (entries.has('index.json') && entries.has('blobs'));
}

export function startsGzip(file: string | undefined): boolean {
  if (file === undefined) return false;
  const head = Buffer.alloc(2);
  try {
    const fd = fs.openSync(file, O_RDONLY | O_NONBLOCK);
    try {
      fs.readSync(fd, head, 0, 2, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
  return head[0] === 0x1f && head[1] === 0x8b;
}
