// Golden files: compare, or rewrite them with UPDATE=1.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers/paths.js';

const goldenDir = path.join(repoRoot, 'test', 'formatters', 'golden');

export function golden(name: string, actual: string): void {
  const file = path.join(goldenDir, name);
  if (process.env['UPDATE']) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  assert.ok(fs.existsSync(file), `golden ${file} is missing; run with UPDATE=1 to create it`);
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `output differs from ${file} (UPDATE=1 rewrites it)`);
}
