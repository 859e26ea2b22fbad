// Where the runtime finds process.args[0] inside the container, shared by the rules that judge
// the program. runc and crun look it up the way execvp does: a name with a slash is a path
// (relative to process.cwd), a bare name is searched along PATH from process.env. Without a PATH,
// runc 1.1.5 and crun 1.8.1 search nothing (checked with the runtime oracle), unlike glibc's
// execvp, which has a default.

import type { EntryStat, Rootfs } from '../bundle/rootfs.js';
import type { BundleFacts } from './facts.js';
import { EXEC_HEAD, execFormat, type ExecFormat } from './exec-format.js';
import { fileTypeName } from './file-type.js';
import { mountPoints, type MountPoints } from './mounts.js';
import { fromCwd } from './paths.js';
import { modeText } from './access.js';

/** glibc's default search path: what the rules name when process.env sets no PATH. */
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export type Lookup =
  | { kind: 'ok'; path: string; stat: EntryStat }
  | { kind: 'mounted' }
  | { kind: 'missing' | 'loop' }
  /** Under a mount that starts out empty (a plain tmpfs): nothing of the rootfs is there. */
  | { kind: 'empty-mount'; destination: string }
  | { kind: 'not-regular'; type: string; path: string }
  | { kind: 'not-executable'; path: string; mode: string }
  /** args[0] ends with "/", and names a file that is not a directory: exec fails with ENOTDIR. */
  | { kind: 'trailing-slash'; path: string; type: string };

/**
 * What the exec finds at an absolute, clean path: a regular file with an execute bit, or why not.
 * A path at or under a mount destination is what that mount supplies, so it is not judged from
 * the rootfs, unless the mount starts out empty.
 */
