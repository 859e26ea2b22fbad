// A bundle on disk: a directory holding config.json, or a config file of any name whose
// directory is the bundle.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { DirTree, fileType } from './dir-tree.js';
import { resolveInside } from './inside.js';
import { Rootfs, type FileType } from './rootfs.js';
import { ConfigReadError, type BundleSource, type RootStatus } from './source.js';

const { O_RDONLY, O_NONBLOCK = 0, O_NOFOLLOW = 0 } = fs.constants;

export class DirBundleSource implements BundleSource {
  readonly hasFilesystem = true;
  readonly bundlePath: string;
  private readonly bundleAbs: string;
  readonly hostDir: string;
  /** Found by a directory search or a glob (see BundleSource.searched). */
  searched = false;

  /**
   * `listing`: the bundle directory's entry names as discovery read them, and whether config.json
   * was a regular file there (then no lstat is needed before opening it with O_NOFOLLOW).
   */
  constructor(
    readonly configPath: string,
    bundleDir: string = path.dirname(configPath),
    private listing?: { names: ReadonlySet<string>; configIsFile: boolean },
  ) {
    this.bundlePath = bundleDir;
    this.bundleAbs = path.resolve(bundleDir);
    this.hostDir = this.bundleAbs;
  }

  get configFile(): string {
    return path.resolve(this.configPath);
  }

  get dirEntries(): ReadonlySet<string> | undefined {
    return this.listing?.names;
  }

