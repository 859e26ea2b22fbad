// Shared knowledge about mounts for the mount-* rules: how a runtime decides a mount is a bind
// mount, and which option strings it consumes itself rather than passing to the kernel.

import { isObject } from '../api.js';
import { own } from './own.js';
import { lastOnly } from './per-bundle.js';

export interface MountEntry {
  index: number;
  /** `/mounts/<index>`: built once per mount, for every rule that points into it. */
  pointer: string;
  value: Record<string, unknown>;
  destination: string | undefined;
  type: string | undefined;
  source: string | undefined;
  /** Only the string entries of `options`, with their index. */
  options: { index: number; value: string }[];
}

// Every mount rule asks for the same list; it is derived once per config.
const entriesOf = lastOnly(deriveEntries);

export function mountEntries(list: unknown[] | undefined): MountEntry[] {
  return list ? entriesOf(list) : [];
}

function deriveEntries(list: unknown[]): MountEntry[] {
  const out: MountEntry[] = [];
  for (let index = 0; index < list.length; index++) {
    const m = list[index];
    if (!isObject(m)) continue;
    const options: { index: number; value: string }[] = [];
    const opts = m['options'];
    if (Array.isArray(opts)) {
      for (let i = 0; i < opts.length; i++) {
        const o: unknown = opts[i];
        if (typeof o === 'string') options.push({ index: i, value: o });
      }
    }
    out.push({ index, pointer: `/mounts/${index}`, value: m, destination: stringAt(m, 'destination'), type: stringAt(m, 'type'), source: stringAt(m, 'source'), options });
  }
  return out;
}

function stringAt(m: Record<string, unknown>, key: string): string | undefined {
  const v = m[key];
  return typeof v === 'string' ? v : undefined;
}

/** runc, crun and the spec: a mount is a bind mount when its options hold `bind` or `rbind`; the type is then ignored. */
export function isBind(m: MountEntry): boolean {
  return m.options.some((o) => o.value === 'bind' || o.value === 'rbind');
}

/**
 * Destinations of mounts (cleaned): a path at or below one of them lands on that mount, not in
 * the rootfs. Checking each ancestor of a path keeps this linear in mounts and lookups.
 */
export class MountPoints {
  /** Destination -> the last mount there (mounts are added in order) and whether it starts out empty. */
  private readonly points = new Map<string, { order: number; empty: boolean }>();
  private count = 0;

  /** `empty`: the mount hides what the rootfs has there and brings nothing (a plain tmpfs). */
  add(destination: string, empty = false): void {
    const order = this.count++;
    if (destination !== '/') this.points.set(destination, { order, empty });
  }

  covers(path: string): boolean {
    for (let p = path; p.length > 1; p = p.slice(0, p.lastIndexOf('/')) || '/') if (this.points.has(p)) return true;
    return false;
  }

  /** The mount on top at or above `path` (of several, the last one made): its destination, and whether it starts out empty. */
  topAt(path: string): { destination: string; empty: boolean } | undefined {
    let top: { order: number; empty: boolean } | undefined;
    let at = '';
    for (let p = path; p.length > 1; p = p.slice(0, p.lastIndexOf('/')) || '/') {
      const m = this.points.get(p);
      if (m && (!top || m.order > top.order)) {
        top = m;
        at = p;
      }
    }
    return top && { destination: at, empty: top.empty };
  }
}

/**
 * A mount that starts out empty, hiding what the rootfs has at its destination: a tmpfs or ramfs
 * that is not a bind mount and not filled by `tmpcopyup` (runc and crun copy the rootfs's
 * directory into the tmpfs then).
 */
export function startsEmpty(type: unknown, options: unknown): boolean {
  if (type !== 'tmpfs' && type !== 'ramfs') return false;
  return !(Array.isArray(options) && options.some((o) => o === 'bind' || o === 'rbind' || o === 'tmpcopyup'));
}

/** Lexically cleans a POSIX path: collapses slashes, `.` and `..` (never above `/`); relative paths are taken from `/`. */
export function cleanPosix(p: string): string {
  // Most paths are clean already (every mount rule cleans every destination): return those as is.
  if (p === '/' || (p.charCodeAt(0) === 0x2f && !p.endsWith('/') && !p.includes('//') && !p.includes('/./') && !p.includes('/../') && !p.endsWith('/.') && !p.endsWith('/..'))) return p;
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return '/' + out.join('/');
}

