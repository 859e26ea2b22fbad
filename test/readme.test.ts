// The README as a new user reads it: what ocilint does and a sample of its output first (the real
// output, so it cannot go stale), then the two quick-start commands, unchanged and first of its
// commands, then how to install it, then usage.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from './helpers/paths.js';
import { runCli } from './helpers/cli.js';

const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/^```(\w*)\n([^]*?)^```$/gm)].map((m) => ({ lang: m[1]!, text: m[2]!, at: m.index }));

describe('README', () => {
  it('starts with a sample of the output, which is what ocilint prints', () => {
    const first = blocks[0]!;
    assert.equal(first.lang, 'text');
    const [command, ...output] = first.text.split('\n');
    assert.equal(command, '$ ocilint fixtures/bundles');
    const r = runCli(['fixtures/bundles']);
    assert.equal(r.code, 1);
    assert.equal(output.join('\n'), r.stdout.split(repoRoot).join('/home/me/ocilint'));
  });

  it('gives the two quick-start commands first of its commands, as they were', () => {
    const commands = blocks.filter((b) => b.lang === 'sh');
    assert.equal(commands[0]!.text, 'npm ci && node bin/ocilint.js fixtures/bundles/hello\nnpm test\n');
    assert.ok(commands[0]!.at! < readme.indexOf('## Install'), 'the quick start comes before Install');
  });

  it('says how to install, before how to use', () => {
    const sections = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    assert.deepEqual(sections.slice(0, 3), ['Quick start', 'Install', 'Usage']);
    for (const way of ['npm install', 'releases/download', 'sha256sum --check', 'pre-commit-config.yaml', 'uses: ocilint/ocilint@', 'ocilint completion']) assert.ok(readme.includes(way), way);
  });
});
