// What a build's code is, for the result cache (src/engine/cache.ts): a hash of every compiled
// module under dist/src, so that results cached by one build are never taken for another's. The
// npm bundle (bundle.mjs) and the standalone executable (build-sea.mjs) carry the same hash.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export function buildHash(root) {
  const h = createHash('sha256');
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js')) h.update(path.relative(root, p)).update('\0').update(fs.readFileSync(p)).update('\0');
    }
  };
  walk(path.join(root, 'dist/src'));
  return h.digest('hex').slice(0, 32);
}
