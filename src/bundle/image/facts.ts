// What an image says about itself, for the image-* rules: the platform it is for, what was asked
// for, and how the conversion went where it can fail (Config.User, an empty command).

import type { Platform } from './resolve.js';
import type { UserResolution } from './users.js';

export interface ImageFacts {
  /** How reports name the image (its path, and the ref when one was chosen). */
  name: string;
  /** os, architecture and variant as the image config writes them (absent fields undefined). */
  platform: { os: string | undefined; architecture: string | undefined; variant: string | undefined };
  /** --platform, when given. */
  requested: Platform | undefined;
  /** The platform the index lists the manifest under, when it does. */
  listed: Platform | undefined;
  /** Config.User as written and what it resolved to; undefined when the config sets no User. */
  user: { spec: string; resolution: UserResolution } | undefined;
  /** Entrypoint and Cmd are both empty. */
  noCommand: boolean;
}
