import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pairOutputs } from '../../src/cli/options.js';
import { fastParse, yargsParse } from '../../src/cli/parse-args.js';

describe('pairing -o with -f', () => {
  const cases: [string[], number, (string | undefined)[] | RegExp][] = [
    [['-f', 'stylish', '-f', 'sarif', '-o', 'x.sarif'], 2, [undefined, 'x.sarif']],
    [['-f', 'json', '-o', 'r.json', '-f', 'sarif', '-o', 'r.sarif'], 2, ['r.json', 'r.sarif']],
    [['-o', 'r.txt', 'bundles'], 0, ['r.txt']],
    [['-o', 'r.json', '-f', 'json'], 1, ['r.json']],
    [['--format=gnu', '--output=-', '--format', 'sarif', '--output', 'o.sarif'], 2, [undefined, 'o.sarif']],
    [['-fjson', '-or.json'], 1, ['r.json']],
    [['-f', 'json', '-o', 'a', '-o', 'b'], 1, /two --output files/],
    [['-f', 'json', '--', '-o', 'x'], 1, [undefined]],
  ];
  for (const [argv, n, expected] of cases) {
    it(argv.join(' '), () => {
      const got = pairOutputs(argv, n);
      if (expected instanceof RegExp) assert.match(String(got), expected);
      else assert.deepEqual(got, expected);
    });
  }
});

describe('both parsers agree', () => {
  const argvs = [
    ['bundles'],
    ['-c', 'cfg.yaml', '--no-config-lookup', '--no-inline-suppressions', 'a', 'b'],
    ['--ignore-pattern', 'x/**', '--ignore-pattern', 'y', '--no-error-on-unmatched-pattern', 'a/*'],
    ['--print-config', 'a'],
    ['--stdin-filename', 'c.json', '-', '--config-only', '--preset', 'all'],
    ['-f', 'sarif', '-f', 'gnu', '--rule', 'process-cwd-absolute=off', '--fail-on', 'warning', 'x'],
  ];
  for (const argv of argvs) {
    it(argv.join(' '), async () => {
      const fast = fastParse(argv);
      const slow = await yargsParse(argv, '0');
      assert.ok(fast, 'the fast parser takes it');
      assert.equal(slow.kind, 'args');
      assert.deepEqual(fast, slow.kind === 'args' ? slow.args : undefined);
    });
  }
});
