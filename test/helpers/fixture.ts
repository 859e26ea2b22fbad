// Bundles described in code and built on disk at test time, so each test states exactly the files,
// modes and links it relies on.

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { HELLO_ELF } from './elf.js';

export type Entry =
  | 'dir'
  | { file: string | Uint8Array; mode?: number }
  | { symlink: string }
  | { fifo: true }
  | { dir: true; mode?: number };

/** Paths relative to the rootfs ('bin/sh'); parents are created as directories. */
export type Tree = Record<string, Entry>;

/**
 * The rootfs every rule test starts from: a shell (a small static ELF program) and an app (a
 * script the shell runs), both executable.
 */
export const BASE_TREE: Tree = {
  'bin/sh': { file: HELLO_ELF, mode: 0o755 },
  'usr/bin/app': { file: '#!/bin/sh\napp\n', mode: 0o755 },
  'etc/passwd': { file: 'root:x:0:0:root:/root:/bin/sh\n', mode: 0o644 },
  proc: 'dir',
  dev: 'dir',
  tmp: 'dir',
};

/**
 * A fresh directory under the system temp directory, removed when the test process exits (set
 * OCILINT_KEEP_TEMP=1 to keep them for a look). Every test file makes dozens: left behind, a run
 * of the suite leaves ~1,200 directories in /tmp.
 */
export function tempDir(prefix = 'ocilint-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  if (!process.env['OCILINT_KEEP_TEMP']) {
    if (made.length === 0) process.on('exit', removeTempDirs);
    made.push(dir);
  }
  return dir;
}

const made: string[] = [];

function removeTempDirs(): void {
  for (const dir of made) {
    try {
      fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // A test may leave a directory it made unreadable or unwritable: open it up, then retry.
      try {
        execFileSync('chmod', ['-R', 'u+rwx', dir], { stdio: 'ignore' });
        fs.rmSync(dir, { recursive: true, force: true });
      } catch {
        // Not ours to fail the run over.
      }
    }
  }
}

export function buildTree(root: string, tree: Tree): void {
  fs.mkdirSync(root, { recursive: true });
  // Directories first, then files, then links, so a link can point at anything in the tree.
  const entries = Object.entries(tree).sort(([, a], [, b]) => order(a) - order(b));
  for (const [rel, entry] of entries) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    if (entry === 'dir' || 'dir' in entry) {
      fs.mkdirSync(abs, { recursive: true });
      if (entry !== 'dir' && entry.mode !== undefined) fs.chmodSync(abs, entry.mode);
    } else if ('file' in entry) {
      fs.writeFileSync(abs, entry.file);
      fs.chmodSync(abs, entry.mode ?? 0o644);
    } else if ('symlink' in entry) {
      fs.symlinkSync(entry.symlink, abs);
    } else {
      // mkfifo is not in node:fs; a FIFO is made with the mkfifo command.
      execFileSync('mkfifo', [abs]);
    }
  }
}

function order(e: Entry): number {
  if (e === 'dir' || 'dir' in e) return 0;
  if ('file' in e || 'fifo' in e) return 1;
  return 2;
}

export interface BundleSpec {
  /** config.json text, written byte for byte. */
  config: string | Uint8Array;
  /** The rootfs at `rootfs/`; omit for no rootfs directory at all. */
  rootfs?: Tree;
  /** Extra entries relative to the bundle directory itself (e.g. a symlinked rootfs). */
  extra?: Tree;
}

export function buildBundle(dir: string, spec: BundleSpec): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'config.json'), spec.config);
  if (spec.rootfs) buildTree(path.join(dir, 'rootfs'), spec.rootfs);
  if (spec.extra) buildTree(dir, spec.extra);
  return dir;
}

/** The ways a bundle directory is packed for the archive form of a test. */
export const ARCHIVE_VARIANTS = ['tgz-dot', 'pax-folder', 'gnu-plain'] as const;
export type ArchiveVariant = (typeof ARCHIVE_VARIANTS)[number];

/**
 * Packs a bundle directory with the system tar, without changing it: `tgz-dot` as a gzipped archive
 * of `./...` entries, `pax-folder` as a POSIX archive whose single top-level folder is the bundle,
 * `gnu-plain` as a GNU archive of bare names (`config.json`, `rootfs/...`).
 */
export function packBundle(dir: string, variant: ArchiveVariant, out = path.join(path.dirname(dir), `${path.basename(dir)}-${variant}.${variant === 'tgz-dot' ? 'tgz' : 'tar'}`)): string {
  switch (variant) {
    case 'tgz-dot':
      execFileSync('tar', ['-czf', out, '-C', dir, '.']);
      break;
    case 'pax-folder':
      execFileSync('tar', ['--format=pax', '-cf', out, '-C', path.dirname(dir), path.basename(dir)]);
      break;
    case 'gnu-plain':
      execFileSync('tar', ['--format=gnu', '-cf', out, '-C', dir, ...fs.readdirSync(dir).sort()]);
      break;
  }
  return out;
}