/** A Windows absolute path: a drive letter with a separator, or a `\\` path (UNC, `\\?\`, `\\.\pipe\`). */
export function isWindowsAbsolute(p: string): boolean {
  return /^(?:[A-Za-z]:[\\/]|\\\\)/.test(p);
}

/**
 * Options that runc and crun consume themselves (mount flags, propagation, recursive attributes,
 * and their own extensions); every other option is handed to the filesystem as mount data.
 * From the spec's table of Linux mount options plus runc's and crun's option tables.
 */
export const GENERIC_OPTIONS: ReadonlySet<string> = new Set([
  'async', 'atime', 'bind', 'defaults', 'dev', 'diratime', 'dirsync', 'exec', 'iversion', 'lazytime', 'loud',
  'mand', 'noatime', 'nodev', 'nodiratime', 'noexec', 'noiversion', 'nolazytime', 'nomand', 'norelatime',
  'nostrictatime', 'nosuid', 'nosymfollow', 'private', 'ratime', 'rbind', 'rdev', 'rdiratime', 'relatime',
  'remount', 'rexec', 'rnoatime', 'rnodev', 'rnodiratime', 'rnoexec', 'rnorelatime', 'rnostrictatime', 'rnosuid',
  'rnosymfollow', 'ro', 'rprivate', 'rrelatime', 'rro', 'rrw', 'rshared', 'rslave', 'rstrictatime', 'rsuid',
  'rsymfollow', 'runbindable', 'rw', 'shared', 'silent', 'slave', 'strictatime', 'suid', 'symfollow', 'sync',
  'tmpcopyup', 'unbindable', 'idmap', 'ridmap',
]);

/**
 * Options (mostly from the spec's table) that runc 1.1.5 or crun 1.8.1 do not handle (measured with both
 * on tmpfs and bind mounts). `strict`: the runtime passes the option to the filesystem as data,
 * so only filesystems that refuse unknown data fail; `any`: the mount fails whatever its type.
 */
export const RUNTIME_GAPS: Readonly<Record<string, { runtime: string; scope: 'strict' | 'any'; how: string }>> = {
  defaults: { runtime: 'runc 1.1.5', scope: 'strict', how: 'passes it to the filesystem as data' },
  iversion: { runtime: 'crun 1.8.1', scope: 'strict', how: 'passes it to the filesystem as data' },
  noiversion: { runtime: 'crun 1.8.1', scope: 'strict', how: 'passes it to the filesystem as data' },
  loud: { runtime: 'crun 1.8.1', scope: 'strict', how: 'passes it to the filesystem as data' },
  silent: { runtime: 'crun 1.8.1', scope: 'strict', how: 'passes it to the filesystem as data' },
  symfollow: { runtime: 'crun 1.8.1', scope: 'strict', how: 'passes it to the filesystem as data' },
  nosymfollow: { runtime: 'crun 1.8.1', scope: 'strict', how: 'passes it to the filesystem as data' },
  rsymfollow: { runtime: 'crun 1.8.1', scope: 'strict', how: 'passes it to the filesystem as data' },
  rnosymfollow: { runtime: 'crun 1.8.1', scope: 'strict', how: 'passes it to the filesystem as data' },
  ratime: { runtime: 'crun 1.8.1 (and runc 1.1.5 on bind mounts)', scope: 'any', how: 'fails in mount_setattr with "Invalid argument"' },
  rnostrictatime: { runtime: 'crun 1.8.1 (and runc 1.1.5 on bind mounts)', scope: 'any', how: 'fails in mount_setattr with "Invalid argument"' },
  rdiratime: { runtime: 'crun 1.8.1', scope: 'any', how: 'fails in mount_setattr with "Invalid argument"' },
  rnodiratime: { runtime: 'crun 1.8.1', scope: 'any', how: 'fails in mount_setattr with "Invalid argument"' },
  rnoatime: { runtime: 'crun 1.8.1', scope: 'any', how: 'fails in mount_setattr with "Invalid argument"' },
  rstrictatime: { runtime: 'crun 1.8.1', scope: 'any', how: 'fails in mount_setattr with "Invalid argument"' },
  // Not in the spec's table: crun's own recursive form of nomand; runc passes it on as data.
  rnomand: { runtime: 'crun 1.8.1 (and runc 1.1.5 outside bind mounts)', scope: 'any', how: 'cannot apply it' },
};

/** Security-module options every filesystem accepts as mount data. */
const LSM_DATA = ['context', 'fscontext', 'defcontext', 'rootcontext', 'seclabel'];

/**
 * Mount data each strict filesystem understands (option name before `=`); these kernels refuse
 * any other data with EINVAL, so runc and crun fail at create (checked with both).
 */
