// What linting asked of a bundle directory, and whether the directory still answers the same:
// the bundle half of the result cache (src/engine/cache.ts keeps the cache file and its key).
//
// While a bundle is linted, RecordingSource notes what root.path was found to be and every
// lookup the rules made in the rootfs, with its answer: each lstat (type, mode, size, owner),
// readlink, readdir, and a hash of each file read. `unchanged` asks the same questions again; the
// rules are deterministic functions of those answers, so when every answer is the same, so is the
// result.

import { createHash } from '../core/hash.js';
import type { DirBundleSource } from './dir-source.js';
import { Rootfs, type EntryStat, type RawTree } from './rootfs.js';
import type { BundleSource, RootStatus } from './source.js';

/** One recorded lookup in the rootfs and its answer. */
export type Lookup =
  | ['lstat', string, EntryStat | null]
  | ['readlink', string, string | null]
  | ['readFile', string, number, string | null]
  | ['readdir', string, string[] | null];

/** root.path as inspected, what it was, and whether a rootfs view was opened on it. */
export type RecordedRoot = [string, RootStatus, boolean];

export interface Recording {
  roots: RecordedRoot[];
  lookups: Lookup[];
}

const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/** A bundle directory whose config bytes are already read, recording what linting asks of it. */
export class RecordingSource implements BundleSource, Recording {
  readonly hasFilesystem = true;
  readonly roots: RecordedRoot[] = [];
  readonly lookups: Lookup[] = [];

  constructor(
    private readonly inner: DirBundleSource,
    private readonly bytes: Uint8Array,
  ) {}

  get configPath(): string {
    return this.inner.configPath;
  }
  get bundlePath(): string {
    return this.inner.bundlePath;
  }
  get hostDir(): string {
    return this.inner.hostDir;
  }
  get dirEntries(): ReadonlySet<string> | undefined {
    return this.inner.dirEntries;
  }

  readConfig(): Promise<Uint8Array> {
    return Promise.resolve(this.bytes);
  }

  inspectRoot(rootPath: string): RootStatus {
    const status = this.inner.inspectRoot(rootPath);
    if (!this.roots.some(([p]) => p === rootPath)) this.roots.push([rootPath, status, false]);
    return status;
  }

  openRootfs(rootPath: string): Rootfs | undefined {
    this.inspectRoot(rootPath);
    const rootfs = this.inner.openRootfs(rootPath);
    if (!rootfs) return undefined;
    this.roots.find(([p]) => p === rootPath)![2] = true;
    return new Rootfs(new RecordingTree(rootfs.raw, this.lookups));
  }

  close(): void {
    this.inner.close();
  }
}

/** A RawTree that notes each distinct question and its answer. */
class RecordingTree implements RawTree {
  private readonly asked = new Set<string>();

  constructor(
    private readonly inner: RawTree,
    private readonly lookups: Lookup[],
  ) {}

  private first(key: string): boolean {
    if (this.asked.has(key)) return false;
    this.asked.add(key);
    return true;
  }

  lstat(rel: string): EntryStat | undefined {
    const s = this.inner.lstat(rel);
    if (this.first(`l\0${rel}`)) this.lookups.push(['lstat', rel, statOf(s)]);
    return s;
  }

  readlink(rel: string): string | undefined {
    const t = this.inner.readlink(rel);
    if (this.first(`r\0${rel}`)) this.lookups.push(['readlink', rel, t ?? null]);
    return t;
  }

  readFile(rel: string, limit: number): Uint8Array | undefined {
    const data = this.inner.readFile(rel, limit);
    if (this.first(`f\0${limit}\0${rel}`)) this.lookups.push(['readFile', rel, limit, data ? sha256(data) : null]);
    return data;
  }

  readdir(rel: string): string[] | undefined {
    const names = this.inner.readdir(rel);
    if (this.first(`d\0${rel}`)) this.lookups.push(['readdir', rel, names ? [...names] : null]);
    return names;
  }
}

function statOf(s: EntryStat | undefined): EntryStat | null {
  return s ? { type: s.type, mode: s.mode, size: s.size, uid: s.uid, gid: s.gid } : null;
}

/** Whether root.path and every rootfs lookup of a recording still give the recorded answers. */
export function unchanged(source: DirBundleSource, recorded: Recording): boolean {
  for (const [rootPath, status, opened] of recorded.roots) {
    if (JSON.stringify(source.inspectRoot(rootPath)) !== JSON.stringify(status)) return false;
    if (!opened) continue;
    const rootfs = source.openRootfs(rootPath);
    if (!rootfs) return false;
    if (!recorded.lookups.every((l) => sameAnswer(rootfs.raw, l))) return false;
  }
  return true;
}

function sameAnswer(tree: RawTree, l: Lookup): boolean {
  switch (l[0]) {
    case 'lstat':
      return JSON.stringify(statOf(tree.lstat(l[1]))) === JSON.stringify(l[2]);
    case 'readlink':
      return (tree.readlink(l[1]) ?? null) === l[2];
    case 'readFile': {
      const data = tree.readFile(l[1], l[2]);
      return (data ? sha256(data) : null) === l[3];
    }
    case 'readdir':
      return JSON.stringify(tree.readdir(l[1]) ?? null) === JSON.stringify(l[2]);
  }
}
