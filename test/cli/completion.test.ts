// Shell completion, checked against the option table it is generated from: every option, every
// choice, every rule id, every subcommand. bash is run for real (the script sourced from the CLI,
// then _ocilint called as bash's completion would); zsh and fish are read, and syntax-checked when
// the shell is installed.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { OPTIONS } from '../../src/cli/options.js';
import { COMMANDS, SHELLS } from '../../src/cli/commands.js';
import { completionScript, flags } from '../../src/cli/completion.js';
import { allRules } from '../../src/rules/all.js';
import { SPEC_VERSIONS } from '../../src/core/versions.js';
import { runCli } from '../helpers/cli.js';
import { cliPath } from '../helpers/paths.js';
import { tempDir } from '../helpers/fixture.js';

const ruleIds = allRules.map((r) => r.meta.id);
const sorted = (a: readonly string[]): string[] => [...a].sort();

/** What bash completes for the words typed so far (the last one is the word under the cursor). */
function bashComplete(script: string, words: string[], cwd?: string): string[] {
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', `source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); _ocilint 2>/dev/null; printf '%s\\n' "\${COMPREPLY[@]}"`, 'bash', script, ...words], { encoding: 'utf8', ...(cwd && { cwd }) });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.split('\n').filter((l) => l !== '');
}

const haveShell = (shell: string): boolean => spawnSync(shell, ['--version']).status === 0;

