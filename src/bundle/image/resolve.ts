// From an image's top to one image: its manifest, config and layers. An OCI layout's index.json
// (https://github.com/opencontainers/image-spec/blob/v1.1.0/image-layout.md) is walked through
// nested indexes (a loop or a depth past MAX_DEPTH is a finding, never a hang) to the manifests;
// a `docker save` archive's manifest.json lists its images by tag. Several images: --image-ref
// (org.opencontainers.image.ref.name, or a docker tag) and --platform choose; without them the
// only one, or the only one for this machine's platform, or an error listing them.

import { createHash } from '../../core/hash.js';
import { InputError } from '../source.js';
import type { ImageStore } from './store.js';
import { ImageFindings } from './findings.js';

export const MEDIA = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
} as const;

const INDEXES = new Set<string>([MEDIA.ociIndex, MEDIA.dockerList]);
const MANIFESTS = new Set<string>([MEDIA.ociManifest, MEDIA.dockerManifest]);
const CONFIGS = new Set<string>([MEDIA.ociConfig, MEDIA.dockerConfig]);
const LAYER_RE = /^application\/vnd\.(oci\.image\.layer(\.nondistributable)?\.v1\.tar(\+gzip|\+zstd)?|docker\.image\.rootfs\.(foreign\.)?diff\.tar\.gzip)$/;

const MAX_DEPTH = 8;
/** Index, manifest and config blobs larger than this are not read (they are a few KiB). */
export const MAX_JSON = 8 * 1024 * 1024;

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export function platformName(p: Platform): string {
  return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
}

export function parsePlatform(s: string): Platform | undefined {
  const [os, architecture, variant] = s.split('/');
  if (!os || !architecture) return undefined;
  return { os, architecture, ...(variant && { variant }) };
}

