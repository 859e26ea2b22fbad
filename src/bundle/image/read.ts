// Reads an image as the bundle it will become: chooses the image (resolve.ts), reads and verifies
// its config, streams its layers once each into one tree (layers.ts, tree.ts), and converts the
// config over the runtime template (convert.ts). Loaded only when an image is linted.

import { JsonDocument } from '../../json/document.js';
import { Rootfs } from '../rootfs.js';
import { convert, type Origin } from './convert.js';
import type { ImageFacts } from './facts.js';
import { ImageFindings } from './findings.js';
import { DEFAULT_LIMITS, declaredCompression, readLayer, type Limits, type Spent } from './layers.js';
import { MAX_JSON, resolveImage, short, verify, type LayerRef, type Platform } from './resolve.js';
import type { ImageStore } from './store.js';
import { defaultTemplate } from './template.js';
import { ImageTree } from './tree.js';

export interface ImageOptions {
  ref?: string | undefined;
  platform?: Platform | undefined;
  /** The runtime template (--bundle-template), parsed; undefined: runc spec's defaults. */
  template?: { value: Record<string, unknown>; name: string } | undefined;
  limits?: Limits;
}

export interface ImageRead {
  /** The generated config.json, and its value. */
  configText: string;
  generated: Record<string, unknown>;
  /** The image config: its text and positions, and how reports name it. */
  imageConfig: JsonDocument;
  configShown: string;
  origins: Origin[];
  /** The rootfs; undefined when a layer could not be read whole. */
  tree: ImageTree | undefined;
  layers: LayerRef[];
  facts: ImageFacts;
  templateName: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export async function readImage(store: ImageStore, opts: ImageOptions, findings: ImageFindings): Promise<ImageRead | undefined> {
  const resolved = resolveImage(store, findings, { ref: opts.ref, platform: opts.platform });
  if (!resolved) return undefined;
  const what = 'the image config';
  const raw = store.read(resolved.configMember, MAX_JSON);
  if (!raw.ok) {
    findings.add('image-blob', raw.reason === 'missing' ? 'missing' : 'unreadable', { image: store.name, what, blob: store.shown(resolved.configMember), detail: raw.detail ?? raw.reason });
    return undefined;
  }
  if (resolved.configDigest) verify(store, resolved.configMember, what, raw.bytes, { digest: resolved.configDigest, size: resolved.configSize }, findings);
  const doc = new JsonDocument(raw.bytes);
  if (!doc.parsed || !isObj(doc.value)) {
    findings.add('image-manifest', 'badJson', { image: store.name, what, blob: store.shown(resolved.configMember), detail: doc.parsed ? 'it is not a JSON object' : 'it is not valid JSON' });
    return undefined;
  }
  const config = doc.value;
  const rootfs = isObj(config['rootfs']) ? config['rootfs'] : {};
  const diffIds = Array.isArray(rootfs['diff_ids']) ? rootfs['diff_ids'] : undefined;
  if (diffIds && diffIds.length !== resolved.layers.length) {
    findings.add('image-manifest', 'diffIds', { image: store.name, layers: String(resolved.layers.length), diffIds: String(diffIds.length) });
  }

  const tree = await buildTree(store, resolved.layers, diffIds, opts.limits ?? DEFAULT_LIMITS, findings);
  const view = tree && new Rootfs(tree);
  const text = (p: string): string | undefined => {
    const b = view?.readFile(p, 1024 * 1024);
    return b ? Buffer.from(b).toString('utf8') : undefined;
  };
  const template = opts.template?.value ?? defaultTemplate();
  const conversion = convert(config, template, { passwd: text('/etc/passwd'), group: text('/etc/group') });
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const facts: ImageFacts = {
    name: resolved.ref ? `${store.name} (${resolved.ref})` : store.name,
    platform: { os: str(config['os']), architecture: str(config['architecture']), variant: str(config['variant']) },
    requested: opts.platform,
    listed: resolved.descriptorPlatform,
    user: conversion.user,
    noCommand: conversion.noCommand,
  };
  return {
    configText: JSON.stringify(conversion.config, null, 2) + '\n',
    generated: conversion.config,
    imageConfig: doc,
    configShown: store.shown(resolved.configMember),
    origins: conversion.origins,
    tree,
    layers: resolved.layers,
    facts,
    templateName: opts.template?.name ?? 'the defaults of runc spec',
  };
}

/** Streams every layer into one tree; undefined when one of them could not be read whole. */
async function buildTree(store: ImageStore, layers: readonly LayerRef[], diffIds: unknown[] | undefined, limits: Limits, findings: ImageFindings): Promise<ImageTree | undefined> {
  const preads: (((offset: number, length: number) => Uint8Array | undefined) | undefined)[] = [];
  // Each layer is applied as soon as it is read: only one layer's index is held besides the tree.
  const tree = new ImageTree(preads);
  let whole = true;
  const spent: Spent = { bytes: 0, entries: 0 };
  const base = { image: store.name };
  for (const [i, layer] of layers.entries()) {
    const member = store.open(layer.member);
    if (member === 'missing' || member === 'not-file') {
      findings.add('image-blob', member === 'missing' ? 'missing' : 'unreadable', { ...base, what: layer.label, blob: store.shown(layer.member), detail: 'it is not a regular file' });
      whole = false;
      break;
    }
    const algorithm = layer.digest?.slice(0, layer.digest.indexOf(':'));
    const read = await readLayer(member, algorithm, limits, spent);
    const data = { ...base, layer: layer.label };
    if (read.ioError !== undefined) {
      findings.add('image-blob', 'unreadable', { ...base, what: layer.label, blob: store.shown(layer.member), detail: read.ioError });
      whole = false;
      break;
    }
    const declared = declaredCompression(layer.mediaType);
    if (declared !== undefined && declared !== read.compression) {
      findings.add('image-layer', 'mediaType', { ...data, mediaType: layer.mediaType!, actual: read.compression === 'none' ? 'an uncompressed tar' : `${read.compression}-compressed` });
    }
    if (read.stopped) {
      const { limit, inflated, compressed } = read.stopped;
      if (limit === 'entries') findings.add('image-layer', 'tooManyEntries', { ...data, limit: String(limits.entries) });
      else findings.add('image-layer', 'bomb', { ...data, inflated: mib(inflated), compressed: mib(compressed), limit: limit === 'ratio' ? `${limits.ratio} times its size` : `${mib(limits.totalBytes)} for the whole image` });
      whole = false;
      break;
    }
    if (read.damage && read.damage.reason !== 'no-end') {
      const id = read.damage.reason === 'unsupported-compression' ? 'compression' : read.damage.reason === 'compressed-corrupt' ? 'corrupt' : 'tar';
      findings.add('image-layer', id, { ...data, detail: read.damage.detail });
      whole = false;
      break;
    }
    if (layer.size !== undefined && read.size !== layer.size) {
      findings.add('image-blob', 'size', { ...base, what: layer.label, blob: store.shown(layer.member), expected: String(layer.size), actual: String(read.size) });
    }
    if (layer.digest && read.digest && read.digest !== layer.digest) {
      findings.add('image-blob', 'digest', { ...base, what: layer.label, blob: store.shown(layer.member), expected: layer.digest, actual: read.digest });
    }
    const diffId = diffIds?.[i];
    if (typeof diffId === 'string' && read.diffId && diffId !== read.diffId) {
      findings.add('image-blob', 'diffId', { ...base, what: layer.label, blob: store.shown(layer.member), expected: short(diffId), actual: short(read.diffId) });
    }
    for (const o of read.odd.slice(0, 3)) findings.add('image-layer', o.reason === 'absolute' ? 'absolute' : 'climbsOut', { ...data, entry: o.name });
    preads[i] = read.pread;
    tree.apply(i, read.entries);
  }
  if (!whole) return undefined;
  for (const p of tree.problems.slice(0, 10)) {
    const layer = layers[p.layer]!.label;
    if (p.problem === 'whiteout-bad') findings.add('image-layer', 'whiteout', { image: store.name, layer, entry: p.entry });
    else findings.add('image-layer', p.problem === 'hardlink-dir' ? 'hardlinkDir' : 'hardlink', { image: store.name, layer, entry: p.entry, target: p.target ?? '' });
  }
  return tree;
}

function mib(n: number): string {
  return `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MiB`;
}
