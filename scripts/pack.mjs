#!/usr/bin/env node
// The npm tarball without the contributors' scripts. package.json's `prepare` builds a clone on
// `npm ci`, and npm 11 names it to every user who installs the tarball ("install scripts not yet
// covered by allowScripts: ocilint (prepare: npm run build)"), though the package needs no build.
// So the package's files (what `npm pack` would take, after `npm run build`) are staged in a temp
// directory with a package.json that has no `scripts` and no `devDependencies`, and packed there
// with `npm pack --ignore-scripts`. The repository's own package.json is never changed.
//
//   node scripts/pack.mjs [DEST]   writes ocilint-X.Y.Z.tgz into DEST (default: the working
//                                  directory) and prints npm pack's JSON report
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dest = path.resolve(process.argv[2] ?? '.');
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

const listed = JSON.parse(npm(['pack', '--dry-run', '--ignore-scripts', '--json'], root))[0].files.map((f) => f.path);
const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'ocilint-pack-'));
try {
  for (const f of listed) {
    if (f === 'package.json') continue;
    fs.mkdirSync(path.dirname(path.join(stage, f)), { recursive: true });
    fs.copyFileSync(path.join(root, f), path.join(stage, f));
    fs.chmodSync(path.join(stage, f), fs.statSync(path.join(root, f)).mode);
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  delete pkg.scripts;
  delete pkg.devDependencies;
  fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
  fs.mkdirSync(dest, { recursive: true });
  process.stdout.write(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dest], stage));
} finally {
  fs.rmSync(stage, { recursive: true, force: true });
}
