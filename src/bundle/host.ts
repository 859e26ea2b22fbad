// A read-only view of the machine that will run the bundle, for --host-specific rules. Like the
// rest of src/bundle/, this is code that touches the filesystem so that rules do not: it looks
// entries up (stat, lstat, readlink) and reads small regular files (the /proc and /sys
// pseudo-files are regular files), never a FIFO or a device, never writes, never runs anything.

import * as fs from 'node:fs';
import * as os from 'node:os';
import { fileType } from './dir-tree.js';
import type { FileType } from './rootfs.js';

const { O_RDONLY, O_NONBLOCK = 0, O_NOCTTY = 0 } = fs.constants;

export interface HostStat {
  type: FileType;
  /** Permission bits including setuid, setgid and sticky. */
  mode: number;
  uid: number;
  gid: number;
  /** Device and inode: nsfs files share one device, and the inode is the namespace's id. */
  dev: number;
  ino: number;
}

export type HostLookup =
  | { ok: true; stat: HostStat }
  /** missing: no such entry; not-dir: a component is not a directory; denied: no permission to look (unknown). */
  | { ok: false; reason: 'missing' | 'not-dir' | 'denied' | 'loop' | 'other' };

/** Lookups by absolute host path. Every method answers without blocking and never throws. */
export interface HostView {
  /** Follows symlinks. */
  stat(absPath: string): HostLookup;
  lstat(absPath: string): HostLookup;
  /** The target of a symlink (an nsfs link reads as e.g. `net:[4026531840]`); undefined otherwise. */
  readlink(absPath: string): string | undefined;
  /** At most `limit` bytes of a regular file as UTF-8; undefined for anything else or on error. */
  readSmallFile(absPath: string, limit: number): string | undefined;
  /** The names in a directory; undefined when it cannot be listed. */
  readdir(absPath: string): string[] | undefined;
  /** The machine's hardware name as `uname -m` prints it: x86_64, aarch64, s390x. */
  machine(): string;
}

/** What a rule sees as ctx.host: the view, and where a relative path in the config starts. */
export interface Host extends HostView {
  /** The bundle's directory on this host (absolute), or undefined for archives and stdin. */
  readonly bundleDir: string | undefined;
}

export function hostFor(view: HostView, bundleDir: string | undefined): Host {
  return {
    stat: (p) => view.stat(p),
    lstat: (p) => view.lstat(p),
    readlink: (p) => view.readlink(p),
    readSmallFile: (p, limit) => view.readSmallFile(p, limit),
    readdir: (p) => view.readdir(p),
    machine: () => view.machine(),
    bundleDir,
  };
}

function failure(e: unknown): HostLookup {
  const code = (e as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'missing' : code === 'ENOTDIR' ? 'not-dir' : code === 'EACCES' || code === 'EPERM' ? 'denied' : code === 'ELOOP' ? 'loop' : 'other';
  return { ok: false, reason };
}

function toStat(st: fs.Stats): HostStat {
  return { type: fileType(st), mode: st.mode & 0o7777, uid: st.uid, gid: st.gid, dev: st.dev, ino: st.ino };
}

/** The real host, memoised: a run asks about /proc/filesystems once, not once per bundle. */
export class RealHostView implements HostView {
  private readonly files = new Map<string, string | undefined>();

  stat(absPath: string): HostLookup {
    try {
      return { ok: true, stat: toStat(fs.statSync(absPath)) };
    } catch (e) {
      return failure(e);
    }
  }

  lstat(absPath: string): HostLookup {
    try {
      return { ok: true, stat: toStat(fs.lstatSync(absPath)) };
    } catch (e) {
      return failure(e);
    }
  }

  readlink(absPath: string): string | undefined {
    try {
      return fs.readlinkSync(absPath);
    } catch {
      return undefined;
    }
  }

  readSmallFile(absPath: string, limit: number): string | undefined {
    const key = `${limit}\0${absPath}`;
    if (this.files.has(key)) return this.files.get(key);
    const text = this.read(absPath, limit);
    this.files.set(key, text);
    return text;
  }

  readdir(absPath: string): string[] | undefined {
    try {
      return fs.readdirSync(absPath);
    } catch {
      return undefined;
    }
  }

  machine(): string {
    return os.machine();
  }

  private read(absPath: string, limit: number): string | undefined {
    // Checked before opening, so that a device is never opened; O_NONBLOCK in case a FIFO is
    // swapped in between, and fstat after opening to be sure of what was opened.
    const before = this.stat(absPath);
    if (!before.ok || before.stat.type !== 'file') return undefined;
    let fd: number | undefined;
    try {
      fd = fs.openSync(absPath, O_RDONLY | O_NONBLOCK | O_NOCTTY);
      if (!fs.fstatSync(fd).isFile()) return undefined;
      const buf = Buffer.alloc(Math.min(limit, 1 << 20));
      let n = 0;
      // Pseudo-files report size 0: read until end of file or the limit.
      while (n < buf.length) {
        const got = fs.readSync(fd, buf, n, buf.length - n, null);
        if (got === 0) break;
        n += got;
      }
      return buf.subarray(0, n).toString('utf8');
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  }
}
