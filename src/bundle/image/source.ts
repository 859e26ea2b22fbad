// A container image linted as the bundle it will become (docs/images.md): an OCI image layout
// directory, or a tar archive of one or of `docker save`. config.json is generated from the image
// config over the runtime template, and the rootfs is the tree the layers make; neither is ever
// written anywhere. Findings are moved to where their cause is: a field of the image config
// (Entrypoint, User, ...) with its line and column, or, for a field the runtime template gave,
// the template by name; a rootfs finding's detail names the layer its file comes from.
//
// Reports name the image config blob as the file (`img/blobs/sha256/4a1c...`, or
// `img.tar!/blobs/sha256/4a1c...` in an archive), since that is where an image's own findings
// point.

import * as path from 'node:path';
import type { Diagnostic, Location } from '../../core/types.js';
import { Rootfs } from '../rootfs.js';
import { ConfigReadError, SourceFailedError, type BundleSource, type RootStatus, type SourceFinding } from '../source.js';
import type { ImageFacts } from './facts.js';
import { ImageFindings } from './findings.js';
import { originOf } from './convert.js';
import { displayPath, pathFrom } from '../../json/pointer.js';
import type { ImageOptions, ImageRead } from './read.js';
import type { ImageStore } from './store.js';

export type { ImageOptions } from './read.js';

export class ImageBundleSource implements BundleSource {
  readonly hasFilesystem = true;
  configPath: string;
  readonly bundlePath: string;
  readonly configLookupDir: string | undefined;
  findings: SourceFinding[] = [];
  image: ImageFacts | undefined;
  private read: ImageRead | undefined;

  constructor(
    private readonly store: ImageStore,
    private readonly opts: ImageOptions,
    /** The image on disk (directory or archive), when it is a file of this machine. */
    onDisk: string | undefined,
  ) {
    this.bundlePath = store.name;
    this.configPath = store.name;
    // The configuration file is looked up from the image's own directory (a layout) or the
    // directory holding the archive.
    if (onDisk !== undefined) this.configLookupDir = store.kind === 'layout' ? path.resolve(onDisk) : path.dirname(path.resolve(onDisk));
  }

  async readConfig(limit: number): Promise<Uint8Array> {
    const { readImage } = await import('./read.js');
    const findings = new ImageFindings();
    try {
      this.read = await readImage(this.store, this.opts, findings);
    } finally {
      this.findings = findings.list;
    }
    if (!this.read) throw new SourceFailedError(`${this.store.name}: no image config to convert`);
    this.configPath = this.read.configShown;
    this.image = this.read.facts;
    const bytes = Buffer.from(this.read.configText, 'utf8');
    if (bytes.length > limit) throw new ConfigReadError(`the generated config is ${bytes.length} bytes, over the ${limit}-byte limit (--max-config-size)`, 'too-large');
    return bytes;
  }

  /** Findings are moved to the image config (relocate): their ranges are in its text. */
  findingText(): string | undefined {
    return this.read?.imageConfig.text;
  }

  /** Whatever root.path the template names, it is the image's rootfs. */
  inspectRoot(): RootStatus {
    return { kind: 'dir' };
  }

  openRootfs(): Rootfs | undefined {
    return this.read?.tree && new Rootfs(this.read.tree);
  }

  relocate(d: Diagnostic): Diagnostic {
    const read = this.read;
    if (!read) return d;
    const notes: string[] = [];
    const location = this.move(d.location, notes);
    // Fixes and suggestions are edits of the generated config.json, which no one can edit: the
    // finding keeps neither (--fix never writes an image).
    const { fix: _fix, suggestions: _suggestions, ...rest } = d;
    const out: Diagnostic = { ...rest, location };
    if (d.related) out.related = d.related.map((r) => ({ ...r, location: this.move(r.location, []) }));
    if (d.location.kind === 'rootfs') {
      const node = read.tree?.node(d.location.path.replace(/^\/+/, ''));
      const layer = node && node.layer >= 0 ? read.layers[node.layer] : undefined;
      if (layer) notes.push(`${d.location.path} comes from ${layer.label}.`);
    }
    if (notes.length) out.detail = [d.detail, ...notes].filter((s) => s !== undefined).join(' ');
    return out;
  }

  /** A place in the generated config, moved to the image config field it comes from. */
  private move(loc: Location, notes: string[]): Location {
    const read = this.read!;
    if (loc.kind === 'bundle' || loc.pointer === undefined) return loc;
    const image = originOf(read.origins, loc.pointer);
    if (image !== undefined) {
      const generated = displayPath(pathFrom(loc.pointer, read.generated));
      const field = image === '' ? 'the image config as a whole' : `${displayPath(pathFrom(image, read.imageConfig.value))} of the image config`;
      notes.push(`${generated === '(root)' ? 'The config' : generated} comes from ${field}.`);
      return { ...loc, pointer: image, range: read.imageConfig.rangeOf(image) };
    }
    notes.push(`It comes from the runtime template (${read.templateName}), at ${loc.pointer || '/'} of the generated config.json, not from the image.`);
    if (loc.kind === 'rootfs') return { kind: 'rootfs', path: loc.path };
    return { kind: 'bundle' };
  }

  close(): void {
    this.read = undefined;
  }
}