describe('ocilint completion', () => {
  const dir = tempDir('ocilint-completion-');
  const bashScript = path.join(dir, 'ocilint.bash');
  const cli = runCli(['completion', 'bash']);
  fs.writeFileSync(bashScript, cli.stdout);

  it('prints a script for each shell, and says which shells it knows otherwise', () => {
    for (const shell of SHELLS) {
      const r = runCli(['completion', shell]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, completionScript(shell, ruleIds));
    }
    for (const args of [['completion'], ['completion', 'tcsh'], ['completion', 'bash', 'zsh']]) {
      const r = runCli(args);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^ocilint: completion: expected one of bash, zsh, fish/);
    }
    assert.match(runCli(['completion', '--help']).stdout, /^Usage: ocilint completion bash\|zsh\|fish/);
  });

  it('bash, loaded with source <(ocilint completion bash), completes as the real shell would', () => {
    const r = spawnSync('bash', ['--norc', '--noprofile', '-c', `source <("$1" "$2" completion bash); COMP_WORDS=(ocilint --fail-on ''); COMP_CWORD=2; _ocilint; echo "\${COMPREPLY[*]}"`, 'bash', process.execPath, cliPath], { encoding: 'utf8' });
    assert.equal(r.stdout.trim(), 'error warning info none');
    const registered = spawnSync('bash', ['--norc', '--noprofile', '-c', `source "$1"; complete -p ocilint`, 'bash', bashScript], { encoding: 'utf8' }).stdout;
    assert.match(registered, /-F _ocilint ocilint/);
    // Registered with -o filenames, readline would escape the "=" of "--rule id=" into "id\\=".
    assert.doesNotMatch(registered, /-o filenames/);
  });

  it('bash completes every flag of the option table, --no- forms and short aliases included', () => {
    const got = bashComplete(bashScript, ['ocilint', '-']);
    const want = Object.entries(OPTIONS).flatMap(([name, spec]) => [`--${name}`, ...(spec.alias ? [`-${spec.alias}`] : []), ...(spec.type === 'boolean' ? [`--no-${name}`] : [])]);
    assert.deepEqual(sorted(got), sorted([...want, '--help', '-h', '--version', '-v']));
  });

  it('bash completes each option\'s choices, as --opt VALUE and --opt=VALUE', () => {
    const withChoices = Object.entries(OPTIONS).filter(([, s]) => s.choices);
    assert.ok(withChoices.length >= 5);
    for (const [name, spec] of withChoices) {
      assert.deepEqual(bashComplete(bashScript, ['ocilint', `--${name}`, '']), [...spec.choices!], name);
      // bash splits --name=value at "=" (COMP_WORDBREAKS).
      assert.deepEqual(bashComplete(bashScript, ['ocilint', `--${name}`, '=']), [...spec.choices!], `--${name}=`);
      assert.deepEqual(bashComplete(bashScript, ['ocilint', `--${name}`, '=', spec.choices![0]!.slice(0, 3)]), spec.choices!.filter((c) => c.startsWith(spec.choices![0]!.slice(0, 3))), `--${name}=x`);
      if (spec.alias) assert.deepEqual(bashComplete(bashScript, ['ocilint', `-${spec.alias}`, '']), [...spec.choices!], `-${spec.alias}`);
    }
    assert.deepEqual(bashComplete(bashScript, ['ocilint', '--spec-version', '1.2']), ['1.2.0', '1.2.1']);
  });

  it('bash completes rule ids for --explain and --suppress-rule, and ID=SEVERITY for --rule', () => {
    assert.deepEqual(bashComplete(bashScript, ['ocilint', '--explain', '']), ruleIds);
    assert.deepEqual(bashComplete(bashScript, ['ocilint', '--suppress-rule', 'host-']), ruleIds.filter((id) => id.startsWith('host-')));
    assert.deepEqual(bashComplete(bashScript, ['ocilint', '--rule', 'process-cwd']), ruleIds.filter((id) => id.startsWith('process-cwd')).map((id) => `${id}=`));
    assert.deepEqual(bashComplete(bashScript, ['ocilint', '--rule', 'process-cwd-absolute', '=']), ['error', 'warning', 'info', 'off']);
    assert.deepEqual(bashComplete(bashScript, ['ocilint', '--rule', 'process-cwd-absolute', '=', 'w']), ['warning']);
  });

  it('bash completes subcommands, their arguments, and paths', () => {
    fs.mkdirSync(path.join(dir, 'bundles', 'web'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'bundles', 'web', 'config.json'), '{}');
    assert.deepEqual(bashComplete(bashScript, ['ocilint', ''], dir).filter((w) => Object.keys(COMMANDS).includes(w)), Object.keys(COMMANDS));
    assert.deepEqual(bashComplete(bashScript, ['ocilint', 'schema', '--spec-version', '']), [...SPEC_VERSIONS]);
    assert.deepEqual(bashComplete(bashScript, ['ocilint', 'completion', 'z']), ['zsh']);
    assert.deepEqual(bashComplete(bashScript, ['ocilint', '--preset', 'all', 'bundles/w'], dir), ['bundles/web']);
    assert.deepEqual(bashComplete(bashScript, ['ocilint', '-c', 'bun'], dir), ['bundles']);
    assert.deepEqual(bashComplete(bashScript, ['ocilint', '--max-warnings', '']), []);
  });

  it('zsh and fish name every flag, choice and rule id', () => {
    const zsh = completionScript('zsh', ruleIds);
    const fish = completionScript('fish', ruleIds);
    for (const f of flags()) {
      assert.ok(zsh.includes(`--${f.long}[`) || zsh.includes(`--${f.long}}'[`), `zsh: --${f.long}`);
      assert.match(fish, new RegExp(`^complete -c ocilint .*${f.short ? `-s ${f.short} ` : ''}-l ${f.long} `, 'm'), `fish: --${f.long}`);
      for (const c of f.choices) {
        assert.ok(zsh.includes(`(${f.choices.join(' ')})`), `zsh: --${f.long} ${c}`);
        assert.ok(fish.includes(`-l ${f.long} -x -a '${f.choices.join(' ')}'`), `fish: --${f.long} ${c}`);
      }
    }
    for (const id of ruleIds) {
      assert.ok(new RegExp(`[( ]${id}[ )]`).test(zsh), id);
      assert.match(fish, new RegExp(`^set -g __ocilint_rules .* ?${id}( |$)`, 'm'), id);
    }
    assert.match(zsh, /^#compdef ocilint$/m);
  });

  for (const shell of ['zsh', 'fish'] as const) {
    it(`${shell} reads its script without a syntax error`, { skip: haveShell(shell) ? false : `${shell} is not installed` }, () => {
      const file = path.join(dir, `ocilint.${shell}`);
      fs.writeFileSync(file, completionScript(shell, ruleIds));
      const r = spawnSync(shell, ['-n', file], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
    });
  }

  it('an option added to the table is completed with no other edit', () => {
    OPTIONS['zz-test-mode'] = { type: 'string', choices: ['fast', 'thorough'], describe: 'A test option', group: 'Input' };
    try {
      const file = path.join(dir, 'new.bash');
      fs.writeFileSync(file, completionScript('bash', ruleIds));
      assert.ok(bashComplete(file, ['ocilint', '--zz']).includes('--zz-test-mode'));
      assert.deepEqual(bashComplete(file, ['ocilint', '--zz-test-mode', '']), ['fast', 'thorough']);
      assert.ok(completionScript('zsh', ruleIds).includes("'--zz-test-mode[A test option]:zz-test-mode:(fast thorough)'"));
      assert.ok(completionScript('fish', ruleIds).includes("-l zz-test-mode -x -a 'fast thorough' -d 'A test option'"));
    } finally {
      delete OPTIONS['zz-test-mode'];
    }
  });
});
