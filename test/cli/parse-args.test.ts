// The fast parser (node:util parseArgs) and yargs must read every invocation the same way.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fastParse, yargsParse } from '../../src/cli/parse-args.js';

const invocations: string[][] = [
  ['bundle'],
  ['a', 'b', 'c'],
  ['-'],
  ['a', '-', 'fixtures/x y'],
  [],
  ['-f', 'json', 'bundle'],
  ['--format', 'json', '--format', 'stylish', '-o', 'out.json', 'bundle'],
  ['--format=json', 'bundle'],
  ['--config-only', '--fail-on', 'warning', '--max-warnings', '3', 'x'],
  ['--preset', 'restricted', '--rule', 'a=off', '--rule', 'b=error', 'x'],
  ['--spec-version', '1.0.2', 'x'],
  ['--target', 'runc', '--target', 'crun', 'x'],
  ['--host-specific', 'x'],
  ['--no-host-specific', '--host-specific', 'x'],
  ['--host-specific', '--target', 'runc', 'x'],
  ['--color', 'x'],
  ['--no-color', 'x'],
  ['--color', '--no-color', 'x'],
  ['--no-color', '--color', 'x'],
  ['--stdin-filename', 'c.json', '-'],
  ['--max-config-size', '100', 'x'],
  ['--list-rules'],
  ['--explain', 'oci-version'],
  ['--', '--weird-name'],
];

describe('command-line parsers agree', () => {
  for (const argv of invocations) {
    it(argv.join(' '), async () => {
      const fast = fastParse(argv);
      assert.ok(fast && !('error' in fast), `the fast parser should handle ${argv.join(' ')}`);
      const full = await yargsParse(argv, '0.0.0');
      assert.equal(full.kind, 'args');
      assert.deepEqual(fast, full.kind === 'args' ? full.args : undefined);
    });
  }
  for (const argv of [['--help'], ['--bogus', 'x'], ['-f']]) {
    it(`leaves ${argv.join(' ')} to yargs`, () => {
      assert.equal(fastParse(argv), undefined);
    });
  }
});
