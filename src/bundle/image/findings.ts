// Findings made while an image is read (a blob missing, a digest that does not match, a layer
// entry that climbs out): the engine reports them under the image-* engine rules, which carry
// their messages. Some make the image unusable: no config can be generated, or no rootfs built.

import type { SourceFinding } from '../source.js';

/** Findings after which there is no config to lint. */
const FATAL = new Set(['image-blob/missing', 'image-blob/unreadable', 'image-manifest/badJson', 'image-manifest/badIndex', 'image-manifest/badManifest', 'image-manifest/badDescriptor', 'image-manifest/noImage', 'image-manifest/loop', 'image-manifest/tooDeep']);

export class ImageFindings {
  readonly list: SourceFinding[] = [];

  constructor(private readonly keep = true) {}

  /** A collector that drops what it is given (for reads whose failure is reported elsewhere). */
  static discard(): ImageFindings {
    return new ImageFindings(false);
  }

  add(ruleId: string, messageId: string, data: Record<string, string>): void {
    if (!this.keep) return;
    // One finding per cause: the same blob missing for two manifests is said once.
    const key = `${ruleId}\0${messageId}\0${JSON.stringify(data)}`;
    if (this.list.some((f) => `${f.ruleId}\0${f.messageId}\0${JSON.stringify(f.data)}` === key)) return;
    this.list.push({ ruleId, messageId, data });
  }

  fatal(): boolean {
    return this.list.some((f) => FATAL.has(`${f.ruleId}/${f.messageId}`));
  }
}
