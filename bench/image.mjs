#!/usr/bin/env node
// Issue 23's speed goal: a ~100 MB container image linted as an image, against the same image
// unpacked by umoci and linted as a directory, and against unpack + lint:
//
//   6. ocilint IMAGE  vs  ocilint BUNDLE (umoci's unpacked copy)   goal <= 1.5
//      ocilint IMAGE  vs  umoci unpack IMAGE + ocilint BUNDLE      goal < 1 (faster)
//
// The image is built here with umoci from about 100 MB of this machine's /usr/lib (real shared
// libraries and binaries: they compress like real images do), in three gzip layers, with a static
// program as its entrypoint. Also printed: the image mode's peak RSS, and the same image with
// uncompressed layers. Run: node bench/image.mjs (after npm run build); BENCH_RUNS=n (default 9),
// BENCH_KEEP=1 keeps the inputs. Needs umoci and python3.

import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'bin', 'ocilint.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ocilint-bench-image-'));
const TARGET = 100 * 1024 * 1024;

const WAIT4 = `import os, sys, time
t = time.perf_counter(); pid = os.fork()
if pid == 0:
    fd = os.open('/dev/null', os.O_WRONLY); os.dup2(fd, 1); os.dup2(fd, 2); os.execvp(sys.argv[1], sys.argv[1:])
_, st, ru = os.wait4(pid, 0); w = time.perf_counter() - t
print(w * 1000, (ru.ru_utime + ru.ru_stime) * 1000, ru.ru_maxrss, os.waitstatus_to_exitcode(st))`;

function measure(cmd, args) {
  const r = spawnSync('python3', ['-c', WAIT4, cmd, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const [wall, cpu, rss, code] = r.stdout.toString().trim().split(/\s+/).map(Number);
  if (r.status !== 0 || code > 1) throw new Error(`${cmd} ${args.join(' ')}: exit ${code} ${r.stderr}`);
  return { wall, cpu, rss };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const umoci = (...args) => execFileSync('umoci', args, { stdio: 'pipe' });

/** Files of /usr/lib, in name order, until about `bytes` of them: [relative path, size]. */
function pickFiles(bytes) {
  const out = [];
  let total = 0;
  const walk = (dir) => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    } catch {
      return;
    }
    for (const e of entries) {
      if (total >= bytes) return;
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) walk(abs);
      else if (e.isFile()) {
        const size = fs.statSync(abs).size;
        if (size > 8 * 1024 * 1024) continue;
        out.push(abs);
        total += size;
      }
    }
  };
  walk('/usr/lib');
  return { files: out, total };
}

function buildImage(layout, compress) {
  umoci('init', '--layout', layout);
  umoci('new', '--image', `${layout}:latest`);
  const work = path.join(tmp, `work-${path.basename(layout)}`);
  const { files, total } = pickFiles(TARGET);
  const thirds = [files.slice(0, files.length / 3), files.slice(files.length / 3, (2 * files.length) / 3), files.slice((2 * files.length) / 3)];
  for (const [i, part] of thirds.entries()) {
    umoci('unpack', '--rootless', '--image', `${layout}:latest`, work);
    const rootfs = path.join(work, 'rootfs');
    if (i === 0) {
      fs.mkdirSync(path.join(rootfs, 'bin'), { recursive: true });
      fs.copyFileSync(path.join(root, 'fixtures', 'bundles', 'hello', 'rootfs', 'bin', 'hello'), path.join(rootfs, 'bin', 'hello'));
      fs.chmodSync(path.join(rootfs, 'bin', 'hello'), 0o755);
      fs.mkdirSync(path.join(rootfs, 'etc'), { recursive: true });
      fs.writeFileSync(path.join(rootfs, 'etc', 'passwd'), 'root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n');
      fs.writeFileSync(path.join(rootfs, 'etc', 'group'), 'root:x:0:\napp:x:1000:\n');
    }
    for (const f of part) {
      const dest = path.join(rootfs, f);
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      fs.copyFileSync(f, dest);
    }
    umoci('repack', ...(compress ? [] : ['--compress=none']), '--image', `${layout}:latest`, work);
    fs.rmSync(work, { recursive: true, force: true });
  }
  umoci('config', '--image', `${layout}:latest`, '--config.entrypoint', '/bin/hello', '--config.user', 'app');
  umoci('gc', '--layout', layout);
  return total;
}

