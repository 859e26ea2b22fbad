// Container images described in code and written as OCI image layouts at test time: layer tars
// written byte by byte (so a test can hold whiteouts, hard links across layers, absolute or
// climbing names, any owner and mode, without root), blobs named by their digests, a manifest,
// an index and the oci-layout file.

import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import type { Tree } from './fixture.js';

export interface LayerEntry {
  path: string;
  type?: 'file' | 'dir' | 'symlink' | 'hardlink' | 'fifo';
  data?: string | Uint8Array;
  mode?: number;
  uid?: number;
  gid?: number;
  link?: string;
}

function header(e: LayerEntry, size: number): Buffer {
  const h = Buffer.alloc(512);
  const put = (s: string, at: number, len: number): void => void h.write(s, at, len, 'utf8');
  const oct = (n: number, at: number, len: number): void => put(n.toString(8).padStart(len - 1, '0') + '\0', at, len);
  let name = e.path;
  let prefix = '';
  if (Buffer.byteLength(name) > 100) {
    const cut = name.lastIndexOf('/', 154);
    prefix = name.slice(0, cut);
    name = name.slice(cut + 1);
  }
  put(name, 0, 100);
  const type = e.type ?? 'file';
  oct(e.mode ?? (type === 'dir' ? 0o755 : 0o644), 100, 8);
  oct(e.uid ?? 0, 108, 8);
  oct(e.gid ?? 0, 116, 8);
  oct(size, 124, 12);
  oct(0, 136, 12);
  h.fill(0x20, 148, 156);
  h[156] = { file: 0x30, hardlink: 0x31, symlink: 0x32, dir: 0x35, fifo: 0x36 }[type];
  if (e.link !== undefined) put(e.link, 157, 100);
  put('ustar\0', 257, 6);
  put('00', 263, 2);
  put(prefix, 345, 155);
  let sum = 0;
  for (const b of h) sum += b;
  put(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8);
  return h;
}

