// The man page, checked against the option table it is generated from, rendered by man(1) when
// it is installed, and as the build writes and the package ships it.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { OPTIONS } from '../../src/cli/options.js';
import { COMMANDS } from '../../src/cli/commands.js';
import { manPage } from '../../src/cli/manpage.js';
import { NOT_FROM_ENV, variableFor } from '../../src/cli/env.js';
import { repoRoot } from '../helpers/paths.js';

const roffName = (s: string): string => s.replace(/-/g, '\\-');
const haveMan = spawnSync('man', ['--version']).status === 0;

/** The page as man shows it, without formatting, and what groff warned about. */
function render(file: string): { text: string; warnings: string } {
  const r = spawnSync('man', ['--warnings', '-l', file], { encoding: 'utf8', env: { ...process.env, MANWIDTH: '100', MAN_KEEP_FORMATTING: '', LANG: 'C.UTF-8', MANPAGER: 'cat', PAGER: 'cat' } });
  assert.equal(r.status, 0, r.stderr);
  return { text: r.stdout.replace(/.\x08/g, ''), warnings: r.stderr };
}

describe('man page', () => {
  const page = manPage();

  it('documents every option, its short name, its choices and its variable', () => {
    for (const [name, spec] of Object.entries(OPTIONS)) {
      assert.ok(page.includes(`\\fB${roffName(`--${name}`)}\\fR`), `--${name}`);
      if (spec.alias) assert.ok(page.includes(`\\fB${roffName(`-${spec.alias}`)}\\fR, \\fB${roffName(`--${name}`)}\\fR`), `-${spec.alias}`);
      for (const c of spec.choices ?? []) assert.ok(page.includes(roffName(c)), `--${name} ${c}`);
      if (!NOT_FROM_ENV.has(name)) assert.ok(page.includes(`Environment: ${variableFor(name).replace(/-/g, '\\-')}.`), variableFor(name));
    }
    for (const name of Object.keys(COMMANDS)) assert.ok(page.includes(`\\fBocilint ${name}\\fR`), name);
  });

  it('is what the build wrote to dist/man/ocilint.1, which package.json installs', () => {
    assert.equal(fs.readFileSync(path.join(repoRoot, 'dist/man/ocilint.1'), 'utf8'), page);
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { man?: string[]; files: string[] };
    assert.deepEqual(pkg.man, ['./dist/man/ocilint.1']);
    assert.ok(pkg.files.includes('dist/man'));
  });

  it('renders with man, with no warning from groff', { skip: haveMan ? false : 'man is not installed' }, () => {
    const { text, warnings } = render(path.join(repoRoot, 'dist/man/ocilint.1'));
    assert.equal(warnings, '');
    assert.match(text, /^NAME\n\s+ocilint - validate and lint OCI runtime bundles$/m);
    assert.match(text, /^\s+-f, --format FORMAT$/m);
    assert.match(text, /^\s+--fail-on error\|warning\|info\|none$/m);
    assert.match(text, /^EXIT STATUS$/m);
  });

  it('documents an option added to the table with no other edit', () => {
    OPTIONS['zz-test-mode'] = { type: 'string', choices: ['fast', 'thorough'], describe: 'A test option', group: 'Input' };
    try {
      assert.match(manPage(), /^\\fB\\-\\-zz\\-test\\-mode\\fR \\fIfast\|thorough\\fR\nA test option\. Environment: OCILINT_ZZ_TEST_MODE\.$/m);
    } finally {
      delete OPTIONS['zz-test-mode'];
    }
  });
});
