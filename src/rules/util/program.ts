// Where the runtime finds process.args[0] inside the container, shared by the rules that judge
// the program. runc and crun look it up the way execvp does: a name with a slash is a path
// (relative to process.cwd), a bare name is searched along PATH from process.env. Without a PATH,
// runc 1.1.5 and crun 1.8.1 search nothing (checked with the runtime oracle), unlike glibc's
// execvp, which has a default.

import type { EntryStat, Rootfs } from '../../bundle/rootfs.js';
import type { RuleContext } from '../api.js';
import { EXEC_HEAD, execFormat } from './exec-format.js';
import { fileTypeName } from './file-type.js';
import type { MountPoints } from './mounts.js';
import { perBundle } from './per-bundle.js';
import { cleanPath, mountPointsOf } from './process.js';

/** glibc's default search path: what the rules name when process.env sets no PATH. */
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export type Lookup =
  | { kind: 'ok'; path: string; stat: EntryStat }
  | { kind: 'mounted' }
  | { kind: 'missing' | 'loop' }
  /** Under a mount that starts out empty (a plain tmpfs): nothing of the rootfs is there. */
  | { kind: 'empty-mount'; destination: string }
  | { kind: 'not-regular'; type: string; path: string }
  | { kind: 'not-executable'; path: string; mode: string };

/**
 * What the exec finds at an absolute, clean path: a regular file with an execute bit, or why not.
 * A path at or under a mount destination is what that mount supplies, so it is not judged from
 * the rootfs, unless the mount starts out empty.
 */
export function lookupExecutable(rootfs: Rootfs, path: string, mounts: MountPoints): Lookup {
  const hidden = (p: string): Lookup | undefined => {
    const destination = mounts.emptyAt(p);
    if (destination !== undefined) return { kind: 'empty-mount', destination };
    return mounts.covers(p) ? { kind: 'mounted' } : undefined;
  };
  const before = hidden(path);
  if (before) return before;
  const r = rootfs.resolve(path);
  if (!r.ok) return { kind: r.reason === 'loop' || r.reason === 'too-deep' ? 'loop' : 'missing' };
  // The link may lead under a mount too.
  const after = hidden(r.path);
  if (after) return after;
  if (r.stat.type !== 'file') return { kind: 'not-regular', type: fileTypeName(r.stat.type), path: r.path };
  if ((r.stat.mode & 0o111) === 0) return { kind: 'not-executable', path: r.path, mode: '0' + (r.stat.mode & 0o7777).toString(8).padStart(3, '0') };
  return { kind: 'ok', path: r.path, stat: r.stat };
}

export interface ProgramSearch {
  /** Whether args[0] has no slash, so that PATH is searched. */
  bare: boolean;
  /** PATH from process.env; undefined when it sets none (DEFAULT_PATH is then searched, for the findings only). */
  pathVar: string | undefined;
  /** The directories searched, as in PATH ('' as '.'). */
  searched: string[];
  /** Each candidate tried, in order; the search stops at the first 'ok' or 'mounted'. */
  tried: { path: string; lookup: Lookup }[];
}

/** Looks args[0] up as the runtime does, from process.cwd and process.env. */
export function searchProgram(rootfs: Rootfs, value: string, cwd: string, env: unknown[], mounts: MountPoints): ProgramSearch {
  if (value.includes('/')) {
    const path = cleanPath(value.startsWith('/') ? value : `${cwd}/${value}`);
    return { bare: false, pathVar: undefined, searched: [], tried: [{ path, lookup: lookupExecutable(rootfs, path, mounts) }] };
  }
  let pathVar: string | undefined;
  for (const e of env) if (typeof e === 'string' && e.startsWith('PATH=')) pathVar = e.slice(5);
  const dirs = (pathVar ?? DEFAULT_PATH).split(':');
  const tried: ProgramSearch['tried'] = [];
  for (const dir of dirs) {
    const base = dir === '' ? cwd : dir.startsWith('/') ? dir : `${cwd}/${dir}`;
    const path = cleanPath(`${base}/${value}`);
    const lookup = lookupExecutable(rootfs, path, mounts);
    tried.push({ path, lookup });
    if (lookup.kind === 'ok' || lookup.kind === 'mounted') break;
  }
  return { bare: true, pathVar, searched: dirs.map((d) => d || '.'), tried };
}

export interface Program {
  /** args[0] as written. */
  value: string;
  /** process.cwd, '/' when unset. */
  cwd: string;
  mounts: MountPoints;
  search: ProgramSearch;
  /** The last candidate tried: what the runtime execs when its lookup is 'ok'. */
  found: { path: string; lookup: Lookup };
}

/** args[0] looked up in the bundle's rootfs, once per bundle for every rule that asks. */
export const programOf = perBundle((ctx: RuleContext): Program | undefined => {
  const value = ctx.string('/process/args/0');
  const rootfs = ctx.rootfs;
  if (!value || !rootfs) return undefined;
  const cwd = ctx.string('/process/cwd') ?? '/';
  const mounts = mountPointsOf(ctx.array('/mounts'));
  const search = searchProgram(rootfs, value, cwd, ctx.array('/process/env') ?? [], mounts);
  return { value, cwd, mounts, search, found: search.tried[search.tried.length - 1]! };
});

/** Nested "#!" scripts the kernel follows before it fails with ELOOP (exec_binprm's depth). */
export const MAX_SCRIPTS = 5;

/**
 * The ELF file the kernel loads for a program found in the rootfs: the program itself, or the
 * interpreter at the end of its "#!" lines. undefined when the chain breaks, leaves the rootfs
 * for a mount, or cannot be read (process-args-interpreter judges those).
 */
export function elfBehind(rootfs: Rootfs, program: Program): { path: string; head: Uint8Array } | undefined {
  if (program.found.lookup.kind !== 'ok') return undefined;
  let path = program.found.lookup.path;
  let size = program.found.lookup.stat.size;
  for (let scripts = 0; scripts <= MAX_SCRIPTS; scripts++) {
    const head = rootfs.readFile(path, EXEC_HEAD);
    if (!head) return undefined;
    const format = execFormat(head, size);
    if (format.kind === 'elf') return { path, head };
    if (format.kind !== 'script' || format.interpreter === '' || scripts === MAX_SCRIPTS) return undefined;
    const name = format.interpreter;
    const next = lookupExecutable(rootfs, cleanPath(name.startsWith('/') ? name : `${program.cwd}/${name}`), program.mounts);
    if (next.kind !== 'ok') return undefined;
    path = next.path;
    size = next.stat.size;
  }
  return undefined;
}
