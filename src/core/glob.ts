// Globs (picomatch, loaded on first use): ignore patterns, configuration-file paths, inputs.

import { createRequire } from 'node:module';

export function globMatcher(globs: readonly string[]): (p: string) => boolean {
  const pm = loadPicomatch();
  const cleaned = globs.map((g) => g.replace(/^\.\//, '').replace(/\/+$/, '') || '**');
  return pm(cleaned, { dot: true });
}

type Picomatch = typeof import('picomatch');
let picomatchModule: Picomatch | undefined;
export function loadPicomatch(): Picomatch {
  picomatchModule ??= createRequire(import.meta.url)('picomatch') as Picomatch;
  return picomatchModule;
}
