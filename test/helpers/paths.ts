import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (tests run from dist/test/, compiled from test/). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const cliPath = path.join(repoRoot, 'bin', 'ocilint.js');
export const fixturesDir = path.join(repoRoot, 'fixtures');
