// Command-line inputs before discovery: quoted globs expanded by ocilint itself (so they work the
// same in every shell and in CI), --ignore-pattern, and what to do with an input that matches
// nothing (exit 2, or a warning with --no-error-on-unmatched-pattern). bundle/discover.ts then
// turns each remaining path into bundle sources, and ignored sources are dropped.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { discover } from './discover.js';
import { DirBundleSource } from './dir-source.js';
import { InputError, type BundleSource } from './source.js';
import { loadPicomatch } from '../core/glob.js';
import { isDir } from './files.js';
import type { ImageOptions } from './image/source.js';

export interface InputOptions {
  cwd: string;
  ignorePatterns: readonly string[];
  /** false with --no-error-on-unmatched-pattern: warn and go on. */
  errorOnUnmatched: boolean;
  /** false with --no-warn-ignored: a path whose every bundle is ignored is skipped without a word. */
  warnIgnored?: boolean;
  stdinFilename?: string;
  /** What "-" reads: a config.json (default) or a tar archive of a bundle. */
  stdinFormat?: 'json' | 'tar';
  /** Which image of a layout or image archive, and the runtime template (--image-ref, --platform, --bundle-template). */
  image?: ImageOptions;
  warn: (message: string) => void;
}

const SKIP_DIRS = new Set(['node_modules', '.git']);

function isGlob(input: string): boolean {
  return loadPicomatch().scan(input).isGlob;
}

export function resolveInputs(inputs: readonly string[], opts: InputOptions): BundleSource[] {
  const ignored = ignoreMatcher(opts.ignorePatterns, opts.cwd);
  const image = opts.image !== undefined ? { image: opts.image } : {};
  const out: BundleSource[] = [];
  const unmatched = (msg: string): void => {
    if (opts.errorOnUnmatched) throw new InputError(`${msg} (use --no-error-on-unmatched-pattern to go on)`);
    opts.warn(msg);
  };
  for (const input of inputs) {
    if (input === '-') {
      // Waiting for a config typed at a terminal looks like a hang (kubeconform refuses it too).
      if (process.stdin.isTTY) throw new InputError('"-" reads a config (or with --stdin-format tar, a bundle archive) from standard input, which is a terminal; pipe one in (ocilint - < config.json)');
      out.push(
        ...discover(['-'], {
          ...(opts.stdinFilename !== undefined && { stdinFilename: opts.stdinFilename }),
          ...(opts.stdinFormat !== undefined && { stdinFormat: opts.stdinFormat }),
          ...(opts.image !== undefined && { image: opts.image }),
        }),
      );
      continue;
    }
    let paths: string[] = [input];
    const literal = fs.existsSync(path.resolve(opts.cwd, input));
    if (!literal && isGlob(input)) {
      paths = expandGlob(input, opts.cwd, ignored);
      if (paths.length === 0) {
        unmatched(`${input}: the pattern matches no file or directory`);
        continue;
      }
    } else if (!literal && !opts.errorOnUnmatched) {
      opts.warn(`${input}: no such file or directory`);
      continue;
    }
    // discover() resolves against the process's directory: with another cwd (the library's
    // option), paths are made absolute and reports show them so.
    const own = path.resolve(opts.cwd) === process.cwd();
    const forDiscover = (p: string): string => (path.isAbsolute(p) ? p : own ? path.relative(opts.cwd, path.resolve(opts.cwd, p)) || '.' : path.resolve(opts.cwd, p));
    let sources: BundleSource[] = [];
    if (paths.length === 1 && paths[0] === input) {
      try {
        sources = discover([forDiscover(input)], image);
      } catch (e) {
        if (!(e instanceof InputError) || opts.errorOnUnmatched) throw e;
        opts.warn(e.message);
        continue;
      }
    } else {
      // A glob's directories that hold no bundle (docs/ under "*") are not errors; only a glob
      // that yields no bundle at all is.
      for (const p of paths) {
        try {
          sources.push(...discover([forDiscover(p)], image));
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
        }
      }
      for (const s of sources) if (s instanceof DirBundleSource) s.searched = true;
      if (sources.length === 0) {
        unmatched(`${input}: the pattern matches no bundle`);
        continue;
      }
    }
    const kept = sources.filter((s) => !ignored(s.configPath) && !ignored(s.bundlePath));
    if (kept.length === 0 && sources.length > 0 && opts.warnIgnored !== false) opts.warn(`${input}: every bundle it holds is ignored by --ignore-pattern`);
    out.push(...kept);
  }
  // The same config named twice (a path and a glob that covers it) is linted once.
  const seen = new Set<string>();
  return out.filter((s) => {
    const key = s.hasFilesystem ? path.resolve(opts.cwd, s.configPath) : `stdin:${s.configPath}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whether a path (or a directory above it) matches an --ignore-pattern, relative to cwd. */
function ignoreMatcher(patterns: readonly string[], cwd: string): (p: string) => boolean {
  if (patterns.length === 0) return () => false;
  const match = loadPicomatch()(patterns.map((g) => g.replace(/^\.\//, '').replace(/\/+$/, '')), { dot: true });
  return (p) => {
    if (p === '' || p.startsWith('<')) return false;
    const rel = path.relative(cwd, path.resolve(cwd, p));
    const parts = (rel.startsWith('..') || path.isAbsolute(rel) ? path.resolve(cwd, p) : rel).split(path.sep);
    for (let i = parts.length; i > 0; i--) if (match(parts.slice(0, i).join('/'))) return true;
    return false;
  };
}

/**
 * Expands a glob, relative to cwd unless absolute. Matches are directories (searched for bundles)
 * and files (config files). Like discovery, the walk does not enter a bundle (a directory holding
 * config.json), so a rootfs's own JSON files never become inputs, and a match inside another
 * match is dropped (`bundles/**` means the bundles under bundles/, once each).
 */
function expandGlob(glob: string, cwd: string, ignored: (p: string) => boolean): string[] {
  const pm = loadPicomatch();
  const pattern = glob.replace(/^\.\//, '');
  const { base } = pm.scan(pattern);
  const match = pm(pattern, { dot: false });
  const root = path.resolve(cwd, base || '.');
  const found: string[] = [];
  const visit = (abs: string, shown: string, depth: number): void => {
    if (depth > 64) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    const isBundle = entries.some((e) => e.name === 'config.json' && !e.isDirectory());
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      // Inside a bundle only its config counts: its rootfs and other files are not inputs.
      if (isBundle && e.name !== 'config.json') continue;
      const childShown = shown === '' ? e.name : `${shown}/${e.name}`;
      const childAbs = path.join(abs, e.name);
      if (ignored(childAbs)) continue;
      const dir = e.isDirectory() || (e.isSymbolicLink() && isDir(childAbs));
      if (match(childShown)) found.push(childShown);
      if (dir && !SKIP_DIRS.has(e.name) && !isBundle) visit(childAbs, childShown, depth + 1);
    }
  };
  visit(root, base ? base.replace(/\/+$/, '') : '', 0);
  const dirs = found.filter((f) => isDir(path.resolve(cwd, f)));
  return found.filter((f) => {
    if (!dirs.some((d) => f !== d && f.startsWith(d + '/'))) return isDir(path.resolve(cwd, f)) || f.endsWith('.json');
    return false;
  });
}

