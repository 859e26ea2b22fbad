// A bundle on disk: a directory holding config.json, or a config file of any name whose
// directory is the bundle.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { DirTree, fileType } from './dir-tree.js';
import { Rootfs, type FileType } from './rootfs.js';
import { ConfigReadError, type BundleSource, type RootStatus } from './source.js';

const { O_RDONLY, O_NONBLOCK = 0 } = fs.constants;

export class DirBundleSource implements BundleSource {
  readonly hasFilesystem = true;
  readonly bundlePath: string;
  private readonly bundleAbs: string;

  constructor(
    readonly configPath: string,
    bundleDir: string = path.dirname(configPath),
  ) {
    this.bundlePath = bundleDir;
    this.bundleAbs = path.resolve(bundleDir);
  }

  async readConfig(limit: number): Promise<Uint8Array> {
    let fd: number | undefined;
    try {
      // O_NONBLOCK: a FIFO named config.json must not hang the linter.
      fd = fs.openSync(this.configPath, O_RDONLY | O_NONBLOCK);
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

  private rootAbs(rootPath: string): string | undefined {
    const abs = path.resolve(this.bundleAbs, rootPath);
    const rel = path.relative(this.bundleAbs, abs);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel) || path.isAbsolute(rootPath)) return undefined;
    return abs;
  }

  private inspected: { rootPath: string; status: RootStatus } | undefined;

  inspectRoot(rootPath: string): RootStatus {
    // The engine asks, then openRootfs asks again: walk the path once.
    if (this.inspected?.rootPath === rootPath) return this.inspected.status;
    const status = this.walkRoot(rootPath);
    this.inspected = { rootPath, status };
    return status;
  }

  private walkRoot(rootPath: string): RootStatus {
    const abs = this.rootAbs(rootPath);
    if (!abs) return { kind: 'outside', resolvedPath: path.resolve(this.bundleAbs, rootPath) };
    // Walk the components below the bundle so that a symlinked parent is noticed too.
    const parts = path.relative(this.bundleAbs, abs).split(path.sep);
    let cur = this.bundleAbs;
    for (let i = 0; i < parts.length; i++) {
      cur = path.join(cur, parts[i]!);
      let st: fs.Stats | undefined;
      try {
        st = fs.lstatSync(cur, { throwIfNoEntry: false });
      } catch {
        st = undefined;
      }
      if (!st) return { kind: 'missing', at: parts.slice(0, i + 1).join('/') };
      if (st.isSymbolicLink()) {
        const target = safeReadlink(cur);
        return { kind: 'symlink', target, resolved: this.linkTargetType(cur) };
      }
      if (!st.isDirectory()) return { kind: 'not-dir', type: fileType(st) };
    }
    return { kind: 'dir' };
  }

  private linkTargetType(linkAbs: string): FileType | 'missing' | 'outside' {
    let real: string;
    try {
      real = fs.realpathSync(linkAbs);
    } catch {
      return 'missing';
    }
    const rel = path.relative(fs.realpathSync(this.bundleAbs), real);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return 'outside';
    return fileType(fs.statSync(real));
  }

  openRootfs(rootPath: string): Rootfs | undefined {
    const status = this.inspectRoot(rootPath);
    if (status.kind === 'dir') return new Rootfs(new DirTree(this.rootAbs(rootPath)!));
    if (status.kind === 'symlink' && status.resolved === 'dir') {
      // runc refuses a symlinked root.path (a finding says so), but the tree behind it is still
      // worth checking; the link stays inside the bundle, or we would not be here.
      return new Rootfs(new DirTree(fs.realpathSync(this.rootAbs(rootPath)!)));
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
