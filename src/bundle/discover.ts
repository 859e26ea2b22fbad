// Turns command-line paths into bundle sources: a config file of any name, a bundle directory, or
// a bundle archive (.tar, .tar.gz, .tgz), or a directory searched for bundles (every directory
// holding config.json, and every archive file found on the way).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { ArchiveBundleSource, isArchivePath } from './archive-source.js';
import { DirBundleSource } from './dir-source.js';
import { StdinSource } from './stdin-source.js';
import { InputError, type BundleSource } from './source.js';
import { errnoWords } from '../core/errno.js';
import { ImageBundleSource, type ImageOptions } from './image/source.js';
import { DirStore } from './image/store.js';
import { isLayoutListing, layoutOfFile } from './image/detect.js';

const SKIP_DIRS = new Set(['node_modules', '.git']);

export interface DiscoverOptions {
  stdinFilename?: string;
  /** What `-` carries: a config.json (the default) or a tar archive of a bundle (gzip or not). */
  stdinFormat?: 'json' | 'tar';
  /** Which image of a layout or image archive, and the runtime template its config is generated over. */
  image?: ImageOptions;
}

export function discover(inputs: readonly string[], opts: DiscoverOptions = {}): BundleSource[] {
  const out: BundleSource[] = [];
  for (const input of inputs) {
    if (input === '-') {
      out.push(opts.stdinFormat === 'tar' ? new ArchiveBundleSource(undefined, opts.stdinFilename ?? '<stdin>', opts.image) : new StdinSource(opts.stdinFilename ?? '<stdin>'));
      continue;
    }
    let st: fs.Stats;
    try {
      st = fs.statSync(input);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new InputError(code === 'ENOENT' ? `${input}: no such file or directory` : `${input}: cannot access it: ${errnoWords(e)}`);
    }
    const image = opts.image ?? {};
    if (!st.isDirectory()) {
      const layout = layoutOfFile(input);
      if (layout !== undefined) out.push(new ImageBundleSource(new DirStore(layout), image, layout));
      else out.push(isArchivePath(input) ? new ArchiveBundleSource(input, undefined, image) : new DirBundleSource(input));
      continue;
    }
    // A layout directory is found by the search too, from the same listing: a listing is a layout
    // only without config.json, so bundle and layout never compete.
    const found = findBundles(input, image);
    if (found.length === 0) throw new InputError(`${input}: no bundle found (no config.json, bundle archive or OCI image layout in it or below it)`);
    out.push(...found);
  }
  return out;
}

/**
 * A search lints the OCI image layouts it meets as images: a layout is unmistakable (the
 * image-spec's oci-layout file), and what a search is asked for is everything lintable below a
 * directory. Image archives (.tar) are linted like bundle archives, as images.
 */
function findBundles(dir: string, image: ImageOptions): BundleSource[] {
  const found: BundleSource[] = [];
  // Depth-first in name order, so the order of results does not depend on the filesystem.
  const stack = [dir];
  while (stack.length) {
    const cur = stack.pop()!;
    let entries: fs.Dirent[];
    const archives: string[] = [];
    try {
      entries = fs.readdirSync(cur, { withFileTypes: true });
    } catch {
      continue;
    }
    const config = entries.find((e) => e.name === 'config.json' && !e.isDirectory());
    if (config) {
      // A bundle: its rootfs may hold config.json files of its own, which are not bundles.
      const source = new DirBundleSource(path.join(cur, 'config.json'), cur, { names: new Set(entries.map((e) => e.name)), configIsFile: config.isFile() });
      source.searched = true;
      found.push(source);
      continue;
    }
    if (isLayoutListing(entries.map((e) => e.name))) {
      found.push(new ImageBundleSource(new DirStore(cur), image, cur));
      continue;
    }
    for (const e of entries) {
      if (e.isFile() && isArchivePath(e.name)) archives.push(e.name);
    }
    archives.sort();
    const subdirs = entries
      .filter((e) => e.isDirectory() && !SKIP_DIRS.has(e.name))
      .map((e) => e.name)
      .sort()
      .reverse();
    // Archives of this directory come before its subdirectories, in name order.
    for (const name of subdirs) stack.push(path.join(cur, name));
    for (const name of archives) found.push(new ArchiveBundleSource(path.join(cur, name), undefined, image));
  }
  return found;
}
