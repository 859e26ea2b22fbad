// Hashes without loading node:crypto at start-up: the module, and node:stream which it pulls in,
// cost a cold run of one bundle about 35 more built-in modules. They are loaded on the first hash.

import { createRequire } from 'node:module';
import type { Hash } from 'node:crypto';

let cryptoModule: typeof import('node:crypto') | undefined;

/** node:crypto's createHash, loaded on first use. */
export function createHash(algorithm: string): Hash {
  cryptoModule ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return cryptoModule.createHash(algorithm);
}
