// The root filesystem an image's layers make, built in memory without unpacking anything: each
// layer is applied over the tree of those below it as the image-spec says
// (https://github.com/opencontainers/image-spec/blob/v1.1.0/layer.md#applying-changesets):
// - its whiteouts first: ".wh.NAME" removes NAME of the lower layers, ".wh..wh..opq" every child
//   of its directory in the lower layers; whiteouts never appear in the tree themselves;
// - then its entries: a directory over a directory takes the new attributes and keeps the
//   children, anything else replaces what was there (a directory with all below it);
// - a hard link is the file its name leads to at that moment, in this layer or a lower one, so a
//   link across layers keeps the contents it was made with.
// Each node remembers the layer that wrote it, for findings that name where a file comes from.
// The tree answers as a RawTree, so the Rootfs view and every rootfs rule work on it unchanged.

import type { EntryStat, FileType, RawTree } from '../rootfs.js';
import type { TarEntry } from '../tar.js';

export interface Node {
  type: FileType;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  link?: string;
  /** The layer (0-based) whose entry made the node. */
  layer: number;
  /** The first bytes of a regular file, when kept. */
  data?: Uint8Array;
  /** Where the file's bytes start in its layer's tar stream. */
  offset: number;
}

/** Something odd about an entry while a layer was applied, for the image-layer rule. */
export interface EntryProblem {
  layer: number;
  entry: string;
  problem: 'hardlink-missing' | 'hardlink-dir' | 'whiteout-bad';
  target?: string;
}

const WH = '.wh.';
const OPAQUE = '.wh..wh..opq';

export class ImageTree implements RawTree {
  private readonly nodes = new Map<string, Node>();
  private readonly children = new Map<string, Set<string>>();
  readonly problems: EntryProblem[] = [];

  constructor(
    /** Bytes of a layer's tar stream read again from disk, for files whose first bytes were not kept. */
    private readonly preads: readonly (((offset: number, length: number) => Uint8Array | undefined) | undefined)[] = [],
  ) {
    this.nodes.set('', { type: 'dir', mode: 0o755, uid: 0, gid: 0, size: 0, layer: -1, offset: 0 });
  }

  /** Applies one layer's entries (as the tar index holds them) over the tree. */
  apply(layer: number, entries: ReadonlyMap<string, TarEntry>): void {
    // Whiteouts first, whatever their place in the archive: they only remove what lower layers made.
    for (const p of entries.keys()) {
      const slash = p.lastIndexOf('/');
      const dir = slash < 0 ? '' : p.slice(0, slash);
      const base = p.slice(slash + 1);
      if (base === OPAQUE) {
        for (const child of [...(this.children.get(dir) ?? [])]) this.remove(dir === '' ? child : `${dir}/${child}`);
      } else if (base.startsWith(WH)) {
        const name = base.slice(WH.length);
        if (name === '' || name === '.' || name === '..') this.problems.push({ layer, entry: p, problem: 'whiteout-bad' });
        else this.remove(dir === '' ? name : `${dir}/${name}`);
      }
    }
    for (const [p, e] of entries) {
      const base = p.slice(p.lastIndexOf('/') + 1);
      if (base.startsWith(WH)) continue;
      if (e.type === 'hardlink') {
        const target = e.link ?? '';
        const t = target === '' ? undefined : this.nodes.get(target);
        if (!t) {
          this.problems.push({ layer, entry: p, problem: 'hardlink-missing', target: e.link ?? '' });
          continue;
        }
        if (t.type === 'dir') {
          this.problems.push({ layer, entry: p, problem: 'hardlink-dir', target });
          continue;
        }
        this.put(p, { ...t });
        continue;
      }
      const node: Node = { type: e.type as FileType, mode: e.mode, uid: e.uid, gid: e.gid, size: e.size, layer, offset: e.offset };
      if (e.link !== undefined) node.link = e.link;
      if (e.data !== undefined && e.data.length > 0) node.data = e.data;
      this.put(p, node);
    }
  }

  private put(p: string, node: Node): void {
    if (p === '') {
      // The layer's "./": the root's attributes.
      if (node.type === 'dir') this.nodes.set('', node);
      return;
    }
    const old = this.nodes.get(p);
    if (old && !(old.type === 'dir' && node.type === 'dir')) this.remove(p);
    this.ensureParent(p);
    this.nodes.set(p, node);
    const slash = p.lastIndexOf('/');
    const dir = slash < 0 ? '' : p.slice(0, slash);
    let set = this.children.get(dir);
    if (!set) this.children.set(dir, (set = new Set()));
    set.add(p.slice(slash + 1));
  }

  /** Creates missing parent directories (as tar extraction does); a non-directory parent is replaced. */
  private ensureParent(p: string): void {
    const slash = p.lastIndexOf('/');
    if (slash < 0) return;
    const dir = p.slice(0, slash);
    const cur = this.nodes.get(dir);
    if (cur?.type === 'dir') return;
    this.put(dir, { type: 'dir', mode: 0o755, uid: 0, gid: 0, size: 0, layer: -1, offset: 0 });
  }

  /** Removes a path and everything below it. */
  private remove(p: string): void {
    if (!this.nodes.delete(p)) return;
    const below = this.children.get(p);
    if (below) {
      this.children.delete(p);
      for (const c of below) this.remove(`${p}/${c}`);
    }
    const slash = p.lastIndexOf('/');
    this.children.get(slash < 0 ? '' : p.slice(0, slash))?.delete(p.slice(slash + 1));
  }

  /** The node at a path (no link followed), for findings that name the layer a file comes from. */
  node(rel: string): Node | undefined {
    return this.nodes.get(rel);
  }

  get size(): number {
    return this.nodes.size;
  }

  lstat(rel: string): EntryStat | undefined {
    const n = this.nodes.get(rel);
    return n && { type: n.type, mode: n.mode, size: n.size, uid: n.uid, gid: n.gid };
  }

  readlink(rel: string): string | undefined {
    const n = this.nodes.get(rel);
    return n?.type === 'symlink' ? n.link : undefined;
  }

  readFile(rel: string, limit: number): Uint8Array | undefined {
    const n = this.nodes.get(rel);
    if (n?.type !== 'file') return undefined;
    const want = Math.min(n.size, limit);
    const have = n.data ?? new Uint8Array(0);
    if (have.length >= want) return have.subarray(0, want);
    // Beyond what was kept: an uncompressed layer on disk is read again; otherwise the kept head
    // is all there is (as for a large compressed bundle archive).
    return this.preads[n.layer]?.(n.offset, want) ?? have;
  }

  readdir(rel: string): string[] | undefined {
    const n = this.nodes.get(rel);
    if (n?.type !== 'dir') return undefined;
    return [...(this.children.get(rel) ?? [])];
  }
}