export const FS_DATA_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  proc: ['hidepid', 'gid', 'subset'],
  sysfs: [],
  tmpfs: ['size', 'nr_blocks', 'nr_inodes', 'mode', 'uid', 'gid', 'huge', 'mpol', 'inode32', 'inode64', 'noswap',
    'quota', 'usrquota', 'grpquota', 'usrquota_block_hardlimit', 'usrquota_inode_hardlimit',
    'grpquota_block_hardlimit', 'grpquota_inode_hardlimit', 'casefold', 'strict_encoding'],
  devpts: ['uid', 'gid', 'mode', 'ptmxmode', 'newinstance', 'max'],
  mqueue: [],
  overlay: ['lowerdir', 'upperdir', 'workdir', 'redirect_dir', 'index', 'uuid', 'nfs_export', 'xino', 'metacopy',
    'volatile', 'userxattr', 'default_permissions', 'verity', 'lowerdir+', 'datadir+'],
};

export function knownDataOption(fsType: string, option: string): boolean | undefined {
  const list = own(FS_DATA_OPTIONS, fsType);
  if (!list) return undefined;
  const name = option.includes('=') ? option.slice(0, option.indexOf('=')) : option;
  return list.includes(name) || LSM_DATA.includes(name);
}

const OCTAL_MODE = (v: string): boolean => /^[0-7]{1,5}$/.test(v) && parseInt(v, 8) <= 0o7777;
const UINT = (v: string): boolean => /^\d+$/.test(v);
const SIZE = (v: string): boolean => /^\d+[kKmMgGtTpPeE]?$/.test(v);
const SIZE_OR_PERCENT = (v: string): boolean => /^\d+([kKmMgGtTpPeE]|%)?$/.test(v);
const ONE_OF = (...xs: string[]) => (v: string): boolean => xs.includes(v);
const ANY = (v: string): boolean => v !== '';

/**
 * Value syntax of the data options that take a value, per filesystem (what the kernel's parser
 * accepts; a bad value fails the mount with EINVAL in runc and crun alike). Options not listed
 * here take no value or are not checked.
 */
export const FS_DATA_VALUES: Readonly<Record<string, Readonly<Record<string, { expect: string; ok: (v: string) => boolean }>>>> = {
  proc: {
    hidepid: { expect: 'one of 0, 1, 2, 4, off, noaccess, invisible, ptraceable', ok: ONE_OF('0', '1', '2', '4', 'off', 'noaccess', 'invisible', 'ptraceable') },
    gid: { expect: 'a numeric group ID', ok: UINT },
    subset: { expect: '"pid"', ok: ONE_OF('pid') },
  },
  tmpfs: {
    size: { expect: 'a size such as 64m or 50%', ok: SIZE_OR_PERCENT },
    nr_blocks: { expect: 'a number with an optional k/m/g suffix', ok: SIZE },
    nr_inodes: { expect: 'a number with an optional k/m/g suffix', ok: SIZE },
    mode: { expect: 'an octal mode such as 1777', ok: OCTAL_MODE },
    uid: { expect: 'a numeric user ID', ok: UINT },
    gid: { expect: 'a numeric group ID', ok: UINT },
    huge: { expect: 'one of never, always, within_size, advise, deny, force', ok: ONE_OF('never', 'always', 'within_size', 'advise', 'deny', 'force') },
    mpol: { expect: 'a memory policy such as interleave', ok: ANY },
  },
  devpts: {
    mode: { expect: 'an octal mode such as 0620', ok: OCTAL_MODE },
    ptmxmode: { expect: 'an octal mode such as 0666', ok: OCTAL_MODE },
    uid: { expect: 'a numeric user ID', ok: UINT },
    gid: { expect: 'a numeric group ID', ok: UINT },
    max: { expect: 'a number', ok: UINT },
  },
  overlay: {
    lowerdir: { expect: 'a colon-separated list of directories', ok: ANY },
    upperdir: { expect: 'a directory', ok: ANY },
    workdir: { expect: 'a directory', ok: ANY },
  },
};

/** undefined when the value is fine or not checked, else what was expected. */
export function badDataValue(fsType: string, option: string): string | undefined {
  const eq = option.indexOf('=');
  const name = eq < 0 ? option : option.slice(0, eq);
  const spec = own(own(FS_DATA_VALUES, fsType) ?? {}, name);
  if (!spec) return undefined;
  if (eq < 0) return spec.expect;
  return spec.ok(option.slice(eq + 1)) ? undefined : spec.expect;
}
