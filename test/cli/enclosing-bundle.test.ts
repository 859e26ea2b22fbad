// --enclosing-bundle: changed files (as pre-commit and lint-staged pass them) become the bundles
// that hold them, each linted once.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { BASE_TREE, buildBundle, tempDir } from '../helpers/fixture.js';
import { merge, unprivilegedConfig } from '../helpers/rule-tester.js';
import { enclosingBundles } from '../../src/bundle/enclosing.js';

const bad = (): string => JSON.stringify(merge(unprivilegedConfig(), { process: { cwd: 'srv' } }), null, 2);

describe('--enclosing-bundle', () => {
  const root = tempDir('ocilint-enclosing-');
  fs.mkdirSync(path.join(root, '.git'));
  buildBundle(path.join(root, 'bundles', 'a'), { config: bad(), rootfs: { ...BASE_TREE, 'etc/app/config.json': { file: '{"not": "a bundle"}' } } });
  buildBundle(path.join(root, 'bundles', 'b'), { config: bad(), rootfs: BASE_TREE });
  buildBundle(path.join(root, 'bundles', 'c'), { config: bad(), rootfs: BASE_TREE });
  fs.writeFileSync(path.join(root, 'README.md'), 'x\n');
  execFileSync('tar', ['-czf', path.join(root, 'packed.tgz'), '-C', path.join(root, 'bundles', 'c'), '.']);

  it('maps files anywhere in a bundle, a deleted one too, to the bundle, once; the rootfs\'s own config.json is not a bundle', () => {
    const files = ['bundles/a/rootfs/etc/app/config.json', 'bundles/a/rootfs/bin/sh', 'bundles/a/config.json', 'bundles/b/rootfs/usr/bin/gone', 'README.md', 'no/such/dir/file', 'packed.tgz', 'bundles/a/rootfs'];
    assert.deepEqual(enclosingBundles(files, root), ['bundles/a', 'bundles/b', 'packed.tgz']);
    assert.deepEqual(enclosingBundles(['rootfs/bin/sh'], path.join(root, 'bundles', 'b')), ['.']);
    assert.deepEqual(enclosingBundles([path.join(root, 'bundles/c/rootfs/bin/sh')], root), ['bundles/c']);
  });

  it('lints each bundle once, and nothing for files in no bundle', () => {
    const r = runCli(['--enclosing-bundle', '-f', 'gnu', 'bundles/a/rootfs/bin/sh', 'bundles/a/rootfs/usr/bin/app', 'bundles/a/config.json', 'README.md'], { cwd: root });
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stdout.match(/process-cwd-absolute/g)?.length, 1, r.stdout);
    assert.match(r.stdout, /^bundles\/a\/config\.json:\d+:\d+: error: /m);
    assert.equal(r.stderr, '');
    for (const args of [['README.md'], ['gone/file'], []]) {
      const none = runCli(['--enclosing-bundle', ...args], { cwd: root });
      assert.deepEqual([none.code, none.stdout, none.stderr], [0, '', ''], args.join(' '));
    }
  });

  it('without the flag, a rootfs file is still an error, as before', () => {
    const r = runCli(['bundles/a/rootfs/bin/sh'], { cwd: root });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /bundles\/a\/rootfs\/bin\/sh/);
  });
});