/** This machine's platform, named as images name it. */
export function hostPlatform(): Platform {
  const arch: Record<string, string> = { x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64', loong64: 'loong64', mips: 'mips' };
  return { os: 'linux', architecture: arch[process.arch] ?? process.arch };
}

export interface LayerRef {
  member: string;
  mediaType: string | undefined;
  digest: string | undefined;
  size: number | undefined;
  /** 1-based position, for messages: "layer 2 of 3 (sha256:4a1c...)". */
  label: string;
}

export interface Resolved {
  configMember: string;
  configDigest: string | undefined;
  configSize: number | undefined;
  layers: LayerRef[];
  /** What reports call the image: its ref and platform when known. */
  ref: string | undefined;
  descriptorPlatform: Platform | undefined;
}

interface Candidate {
  /** What makes two candidates one image (a manifest digest named under two refs). */
  key: string;
  refs: string[];
  platform: Platform | undefined;
  /** Reads the rest when chosen. */
  load(): Resolved | undefined;
  /** The platform its config names, read on demand. */
  configPlatform(): Platform | undefined;
}

export interface Selection {
  ref?: string | undefined;
  platform?: Platform | undefined;
}

const DIGEST_RE = /^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/;

export function blobMember(digest: string): string | undefined {
  const m = DIGEST_RE.exec(digest);
  return m ? `blobs/${m[1]}/${m[2]}` : undefined;
}

export function short(digest: string): string {
  const i = digest.indexOf(':');
  return i < 0 ? digest : digest.slice(0, i + 13);
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads and parses a small JSON member; verifies it against a descriptor when one is given. */
export function readJson(store: ImageStore, member: string, what: string, findings: ImageFindings, expect?: { digest: string; size: number | undefined }): unknown {
  const r = store.read(member, MAX_JSON);
  if (!r.ok) {
    if (r.reason === 'missing') findings.add('image-blob', 'missing', { image: store.name, what, blob: store.shown(member) });
    else findings.add('image-blob', 'unreadable', { image: store.name, what, blob: store.shown(member), detail: r.reason === 'not-file' ? 'it is not a regular file' : r.reason === 'too-large' ? `it is over ${MAX_JSON} bytes` : (r.detail ?? r.reason) });
    return undefined;
  }
  if (expect) verify(store, member, what, r.bytes, expect, findings);
  try {
    return JSON.parse(r.bytes.toString('utf8'));
  } catch (e) {
    findings.add('image-manifest', 'badJson', { image: store.name, what, blob: store.shown(member), detail: (e as Error).message });
    return undefined;
  }
}

export function verify(store: ImageStore, member: string, what: string, bytes: Uint8Array, expect: { digest: string; size: number | undefined }, findings: ImageFindings): void {
  const m = DIGEST_RE.exec(expect.digest);
  const alg = m?.[1];
  if (expect.size !== undefined && expect.size !== bytes.length) {
    findings.add('image-blob', 'size', { image: store.name, what, blob: store.shown(member), expected: String(expect.size), actual: String(bytes.length) });
  }
  if (alg !== 'sha256' && alg !== 'sha512') return;
  const actual = `${alg}:${createHash(alg).update(bytes).digest('hex')}`;
  if (actual !== expect.digest) findings.add('image-blob', 'digest', { image: store.name, what, blob: store.shown(member), expected: expect.digest, actual });
}

/** Checks a descriptor's digest and size fields; the blob member when they are usable. */
function descriptor(store: ImageStore, d: unknown, where: string, findings: ImageFindings): { member: string; digest: string; size: number | undefined; mediaType: string | undefined } | undefined {
  if (!isObj(d) || typeof d['digest'] !== 'string') {
    findings.add('image-manifest', 'badDescriptor', { image: store.name, where, detail: 'it has no digest' });
    return undefined;
  }
  const member = blobMember(d['digest']);
  if (!member) {
    findings.add('image-manifest', 'badDescriptor', { image: store.name, where, detail: `its digest "${d['digest']}" is malformed` });
    return undefined;
  }
  const size = typeof d['size'] === 'number' ? d['size'] : undefined;
  return { member, digest: d['digest'], size, mediaType: typeof d['mediaType'] === 'string' ? d['mediaType'] : undefined };
}

/** The images an OCI layout holds, through nested indexes. */
function layoutCandidates(store: ImageStore, findings: ImageFindings): Candidate[] {
  const out: Candidate[] = [];
  const layoutFile = readJson(store, 'oci-layout', 'the oci-layout file', ImageFindings.discard());
  if (!isObj(layoutFile)) findings.add('image-manifest', 'noLayoutFile', { image: store.name });
  else if (layoutFile['imageLayoutVersion'] !== '1.0.0') findings.add('image-manifest', 'layoutVersion', { image: store.name, version: String(layoutFile['imageLayoutVersion']) });
  const top = readJson(store, 'index.json', 'index.json', findings);
  if (top === undefined) return out;
  const walk = (index: unknown, where: string, stack: string[], refs: string[]): void => {
    const list = isObj(index) && Array.isArray(index['manifests']) ? index['manifests'] : undefined;
    if (!list) {
      findings.add('image-manifest', 'badIndex', { image: store.name, where });
      return;
    }
    list.forEach((d, i) => {
      const at = `${where} manifests[${i}]`;
      const desc = descriptor(store, d, at, findings);
      if (!desc) return;
      const annotations = isObj(d) && isObj(d['annotations']) ? d['annotations'] : {};
      const ref = annotations['org.opencontainers.image.ref.name'];
      const myRefs = typeof ref === 'string' ? [...refs, ref] : refs;
      const platform = isObj(d) && isObj(d['platform']) && typeof d['platform']['os'] === 'string' && typeof d['platform']['architecture'] === 'string'
        ? { os: d['platform']['os'], architecture: d['platform']['architecture'], ...(typeof d['platform']['variant'] === 'string' && { variant: d['platform']['variant'] }) }
        : undefined;
      if (desc.mediaType !== undefined && INDEXES.has(desc.mediaType)) {
        if (stack.includes(desc.digest)) {
          findings.add('image-manifest', 'loop', { image: store.name, where: at, digest: short(desc.digest) });
          return;
        }
        if (stack.length >= MAX_DEPTH) {
          findings.add('image-manifest', 'tooDeep', { image: store.name, where: at, depth: String(MAX_DEPTH) });
          return;
        }
        const child = readJson(store, desc.member, `the index ${short(desc.digest)}`, findings, desc);
        if (child !== undefined) walk(child, `index ${short(desc.digest)}`, [...stack, desc.digest], myRefs);
        return;
      }
      if (desc.mediaType !== undefined && !MANIFESTS.has(desc.mediaType)) return; // an artifact, a signature: not an image
      let manifest: unknown;
      let read = false;
      const getManifest = (): unknown => {
        if (!read) {
          read = true;
          manifest = readJson(store, desc.member, `the manifest ${short(desc.digest)}`, findings, desc);
        }
        return manifest;
      };
      const same = out.find((c) => c.key === desc.digest);
      if (same) {
        for (const r of myRefs) if (!same.refs.includes(r)) same.refs.push(r);
        return;
      }
      out.push({
        key: desc.digest,
        refs: myRefs,
        platform,
        load: () => fromManifest(store, getManifest(), `the manifest ${short(desc.digest)}`, findings, myRefs[myRefs.length - 1], platform),
        configPlatform: () => {
          const m = getManifest();
          const c = isObj(m) ? descriptor(store, m['config'], `the manifest ${short(desc.digest)}`, findings) : undefined;
          return c ? platformOf(readJson(store, c.member, 'the image config', ImageFindings.discard())) : undefined;
        },
      });
    });
  };
  walk(top, 'index.json', [], []);
  return out;
}

function platformOf(config: unknown): Platform | undefined {
  if (!isObj(config) || typeof config['os'] !== 'string' || typeof config['architecture'] !== 'string') return undefined;
  return { os: config['os'], architecture: config['architecture'], ...(typeof config['variant'] === 'string' && { variant: config['variant'] }) };
}

function fromManifest(store: ImageStore, manifest: unknown, what: string, findings: ImageFindings, ref: string | undefined, platform: Platform | undefined): Resolved | undefined {
  if (!isObj(manifest)) {
    if (manifest !== undefined) findings.add('image-manifest', 'badManifest', { image: store.name, where: what, detail: 'it is not a JSON object' });
    return undefined;
  }
  const config = descriptor(store, manifest['config'], `${what} config`, findings);
  if (!config) return undefined;
  if (config.mediaType !== undefined && !CONFIGS.has(config.mediaType)) {
    findings.add('image-manifest', 'configType', { image: store.name, where: what, mediaType: config.mediaType });
  }
  const layers: LayerRef[] = [];
  const list = Array.isArray(manifest['layers']) ? manifest['layers'] : [];
  if (!Array.isArray(manifest['layers'])) findings.add('image-manifest', 'badManifest', { image: store.name, where: what, detail: 'it has no layers array' });
  list.forEach((d, i) => {
    const desc = descriptor(store, d, `${what} layers[${i}]`, findings);
    if (!desc) return;
    if (desc.mediaType !== undefined && !LAYER_RE.test(desc.mediaType)) {
      findings.add('image-manifest', 'layerType', { image: store.name, where: `${what} layers[${i}]`, mediaType: desc.mediaType });
    }
    layers.push({ member: desc.member, mediaType: desc.mediaType, digest: desc.digest, size: desc.size, label: `layer ${i + 1} of ${list.length} (${short(desc.digest)})` });
  });
  return { configMember: config.member, configDigest: config.digest, configSize: config.size, layers, ref, descriptorPlatform: platform };
}

/** The images a `docker save` archive's manifest.json lists. */
function dockerCandidates(store: ImageStore, findings: ImageFindings): Candidate[] {
  const list = readJson(store, 'manifest.json', 'manifest.json', findings);
  if (!Array.isArray(list)) {
    if (list !== undefined) findings.add('image-manifest', 'badManifest', { image: store.name, where: 'manifest.json', detail: 'it is not a JSON array' });
    return [];
  }
  return list.map((m, i): Candidate => {
    const where = `manifest.json [${i}]`;
    const entry = isObj(m) ? m : {};
    const refs = Array.isArray(entry['RepoTags']) ? entry['RepoTags'].filter((t): t is string => typeof t === 'string') : [];
    const configMember = typeof entry['Config'] === 'string' ? entry['Config'] : undefined;
    return {
      key: `docker:${i}`,
      refs,
      platform: undefined,
      configPlatform: () => (configMember ? platformOf(readJson(store, configMember, 'the image config', ImageFindings.discard())) : undefined),
      load: () => {
        if (!configMember) {
          findings.add('image-manifest', 'badManifest', { image: store.name, where, detail: 'it names no Config' });
          return undefined;
        }
        // The file is named by its digest: "<hex>.json" (before Docker 25) or "blobs/sha256/<hex>".
        const hex = /(?:^|\/)([a-f0-9]{64})(?:\.json)?$/.exec(configMember)?.[1];
        const layerList = Array.isArray(entry['Layers']) ? entry['Layers'] : [];
        const layers = layerList.flatMap((l, j): LayerRef[] => {
          if (typeof l !== 'string') return [];
          const blob = /^blobs\/sha256\/([a-f0-9]{64})$/.exec(l)?.[1];
          return [{ member: l, mediaType: undefined, digest: blob ? `sha256:${blob}` : undefined, size: undefined, label: `layer ${j + 1} of ${layerList.length} (${l})` }];
        });
        return { configMember, configDigest: hex ? `sha256:${hex}` : undefined, configSize: undefined, layers, ref: refs[0], descriptorPlatform: undefined };
      },
    };
  });
}

/** The one image to lint; InputError when the choice is ambiguous or matches nothing. */
export function resolveImage(store: ImageStore, findings: ImageFindings, want: Selection): Resolved | undefined {
  const oci = store.has('index.json') && (store.has('oci-layout') || !store.has('manifest.json'));
  const candidates = oci ? layoutCandidates(store, findings) : dockerCandidates(store, findings);
  if (candidates.length === 0) {
    if (!findings.fatal()) findings.add('image-manifest', 'noImage', { image: store.name });
    return undefined;
  }
  const platformOfCandidate = (c: Candidate): Platform | undefined => c.platform ?? c.configPlatform();
  const samePlatform = (a: Platform | undefined, b: Platform): boolean =>
    a !== undefined && a.os === b.os && a.architecture === b.architecture && (b.variant === undefined || a.variant === b.variant);
  let pool = candidates;
  if (want.ref !== undefined) pool = pool.filter((c) => c.refs.some((r) => r === want.ref || r.endsWith(`:${want.ref}`) || r.endsWith(`/${want.ref}`)));
  if (want.platform) pool = pool.filter((c) => samePlatform(platformOfCandidate(c), want.platform!));
  const describe = (c: Candidate): string => {
    const p = platformOfCandidate(c);
    return `${c.refs.length ? c.refs.join(', ') : '(no ref)'}${p ? ` ${platformName(p)}` : ''}`;
  };
  if (pool.length === 0) {
    const asked = [want.ref !== undefined && `--image-ref ${want.ref}`, want.platform && `--platform ${platformName(want.platform)}`].filter(Boolean).join(' and ');
    throw new InputError(`${store.name}: no image matches ${asked}; it holds: ${candidates.map(describe).join('; ')}`);
  }
  if (pool.length > 1 && want.platform === undefined) {
    const host = hostPlatform();
    const native = pool.filter((c) => samePlatform(platformOfCandidate(c), host));
    if (native.length >= 1) pool = native;
  }
  if (pool.length > 1) {
    throw new InputError(`${store.name} holds ${pool.length} images; choose one with --image-ref or --platform: ${pool.map(describe).join('; ')}`);
  }
  return pool[0]!.load();
}
