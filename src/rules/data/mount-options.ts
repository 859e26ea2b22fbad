// What runc and crun do with mount options: the ones they consume themselves, the ones they get
// wrong, and the data each strict filesystem accepts. Knowledge for the mount-* rules.

import { own } from '../util/own.js';

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
// `crunOnly`: runc handles the option and crun, to its newest release, does not (these names are
// absent from crun's option table, src/libcrun/mount_flags.perf, at 1.8.1 and at 1.29.1): only
// crun refuses them, so without --target the finding is a warning naming crun.
export const RUNTIME_GAPS: Readonly<Record<string, { runtime: string; scope: 'strict' | 'any'; how: string; crunOnly?: true }>> = {
  defaults: { runtime: 'runc 1.1.5', scope: 'strict', how: 'passes it to the filesystem as data' },
  iversion: { runtime: 'crun', scope: 'strict', how: 'passes it to the filesystem as data', crunOnly: true },
  noiversion: { runtime: 'crun', scope: 'strict', how: 'passes it to the filesystem as data', crunOnly: true },
  loud: { runtime: 'crun', scope: 'strict', how: 'passes it to the filesystem as data', crunOnly: true },
  silent: { runtime: 'crun', scope: 'strict', how: 'passes it to the filesystem as data', crunOnly: true },
  symfollow: { runtime: 'crun', scope: 'strict', how: 'passes it to the filesystem as data', crunOnly: true },
  nosymfollow: { runtime: 'crun', scope: 'strict', how: 'passes it to the filesystem as data', crunOnly: true },
  rsymfollow: { runtime: 'crun', scope: 'strict', how: 'passes it to the filesystem as data', crunOnly: true },
  rnosymfollow: { runtime: 'crun', scope: 'strict', how: 'passes it to the filesystem as data', crunOnly: true },
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
const FS_DATA_VALUES: Readonly<Record<string, Readonly<Record<string, { expect: string; ok: (v: string) => boolean }>>>> = {
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