/** A tar archive of the entries, in order, with its end-of-archive marker. */
export function tarOf(entries: readonly LayerEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    const data = e.type === undefined || e.type === 'file' ? Buffer.from(e.data ?? '') : Buffer.alloc(0);
    parts.push(header(e, data.length), data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

/** A fixture Tree (test/helpers/fixture.ts) as layer entries, parents first. */
export function treeEntries(tree: Tree): LayerEntry[] {
  const out: LayerEntry[] = [];
  const dirs = new Set<string>();
  const parent = (p: string): void => {
    const d = path.posix.dirname(p);
    if (d === '.' || dirs.has(d)) return;
    parent(d);
    dirs.add(d);
    out.push({ path: d, type: 'dir' });
  };
  for (const [p, e] of Object.entries(tree)) {
    parent(p);
    if (e === 'dir' || 'dir' in e) {
      if (dirs.has(p)) continue;
      dirs.add(p);
      out.push({ path: p, type: 'dir', ...(e !== 'dir' && e.mode !== undefined && { mode: e.mode }) });
    } else if ('file' in e) out.push({ path: p, data: e.file, ...(e.mode !== undefined && { mode: e.mode }) });
    else if ('symlink' in e) out.push({ path: p, type: 'symlink', link: e.symlink });
    else out.push({ path: p, type: 'fifo' });
  }
  return out;
}

export type Compression = 'gzip' | 'none' | 'zstd';

export interface LayerSpec {
  entries?: LayerEntry[];
  /** The blob's bytes as they are (a damaged layer). */
  raw?: Buffer;
  compression?: Compression;
  mediaType?: string;
}

export interface ImageSpec {
  /** The image config; `rootfs.diff_ids` is filled in unless given. */
  config: Record<string, unknown>;
  layers: (LayerEntry[] | LayerSpec)[];
  compression?: Compression;
  ref?: string;
  /** Platform listed in index.json for the manifest. */
  platform?: { os: string; architecture: string };
}

export interface BuiltImage {
  dir: string;
  config: string;
  manifest: string;
  layers: string[];
}

const sha = (b: Uint8Array): string => `sha256:${createHash('sha256').update(b).digest('hex')}`;

export function writeBlob(dir: string, bytes: Uint8Array): string {
  const digest = sha(bytes);
  const file = path.join(dir, 'blobs', 'sha256', digest.slice(7));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return digest;
}

export function blobPath(dir: string, digest: string): string {
  return path.join(dir, 'blobs', 'sha256', digest.replace(/^sha256:/, ''));
}

function compress(tar: Buffer, how: Compression): Buffer {
  if (how === 'gzip') return zlib.gzipSync(tar);
  if (how === 'zstd') return execFileSync('zstd', ['-q', '-c'], { input: tar, maxBuffer: 1 << 30 });
  return tar;
}

const MEDIA: Record<Compression, string> = {
  gzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  zstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
  none: 'application/vnd.oci.image.layer.v1.tar',
};

/** Layer descriptors and diff_ids for the layers, their blobs written. */
export function writeLayers(dir: string, layers: ImageSpec['layers'], compression: Compression = 'gzip'): { descriptors: Record<string, unknown>[]; diffIds: string[] } {
  const descriptors: Record<string, unknown>[] = [];
  const diffIds: string[] = [];
  for (const l of layers) {
    const spec: LayerSpec = Array.isArray(l) ? { entries: l } : l;
    const how = spec.compression ?? compression;
    const tar = spec.raw ?? tarOf(spec.entries ?? []);
    const blob = spec.raw ?? compress(tar, how);
    diffIds.push(sha(spec.raw ? Buffer.alloc(0) : tar));
    descriptors.push({ mediaType: spec.mediaType ?? MEDIA[how], digest: writeBlob(dir, blob), size: blob.length });
  }
  return { descriptors, diffIds };
}

/** Writes an OCI image layout holding one image. */
export function buildImage(dir: string, spec: ImageSpec): BuiltImage {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  const { descriptors, diffIds } = writeLayers(dir, spec.layers, spec.compression);
  const config = { ...spec.config };
  if (config['rootfs'] === undefined) config['rootfs'] = { type: 'layers', diff_ids: diffIds };
  const configBytes = Buffer.from(JSON.stringify(config));
  const configDigest = writeBlob(dir, configBytes);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configDigest, size: configBytes.length },
      layers: descriptors,
    }),
  );
  const manifestDigest = writeBlob(dir, manifest);
  const index = {
    schemaVersion: 2,
    manifests: [
      {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: manifestDigest,
        size: manifest.length,
        annotations: { 'org.opencontainers.image.ref.name': spec.ref ?? 'latest' },
        ...(spec.platform && { platform: spec.platform }),
      },
    ],
  };
  fs.writeFileSync(path.join(dir, 'index.json'), JSON.stringify(index));
  return { dir, config: configDigest, manifest: manifestDigest, layers: descriptors.map((d) => d['digest'] as string) };
}

/** An image config for linux/amd64 with this `config` section. */
export function imageConfig(config: Record<string, unknown> = {}, top: Record<string, unknown> = {}): Record<string, unknown> {
  return { architecture: 'amd64', os: 'linux', ...top, config };
}

/** Packs a layout directory into a tar archive (an oci-archive). */
export function packLayout(dir: string, out = `${dir}.tar`): string {
  execFileSync('tar', ['-cf', out, '-C', dir, '.']);
  return out;
}

import { ImageBundleSource, type ImageOptions } from '../../src/bundle/image/source.js';
import { DirStore } from '../../src/bundle/image/store.js';
import { ArchiveBundleSource } from '../../src/bundle/archive-source.js';
import { lintSource, type FileResult } from '../../src/engine/lint.js';
import { resolveSettings } from '../../src/engine/presets.js';
import type { AnyRule } from '../../src/rules/api.js';

/** Lints an image layout directory (or an image archive, for a .tar) with these rules at their default severities. */
export async function lintImage(image: string, rules: readonly AnyRule[], opts: ImageOptions = {}, preset: 'all' | 'recommended' = 'all'): Promise<FileResult> {
  const source = image.endsWith('.tar') ? new ArchiveBundleSource(image, undefined, opts) : new ImageBundleSource(new DirStore(image), opts, image);
  try {
    return await lintSource(source, { rules, settings: resolveSettings(rules.map((r) => r.meta), preset) });
  } finally {
    source.close();
  }
}

/** [ruleId, messageId, pointer or rootfs path] of each finding. */
export function found(r: FileResult): [string, string, string][] {
  return r.diagnostics.map((d): [string, string, string] => [d.ruleId, d.messageId, d.location.kind === 'rootfs' ? d.location.path : 'pointer' in d.location ? (d.location.pointer ?? '') : '']);
}