/** The layer blobs of the image's manifest. */
function layerBlobs(layout) {
  const blob = (d) => path.join(layout, 'blobs', ...d.split(':'));
  const index = JSON.parse(fs.readFileSync(path.join(layout, 'index.json'), 'utf8'));
  const manifest = JSON.parse(fs.readFileSync(blob(index.manifests[0].digest), 'utf8'));
  return manifest.layers.map((l) => blob(l.digest));
}

function du(dir) {
  return Number(execFileSync('du', ['-sb', dir]).toString().split(/\s/)[0]);
}

try {
  const image = path.join(tmp, 'image');
  const total = buildImage(image, true);
  const bundle = path.join(tmp, 'unpacked');
  umoci('unpack', '--rootless', '--image', `${image}:latest`, bundle);
  let plain;
  const noCompress = spawnSync('umoci', ['repack', '--help'], { encoding: 'utf8' }).stdout.includes('--compress');
  if (noCompress) {
    plain = path.join(tmp, 'image-plain');
    buildImage(plain, false);
  }
  const mb = (n) => `${(n / 1024 / 1024).toFixed(0)} MiB`;
  console.log(`ocilint image bench: node ${process.version}, ${os.cpus().length} x ${os.cpus()[0]?.model.trim()}, ${RUNS} runs each`);
  console.log(`      image: ${mb(total)} of /usr/lib files in 3 gzip layers, ${mb(du(path.join(image, 'blobs')))} of blobs; unpacked by umoci: ${mb(du(bundle))}`);

  const cmds = {
    image: () => measure(process.execPath, [cli, image]),
    dir: () => measure(process.execPath, [cli, bundle]),
    unpackLint: () => {
      const out = path.join(tmp, 'fresh');
      const a = measure('umoci', ['unpack', '--rootless', '--image', `${image}:latest`, out]);
      const b = measure(process.execPath, [cli, out]);
      fs.rmSync(out, { recursive: true, force: true });
      return { wall: a.wall + b.wall, cpu: a.cpu + b.cpu, rss: Math.max(a.rss, b.rss) };
    },
    ...(plain && { plain: () => measure(process.execPath, [cli, plain]) }),
    // The floor of any reading of the layers: decompress and hash each, with the C tools.
    floor: () => measure('sh', ['-c', `for f in ${layerBlobs(image).join(' ')}; do sha256sum "$f" >/dev/null; gzip -dc "$f" | sha256sum >/dev/null; done`]),
  };
  const times = Object.fromEntries(Object.keys(cmds).map((k) => [k, { wall: [], cpu: [], rss: [] }]));
  for (let i = 0; i < RUNS + 1; i++) {
    for (const [k, run] of Object.entries(cmds)) {
      const m = run();
      if (i === 0) continue; // warm-up
      times[k].wall.push(m.wall);
      times[k].cpu.push(m.cpu);
      times[k].rss.push(m.rss);
    }
  }
  const med = (k, f) => median(times[k][f]);
  const r1 = med('image', 'wall') / med('dir', 'wall');
  const r2 = med('image', 'wall') / med('unpackLint', 'wall');
  console.log(`${r1 <= 1.5 ? 'PASS' : 'FAIL'}  6 image / unpacked directory: ${r1.toFixed(2)}  (goal <= 1.5)  (${med('image', 'wall').toFixed(0)} ms vs ${med('dir', 'wall').toFixed(0)} ms; CPU ${med('image', 'cpu').toFixed(0)} vs ${med('dir', 'cpu').toFixed(0)} ms)`);
  console.log(`${r2 < 1 ? 'PASS' : 'FAIL'}  6b image / umoci unpack + lint: ${r2.toFixed(2)}  (goal < 1)  (${med('image', 'wall').toFixed(0)} ms vs ${med('unpackLint', 'wall').toFixed(0)} ms; CPU ${med('image', 'cpu').toFixed(0)} vs ${med('unpackLint', 'cpu').toFixed(0)} ms)`);
  console.log(`      image mode peak RSS ${(Math.max(...times.image.rss) / 1024).toFixed(0)} MiB; directory ${(Math.max(...times.dir.rss) / 1024).toFixed(0)} MiB`);
  console.log(`      floor: gzip -dc and sha256sum of the layers (blob and diff_id), C tools: ${med('floor', 'wall').toFixed(0)} ms (CPU ${med('floor', 'cpu').toFixed(0)} ms)`);
  if (plain) console.log(`      the same files in uncompressed layers: ${med('plain', 'wall').toFixed(0)} ms (CPU ${med('plain', 'cpu').toFixed(0)} ms)`);
} finally {
  if (!process.env.BENCH_KEEP) fs.rmSync(tmp, { recursive: true, force: true });
  else console.log(`inputs kept in ${tmp}`);
}
