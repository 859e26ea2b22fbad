// --image-ref, --platform and --bundle-template, checked once per run: a bad value is a usage
// error (exit 2) naming the option, before any image is read.

import * as path from 'node:path';
import { NotReadableError, readRegularFile } from '../files.js';
import { JsonDocument } from '../../json/document.js';
import { InputError } from '../source.js';
import { parsePlatform } from './resolve.js';
import type { ImageOptions } from './read.js';

export interface ImageFlags {
  imageRef?: string | undefined;
  platform?: string | undefined;
  bundleTemplate?: string | undefined;
}

const MAX_TEMPLATE = 16 * 1024 * 1024;

export function imageOptions(flags: ImageFlags, cwd: string): ImageOptions {
  const out: ImageOptions = {};
  if (flags.imageRef !== undefined) {
    if (flags.imageRef === '') throw new InputError('--image-ref needs a reference, such as "latest" or "alpine:3.19"');
    out.ref = flags.imageRef;
  }
  if (flags.platform !== undefined) {
    const p = parsePlatform(flags.platform);
    if (!p) throw new InputError(`--platform expects OS/ARCHITECTURE[/VARIANT], such as linux/arm64, got "${flags.platform}"`);
    out.platform = p;
  }
  if (flags.bundleTemplate !== undefined) {
    const file = path.resolve(cwd, flags.bundleTemplate);
    let text: string;
    try {
      text = readRegularFile(file, MAX_TEMPLATE, flags.bundleTemplate);
    } catch (e) {
      const why = e instanceof NotReadableError ? e.message : `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`;
      throw new InputError(`--bundle-template ${flags.bundleTemplate}: ${why}`);
    }
    const doc = new JsonDocument(text);
    if (!doc.parsed) {
      const p = doc.problems[0];
      const where = p ? `${doc.positionAt(p.start).line}:${doc.positionAt(p.start).column}` : '';
      throw new InputError(`--bundle-template ${flags.bundleTemplate}${where ? `:${where}` : ''}: not valid JSON${p ? ` (${p.message})` : ''}`);
    }
    const value = doc.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(`--bundle-template ${flags.bundleTemplate}: not a JSON object (a config.json is one)`);
    out.template = { value: value as Record<string, unknown>, name: flags.bundleTemplate };
  }
  return out;
}