  async readConfig(limit: number): Promise<Uint8Array> {
    let fd: number | undefined;
    try {
      // A config.json that is a symlink is followed only while it stays in the bundle: a link to
      // /etc/shadow must not put a byte of it into a report.
      let file = this.configPath;
      if (!this.listing?.configIsFile && fs.lstatSync(file).isSymbolicLink()) {
        const r = resolveInside(fs.realpathSync(this.bundleAbs), path.relative(this.bundleAbs, path.resolve(file)));
        if (r.kind === 'outside') throw new ConfigReadError(`${this.configPath} is a symlink that leads out of the bundle; it was not read`, 'unreadable');
        if (r.kind !== 'inside') throw new ConfigReadError(`${this.configPath} is a symlink that leads nowhere (${r.kind})`, 'unreadable');
        file = r.abs;
      }
      // O_NONBLOCK: a FIFO named config.json must not hang the linter. O_NOFOLLOW: the link
      // was resolved above, a link swapped in since must not redirect the read.
      fd = fs.openSync(file, O_RDONLY | O_NONBLOCK | O_NOFOLLOW);
      const st = fs.fstatSync(fd);
      if (!st.isFile()) throw new ConfigReadError(`${this.configPath} is not a regular file`, 'not-a-file');
      if (st.size > limit) {
        throw new ConfigReadError(`the file is ${st.size} bytes, over the ${limit}-byte limit (--max-config-size)`, 'too-large');
      }
      const buf = Buffer.alloc(st.size);
      let n = 0;
      while (n < st.size) {
        const got = fs.readSync(fd, buf, n, st.size - n, null);
        if (got === 0) break;
        n += got;
      }
      return buf.subarray(0, n);
    } catch (e) {
      if (e instanceof ConfigReadError) throw e;
      throw new ConfigReadError(`cannot read ${this.configPath}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, 'unreadable');
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  }

  /**
   * Where root.path is, when it names the bundle directory or a place below it (else undefined):
   * relative to the bundle, or absolute and inside it, as the runtimes resolve it ("." is the
   * bundle directory itself, and an engine writes the absolute path of the bundle's rootfs).
   */
  private rootAbs(rootPath: string): { abs: string; rel: string } | undefined {
    const abs = path.resolve(this.bundleAbs, rootPath);
    const rel = path.relative(this.bundleAbs, abs);
    if (rel === '..' || rel.startsWith('..' + path.sep) || path.isAbsolute(rel)) return undefined;
    return { abs, rel };
  }

  private inspected: { rootPath: string; status: RootStatus; stat: fs.Stats | undefined; abs: string | undefined } | undefined;

  /** Drops what the source learnt while it was linted: a batch holds every source to its end. */
  close(): void {
    this.inspected = undefined;
    this.listing = undefined;
  }

  inspectRoot(rootPath: string): RootStatus {
    // The engine asks, then openRootfs asks again: walk the path once.
    if (this.inspected?.rootPath === rootPath) return this.inspected.status;
    const where = this.rootAbs(rootPath);
    const walked = this.walkRoot(rootPath, where?.rel);
    this.inspected = { rootPath, status: walked.status, stat: walked.stat, abs: where?.abs };
    return walked.status;
  }

  /** The root's status, and the root directory's own lstat when it is one. */
  private walkRoot(rootPath: string, rel: string | undefined): { status: RootStatus; stat?: fs.Stats } {
    const status = (s: RootStatus, stat?: fs.Stats) => ({ status: s, ...(stat && { stat }) });
    if (rel === undefined) return status({ kind: 'outside', resolvedPath: path.resolve(this.bundleAbs, rootPath) });
    // Walk the components below the bundle so that a symlinked parent is noticed too.
    if (rel === '') {
      const st = fs.lstatSync(this.bundleAbs, { throwIfNoEntry: false });
      return st?.isDirectory() ? status({ kind: 'dir' }, st) : status({ kind: 'missing', at: '.' });
    }
    const parts = rel.split(path.sep);
    let cur = this.bundleAbs;
    let st: fs.Stats | undefined;
    for (let i = 0; i < parts.length; i++) {
      // `rel` is normalised: joining needs no path.join.
      cur = (cur.endsWith(path.sep) ? cur : cur + path.sep) + parts[i]!;
      try {
        st = fs.lstatSync(cur, { throwIfNoEntry: false });
      } catch {
        st = undefined;
      }
      if (!st) return status({ kind: 'missing', at: parts.slice(0, i + 1).join('/') });
      if (st.isSymbolicLink()) {
        const target = safeReadlink(cur);
        return status({ kind: 'symlink', target, resolved: this.linkTargetType(cur) });
      }
      if (!st.isDirectory()) return status({ kind: 'not-dir', type: fileType(st) });
    }
    return status({ kind: 'dir' }, st);
  }

  /** What a symlink below the bundle leads to, resolved without ever leaving the bundle. */
  private resolveLink(linkAbs: string) {
    let real: string;
    try {
      real = fs.realpathSync(this.bundleAbs);
    } catch {
      return { kind: 'missing' } as const;
    }
    return resolveInside(real, path.relative(this.bundleAbs, linkAbs));
  }

  private linkTargetType(linkAbs: string): FileType | 'missing' | 'outside' {
    const r = this.resolveLink(linkAbs);
    if (r.kind === 'inside') return fileType(r.stat);
    return r.kind === 'outside' ? 'outside' : 'missing';
  }

  openRootfs(rootPath: string): Rootfs | undefined {
    const status = this.inspectRoot(rootPath);
    const abs = this.inspected?.abs;
    // Undefined only for a root.path outside the bundle.
    if (abs === undefined) return undefined;
    if (status.kind === 'dir') return new Rootfs(new DirTree(abs, this.inspected?.stat));
    if (status.kind === 'symlink' && status.resolved === 'dir') {
      // runc refuses a symlinked root.path (a finding says so), but the tree behind it is still
      // worth checking; the link stays inside the bundle, or we would not be here.
      const r = this.resolveLink(abs);
      return r.kind === 'inside' && r.stat.isDirectory() ? new Rootfs(new DirTree(r.abs)) : undefined;
    }
    return undefined;
  }
}

function safeReadlink(p: string): string {
  try {
    return fs.readlinkSync(p);
  } catch {
    return '';
  }
}
