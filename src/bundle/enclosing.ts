// --enclosing-bundle: pre-commit and lint-staged pass the files that changed (a program in a
// rootfs, a config.json, a file just deleted), not the bundles they belong to. Each path becomes
// the bundle that holds it, named as discovery would find it: the outermost directory with a
// config.json on the way down from the working directory (a rootfs's own config.json files are
// not bundles, as in discover.ts). Each bundle is linted once, whatever number of its files
// changed; a path in no bundle is skipped, unless it is a bundle archive itself.
//
// Each path given costs one stat (is it a directory?); the bundle lookup costs one lstat of a
// config.json per directory, remembered, so a commit of 100,000 rootfs files costs 100,000 stats
// and as many config.json lookups as it has directories.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { isArchivePath } from './archive-source.js';

export function enclosingBundles(paths: readonly string[], cwd: string): string[] {
  const outermost = new Map<string, string | undefined>();
  const hasConfig = (dir: string): boolean => fs.lstatSync(path.join(dir, 'config.json'), { throwIfNoEntry: false }) !== undefined;
  /** The outermost bundle directory at or above `dir`, up to `top`. */
  const bundleOf = (dir: string, top: string): string | undefined => {
    if (outermost.has(dir)) return outermost.get(dir);
    const parent = path.dirname(dir);
    const above = dir === top || parent === dir ? undefined : bundleOf(parent, top);
    const found = above ?? (hasConfig(dir) ? dir : undefined);
    outermost.set(dir, found);
    return found;
  };
  const out = new Set<string>();
  for (const p of paths) {
    if (p === '-') {
      out.add(p);
      continue;
    }
    const abs = path.resolve(cwd, p);
    // A path that no longer exists (deleted) is looked up from its directory.
    const isDir = fs.statSync(abs, { throwIfNoEntry: false })?.isDirectory() === true;
    const start = isDir ? abs : path.dirname(abs);
    const inside = start === cwd || start.startsWith(cwd.endsWith(path.sep) ? cwd : cwd + path.sep);
    const bundle = bundleOf(start, inside ? cwd : path.parse(start).root);
    if (bundle !== undefined) out.add(path.relative(cwd, bundle) || '.');
    else if (isArchivePath(abs) && fs.existsSync(abs)) out.add(p);
  }
  return [...out];
}