export function lookupExecutable(rootfs: Rootfs, path: string, mounts: MountPoints): Lookup {
  const hidden = (p: string): Lookup | undefined => {
    const top = mounts.topAt(p);
    return top && (top.empty ? { kind: 'empty-mount', destination: top.destination } : { kind: 'mounted' });
  };
  const before = hidden(path);
  if (before) return before;
  const r = rootfs.resolve(path);
  if (!r.ok) return { kind: r.reason === 'loop' || r.reason === 'too-deep' ? 'loop' : 'missing' };
  // The link may lead under a mount too.
  const after = hidden(r.path);
  if (after) return after;
  if (r.stat.type !== 'file') return { kind: 'not-regular', type: fileTypeName(r.stat.type), path: r.path };
  if ((r.stat.mode & 0o111) === 0) return { kind: 'not-executable', path: r.path, mode: modeText(r.stat) };
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

/** Where a bare name is looked for in one PATH directory ('' and '.' being the working directory). */
export function candidateIn(dir: string, value: string, cwd: string): string {
  return fromCwd(`${dir === '' ? '.' : dir}/${value}`, cwd);
}

/** Looks args[0] up as the runtime does, from process.cwd and process.env. */
function searchProgram(rootfs: Rootfs, value: string, cwd: string, env: readonly (string | undefined)[], mounts: MountPoints): ProgramSearch {
  if (value.includes('/')) {
    const path = fromCwd(value, cwd);
    let lookup = lookupExecutable(rootfs, path, mounts);
    // A trailing "/" asks for a directory: the kernel fails with ENOTDIR on any other file.
    if (value.endsWith('/') && (lookup.kind === 'ok' || lookup.kind === 'not-executable' || (lookup.kind === 'not-regular' && lookup.type !== 'directory'))) {
      const type = lookup.kind === 'not-regular' ? lookup.type : 'regular file';
      lookup = { kind: 'trailing-slash', path: lookup.path, type };
    }
    return { bare: false, pathVar: undefined, searched: [], tried: [{ path, lookup }] };
  }
  let pathVar: string | undefined;
  for (const e of env) if (e !== undefined && e.startsWith('PATH=')) pathVar = e.slice(5);
  const dirs = (pathVar ?? DEFAULT_PATH).split(':');
  const tried: ProgramSearch['tried'] = [];
  for (const dir of dirs) {
    const path = candidateIn(dir, value, cwd);
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
  /**
   * The file the runtime execs: found in the rootfs by a lookup the runtimes make (a bare name
   * without PATH is not searched at all). undefined otherwise: process-args-executable's finding.
   */
  file: { requested: string; path: string; stat: EntryStat } | undefined;
}

/** args[0] looked up in the bundle's rootfs, once per bundle for every rule that asks. */
export function programOf(facts: BundleFacts): Program | undefined {
  return facts.memo(program);
}

function program(facts: BundleFacts): Program | undefined {
  const proc = facts.config.process;
  const value = proc?.args?.[0];
  const rootfs = facts.rootfs;
  if (!value || !rootfs) return undefined;
  const cwd = proc?.cwd ?? '/';
  const mounts = mountPoints(facts);
  const search = searchProgram(rootfs, value, cwd, proc?.env ?? [], mounts);
  const found = search.tried[search.tried.length - 1]!;
  const runs = found.lookup.kind === 'ok' && !(search.bare && search.pathVar === undefined);
  const file = runs && found.lookup.kind === 'ok' ? { requested: found.path, path: found.lookup.path, stat: found.lookup.stat } : undefined;
  return { value, cwd, mounts, search, found, file };
}

/** Nested "#!" scripts the kernel follows before it fails with ELOOP (exec_binprm's depth). */
export const MAX_SCRIPTS = 5;

/** A file the kernel opens to run the program: the program, each "#!" interpreter, the ELF loader. */
export interface ExecStep {
  /** The path as looked up (args[0]'s candidate, or the name a "#!" line or PT_INTERP gives, made absolute). */
  requested: string;
  /** Where it resolved to, and what is there. */
  path: string;
  stat: EntryStat;
  /** Its first EXEC_HEAD bytes, and what the kernel makes of them. */
  head: Uint8Array;
  format: ExecFormat;
  role: 'program' | 'interpreter' | 'loader';
}

/** Why the chain ends after its last step. */
export type ChainEnd =
  /** No step at all (no program the runtime execs), or the next file could not be read. */
  | { kind: 'unread' }
  /** The last step's format names nothing more to open: a static ELF program, or a format the kernel refuses. */
  | { kind: 'format' }
  /** The last step is a loader: the chain is complete. */
  | { kind: 'loader' }
  /** The last step is a sixth nested "#!" script. */
  | { kind: 'loop' }
  /** The interpreter or loader the last step names (`name`, as written) is not an executable file of the rootfs. */
  | { kind: 'lookup'; name: string; lookup: Exclude<Lookup, { kind: 'ok' }> };

export interface ExecChain {
  steps: ExecStep[];
  end: ChainEnd;
}

/**
 * The files the kernel opens for the program, in order: the program, the interpreters its "#!"
 * lines lead to, and the loader of the ELF file at the end; and why the walk stopped.
 */
function execChain(rootfs: Rootfs, program: Program): ExecChain {
  const steps: ExecStep[] = [];
  if (!program.file) return { steps, end: { kind: 'unread' } };
  let next: Omit<ExecStep, 'head' | 'format'> = { ...program.file, role: 'program' };
  for (let scripts = 0; ; ) {
    const head = rootfs.readFile(next.path, EXEC_HEAD);
    if (!head) return { steps, end: { kind: 'unread' } };
    const format = execFormat(head, next.stat.size);
    steps.push({ ...next, head, format });
    if (next.role === 'loader') return { steps, end: { kind: 'loader' } };
    const name = format.kind === 'script' ? format.interpreter : format.kind === 'elf' ? format.loader : undefined;
    if (!name) return { steps, end: { kind: 'format' } };
    if (format.kind === 'script' && ++scripts > MAX_SCRIPTS) return { steps, end: { kind: 'loop' } };
    const requested = fromCwd(name, program.cwd);
    const found = lookupExecutable(rootfs, requested, program.mounts);
    if (found.kind !== 'ok') return { steps, end: { kind: 'lookup', name, lookup: found } };
    next = { requested, path: found.path, stat: found.stat, role: format.kind === 'script' ? 'interpreter' : 'loader' };
  }
}

/** execChain of the bundle's program, once per bundle for every rule that asks. */
export function execChainOf(facts: BundleFacts): ExecChain {
  return facts.memo(chain);
}

function chain(facts: BundleFacts): ExecChain {
  const p = programOf(facts);
  return p && facts.rootfs ? execChain(facts.rootfs, p) : { steps: [], end: { kind: 'unread' } };
}

/** The ELF file the kernel loads for the program: the last step of its chain before the loader, when that is ELF. */
export function elfBehind(chain: ExecChain): ExecStep | undefined {
  const steps = chain.steps.filter((s) => s.role !== 'loader');
  const last = steps[steps.length - 1];
  return last?.format.kind === 'elf' ? last : undefined;
}
