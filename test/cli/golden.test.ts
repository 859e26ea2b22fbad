// Terminal output of the real CLI compared with golden files (UPDATE=1 rewrites them). The
// scratch directory's path is replaced by <root> so that the goldens read like the terminal.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { BASE_TREE, buildBundle, tempDir } from '../helpers/fixture.js';
import { golden } from '../formatters/golden.js';

function project(): string {
  const root = tempDir('ocilint-golden-');
  fs.mkdirSync(path.join(root, '.git'));
  buildBundle(path.join(root, 'bundles', 'web'), {
    config:
      '{\n  "ociVersion": "1.3.0",\n  "process": {\n    "args": ["/usr/bin/missing"],\n    "cwd": "srv"\n  },\n  "root": { "path": "rootfs" },\n' +
      '  "annotations": {\n    "dev.ocilint.ignore/root-path-exists": "",\n    "dev.ocilint.ignore/process-args-nonempty": "kept from an old template"\n  }\n}\n',
    rootfs: BASE_TREE,
  });
  buildBundle(path.join(root, 'bundles', 'broken'), { config: '{ "ociVersion": "1.3.0",\n  "process": \n', rootfs: BASE_TREE });
  return root;
}

describe('CLI output (golden)', () => {
  const root = project();
  const cases: [string, string[]][] = [
    ['stylish.txt', ['bundles']],
    ['stylish-color.txt', ['--color', 'bundles']],
    ['gnu.txt', ['-f', 'gnu', 'bundles']],
    ['github.txt', ['-f', 'github', 'bundles']],
  ];
  for (const [file, args] of cases) {
    it(`ocilint ${args.join(' ')}`, () => {
      const r = runCli(args, { cwd: root });
      const text = `$ ocilint ${args.join(' ')}\n${r.stdout}${r.stderr ? `[stderr]\n${r.stderr}` : ''}[exit ${r.code}]\n`;
      golden(path.join('cli', file), text.split(root).join('<root>'));
    });
  }
});
