#!/usr/bin/env node
// ocilint benchmarks (`npm run bench`, after `npm run build`). Inputs are generated under a temp
// directory at run time and removed afterwards. Each figure is a ratio of two things measured
// side by side in this run; timings are medians of interleaved runs (A, B, A, B, ...), so that a
// busy neighbour slows both sides alike. Wall-clock times of whole processes, start-up included.
//
//   1. cold lint of one bundle           vs  `node -e 0`                         goal <= 1.3
//   2. one run over 1,000 bundles        vs  1,000 runs of oci-runtime-tool      goal >= 20x faster
//   3. 5,000 mounts + 5,000 syscalls + 1,000 devices: time at N and 2N           goal linear, < 0.2 s
//      (judged on real syscall names; the same sizes with invented names, 5,000 findings, are
//      printed beside it)
//   4. 10,000 bundles in one run: peak RSS                                       goal < 200 MiB
//   5. the 1,000 bundles as .tgz archives vs as directories                      goal <= 1.5
//
// Beside goal 2 it prints where that run's time goes: the same run with every rule off, and bare
// Node.js; and, not a goal, the same bundles in a second run with --cache.
//
// Options: BENCH_RUNS=n (repetitions, default 15), BENCH_KEEP=1 (keep the inputs), BENCH_QUICK=1
// (skip the 10,000-bundle memory run), BENCH_AGAINST=DIR (another built ocilint checkout: its
// cold start and 1,000-bundle run are raced against this one's, interleaved, and printed beside
// goals 1 and 2: how a change moved them on the same machine at the same time).

import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
// The small static ELF program the test fixtures use (built by `npm run build` before the bench).
import { HELLO_ELF } from '../dist/test/helpers/elf.js';
import { hugeConfig, syscallNames } from './huge-config.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'bin', 'ocilint.js');
const node = process.execPath;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ocilint-bench-'));
const rows = [];

function log(s) {
  process.stdout.write(s + '\n');
}

// With python3 here, each child is timed by a small fork/exec/wait4 helper that also reports the
// child's CPU time (user + system) and peak RSS exactly; CPU time is what a busy machine changes
// least, so it is printed next to every wall-clock figure.
const WAIT4 = `import os, sys, time
t = time.perf_counter(); pid = os.fork()
if pid == 0:
    fd = os.open('/dev/null', os.O_WRONLY); os.dup2(fd, 1); os.execvp(sys.argv[1], sys.argv[1:])
_, st, ru = os.wait4(pid, 0); w = time.perf_counter() - t
print(w * 1000, (ru.ru_utime + ru.ru_stime) * 1000, ru.ru_maxrss, os.waitstatus_to_exitcode(st))`;
// The peer's 1,000 runs in one helper process: bundle paths on stdin, one per line.
const WAIT4_MANY = `import os, sys, time
paths = sys.stdin.read().split('\\n'); wall = 0.0; cpu = 0.0; bad = 0
for p in paths:
    if not p: continue
    t = time.perf_counter(); pid = os.fork()
    if pid == 0:
        fd = os.open('/dev/null', os.O_WRONLY); os.dup2(fd, 1); os.dup2(fd, 2); os.execvp(sys.argv[1], sys.argv[1:] + [p])
    _, st, ru = os.wait4(pid, 0); wall += time.perf_counter() - t; cpu += ru.ru_utime + ru.ru_stime
    if os.waitstatus_to_exitcode(st) != 0: bad += 1
print(wall * 1000, cpu * 1000, bad)`;
const havePython = spawnSync('python3', ['-c', 'import os; os.wait4'], { stdio: 'ignore' }).status === 0;

/** One run: wall and CPU ms and peak RSS KiB (CPU/RSS NaN without python3); throws on an exit code not in `ok`. */
function measure(cmd, args, ok = [0, 1]) {
  if (havePython) {
    const r = spawnSync('python3', ['-c', WAIT4, cmd, ...args], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
    const [wall, cpu, rss, code] = r.stdout.toString().trim().split(/\s+/).map(Number);
    if (r.status !== 0 || !ok.includes(code)) throw new Error(`${cmd} ${args.slice(0, 4).join(' ')}: exit ${code} ${r.stderr?.toString().slice(0, 500)}`);
    return { wall, cpu, rss };
  }
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.error || !ok.includes(r.status)) throw new Error(`${cmd} ${args.slice(0, 4).join(' ')}: exit ${r.status} ${r.error ?? ''} ${r.stderr?.toString().slice(0, 500)}`);
  return { wall, cpu: NaN, rss: NaN };
}

const cpuNote = (a, b) => (Number.isNaN(a) ? '' : `; CPU ${a.toFixed(1)} vs ${b.toFixed(1)} ms = ${(a / b).toFixed(2)}`);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Medians (wall, CPU) of interleaved runs of several commands: [[wall, cpu], ...]. */
function race(cmds, runs = RUNS, warmup = 2) {
  for (let w = 0; w < warmup; w++) for (const [c, a, ok] of cmds) measure(c, a, ok);
  const times = cmds.map(() => ({ wall: [], cpu: [] }));
  for (let i = 0; i < runs; i++)
    cmds.forEach(([c, a, ok], k) => {
      const m = measure(c, a, ok);
      times[k].wall.push(m.wall);
      times[k].cpu.push(m.cpu);
    });
  return times.map((t) => [median(t.wall), median(t.cpu)]);
}

// ---- inputs ---------------------------------------------------------------------------------

/** The config every bench bundle uses: written by `oci-runtime-tool generate` when that peer is
 * here (so both tools see a config the peer accepts), else the crun fixture. */
function baseConfig(peer) {
  if (peer) {
    const out = path.join(tmp, 'generated.json');
    execFileSync(peer, ['generate', '--output', out]);
    return fs.readFileSync(out);
  }
  return fs.readFileSync(path.join(root, 'fixtures/real/crun-spec/config.json'));
}

/** A small real rootfs: a shell (a script run by a static ELF program), an app, passwd/group, a library symlink, the usual directories. */
function makeBundle(dir, config) {
  const r = path.join(dir, 'rootfs');
  for (const d of ['bin', 'usr/bin', 'usr/lib', 'etc', 'proc', 'dev', 'sys', 'tmp', 'root']) fs.mkdirSync(path.join(r, d), { recursive: true });
  fs.writeFileSync(path.join(r, 'bin/sh'), '#!/bin/busybox sh\n' + 'x'.repeat(2000), { mode: 0o755 });
  fs.writeFileSync(path.join(r, 'bin/busybox'), Buffer.concat([HELLO_ELF, Buffer.alloc(4000)]), { mode: 0o755 });
  fs.writeFileSync(path.join(r, 'usr/bin/app'), '\x7fELF' + 'y'.repeat(4000), { mode: 0o755 });
  fs.writeFileSync(path.join(r, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534::/:/bin/false\n', { mode: 0o644 });
  fs.writeFileSync(path.join(r, 'etc/group'), 'root:x:0:\nnogroup:x:65534:\n', { mode: 0o644 });
  fs.writeFileSync(path.join(r, 'usr/lib/libc.so.6'), 'z'.repeat(3000), { mode: 0o755 });
  fs.symlinkSync('usr/lib', path.join(r, 'lib'));
  fs.writeFileSync(path.join(dir, 'config.json'), config);
}

function makeSet(name, n, config, { archives = false } = {}) {
  const base = path.join(tmp, `${name}-template`);
  makeBundle(base, config);
  const set = path.join(tmp, name);
  fs.mkdirSync(set);
  const list = [];
  if (archives) {
    const tgz = path.join(tmp, `${name}-template.tgz`);
    execFileSync('tar', ['-czf', tgz, '-C', base, '.']);
    for (let i = 0; i < n; i++) {
      const p = path.join(set, `b${String(i).padStart(5, '0')}.tgz`);
      fs.copyFileSync(tgz, p);
      list.push(p);
    }
  } else {
    for (let i = 0; i < n; i++) {
      const p = path.join(set, `b${String(i).padStart(5, '0')}`);
      fs.cpSync(base, p, { recursive: true, verbatimSymlinks: true });
      list.push(p);
    }
  }
  return { dir: set, list };
}

function findPeer() {
  const onPath = spawnSync('sh', ['-c', 'command -v oci-runtime-tool-offline || command -v oci-runtime-tool'], { encoding: 'utf8' }).stdout.trim();
  for (const p of ['/tmp/peers/bin/oci-runtime-tool-offline', onPath]) if (p && fs.existsSync(p)) return p;
  return undefined;
}

function peakRssKiB(args) {
  if (havePython) return measure(node, [cli, ...args]).rss;
  if (fs.existsSync('/usr/bin/time')) {
    const r = spawnSync('/usr/bin/time', ['-f', '%M', node, cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
    const m = /(\d+)\s*$/.exec(r.stderr.toString());
    if (m) return Number(m[1]);
  }
  // Without GNU time: a preload that reports the child's own peak RSS at exit.
  const probe = path.join(tmp, 'rss-probe.cjs');
  fs.writeFileSync(probe, "process.on('exit', () => process.stderr.write('\\nmaxrss ' + process.resourceUsage().maxRSS + '\\n'));");
  const r = spawnSync(node, ['-r', probe, cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  return Number(/maxrss (\d+)/.exec(r.stderr.toString())?.[1]);
}

function row(name, ratio, goal, pass, detail) {
  rows.push({ name, ratio, goal, pass, detail });
  log(`${pass ? 'PASS' : 'FAIL'}  ${name}: ${ratio}  (goal ${goal})  ${detail}`);
}

// ---- run ------------------------------------------------------------------------------------

try {
  if (!fs.existsSync(path.join(root, 'dist/ocilint.cjs'))) throw new Error('run `npm run build` first');
  log(`ocilint bench: node ${process.version}, ${os.cpus().length} x ${os.cpus()[0]?.model ?? '?'}, ${os.platform()} ${os.release()}, ${RUNS} runs each, inputs in ${tmp}`);
  const peer = findPeer();
  const config = baseConfig(peer);

  // 1. Cold start.
  {
    const one = path.join(tmp, 'one');
    makeBundle(one, config);
    const [[base, baseCpu], [ours, oursCpu]] = race([[node, ['-e', '0']], [node, [cli, one]]], Math.max(RUNS, 30), 3);
    const ratio = ours / base;
    row('1 cold lint of one bundle / node -e 0', ratio.toFixed(2), '<= 1.3', ratio <= 1.3, `(${ours.toFixed(1)} ms vs ${base.toFixed(1)} ms${cpuNote(oursCpu, baseCpu)})`);
  }

  const dirs = makeSet('dirs', 1000, config);
  const tgzs = makeSet('tgz', 1000, config, { archives: true });

  // 2. Batch against the peer.
  if (peer) {
    // The peer's 1,000 runs are interleaved with ours: one of ours, then 1,000 of its, twice over
    // and more, so that both see the same machine.
    const ours = { wall: [], cpu: [] };
    const theirs = { wall: [], cpu: [] };
    for (let rep = 0; rep < 3; rep++) {
      for (let k = 0; k < 3; k++) {
        const m = measure(node, [cli, dirs.dir]);
        ours.wall.push(m.wall);
        ours.cpu.push(m.cpu);
      }
      let wall = 0;
      let cpu = NaN;
      if (havePython) {
        const r = spawnSync('python3', ['-c', WAIT4_MANY, peer, 'validate', '--path'], { input: dirs.list.join('\n'), stdio: ['pipe', 'pipe', 'inherit'] });
        const [w, c, bad] = r.stdout.toString().trim().split(/\s+/).map(Number);
        if (r.status !== 0 || bad !== 0) throw new Error(`${peer} validate failed on ${bad} bundles`);
        wall = w;
        cpu = c;
      } else {
        for (const b of dirs.list) wall += measure(peer, ['validate', '--path', b], [0]).wall;
      }
      theirs.wall.push(wall);
      theirs.cpu.push(cpu);
    }
    const [o, oc, t, tc] = [median(ours.wall), median(ours.cpu), median(theirs.wall), median(theirs.cpu)];
    const ratio = t / o;
    row('2 1,000 runs of oci-runtime-tool validate / one ocilint run over 1,000 bundles', `${ratio.toFixed(1)}x`, '>= 20x', ratio >= 20, `(${(o / 1000).toFixed(3)} s vs ${(t / 1000).toFixed(2)} s${Number.isNaN(oc) ? '' : `; CPU ${(oc / 1000).toFixed(3)} s vs ${(tc / 1000).toFixed(2)} s = ${(tc / oc).toFixed(1)}x`}; peer ${peer})`);
  } else {
    log('SKIP  2: oci-runtime-tool not found (build it with /work/shared/tools/build-runtime-tools.sh)');
  }

  // Before and after: another checkout against this one, interleaved.
  if (process.env.BENCH_AGAINST) {
    const other = path.join(path.resolve(process.env.BENCH_AGAINST), 'bin', 'ocilint.js');
    const one = path.join(tmp, 'one');
    const [[o1, oc1], [t1, tc1]] = race([[node, [other, one]], [node, [cli, one]]], Math.max(RUNS, 30), 3);
    log(`      against ${process.env.BENCH_AGAINST}: one bundle ${o1.toFixed(1)} ms there, ${t1.toFixed(1)} ms here (CPU ${oc1.toFixed(1)} vs ${tc1.toFixed(1)} ms)`);
    const [[o2, oc2], [t2, tc2]] = race([[node, [other, dirs.dir]], [node, [cli, dirs.dir]]], RUNS, 2);
    log(`      against ${process.env.BENCH_AGAINST}: 1,000 directories ${o2.toFixed(1)} ms there, ${t2.toFixed(1)} ms here (CPU ${oc2.toFixed(1)} vs ${tc2.toFixed(1)} ms)`);
  }

  // Where goal 2's run goes: the same command with every rule off (start-up, discovery, reading,
  // parsing and schema validation stay), and bare Node.js, side by side.
  {
    const { allRules } = await import(path.join(root, 'dist/src/rules/all.js'));
    const off = path.join(tmp, 'every-rule-off.json');
    fs.writeFileSync(off, JSON.stringify({ rules: Object.fromEntries(allRules.map((r) => [r.meta.id, 'off'])) }));
    const [[all, allCpu], [none, noneCpu], [bare]] = race([[node, [cli, dirs.dir]], [node, [cli, '-c', off, dirs.dir]], [node, ['-e', '0']]], Math.min(RUNS, 7), 1);
    log(`      1,000 directories, wall (CPU) ms: every rule ${all.toFixed(1)} (${allCpu.toFixed(1)}), every rule off ${none.toFixed(1)} (${noneCpu.toFixed(1)}), node -e 0 ${bare.toFixed(1)}: the ${allRules.length} rules take ${(all - none).toFixed(0)} ms, the rest ${(none - bare).toFixed(0)} ms beyond Node.js itself`);
  }

  // Not a goal: the same 1,000 directories again with --cache, against the run without it. The
  // cache is filled once first, so each timed run finds every bundle unchanged (a run where
  // nothing changed does not rewrite the file). Goal 2 above is measured without the cache.
  {
    const cacheFile = path.join(tmp, 'bench.ocilintcache');
    measure(node, [cli, '--cache', '--cache-location', cacheFile, dirs.dir]);
    const [[plain, plainCpu], [warm, warmCpu]] = race([[node, [cli, dirs.dir]], [node, [cli, '--cache', '--cache-location', cacheFile, dirs.dir]]], Math.min(RUNS, 7), 1);
    log(`      1,000 directories, wall (CPU) ms: without the cache ${plain.toFixed(1)} (${plainCpu.toFixed(1)}), a second run with --cache ${warm.toFixed(1)} (${warmCpu.toFixed(1)}): ${(plain / warm).toFixed(1)}x (not a goal; goal 2 is measured without it)`);
    fs.rmSync(cacheFile, { force: true });
  }

  // 3. A huge config: linear growth.
  {
    const real = await syscallNames();
    const mk = (n, names, tag) => {
      const d = path.join(tmp, `huge-${tag}-${n}`);
      makeBundle(d, hugeConfig(n, names));
      return d;
    };
    const empty = mk(0, real, 'real');
    const [[t0, c0], [t1, c1], [t2, c2]] = race([[node, [cli, empty]], [node, [cli, mk(5000, real, 'real')]], [node, [cli, mk(10000, real, 'real')]]], RUNS, 2);
    const growth = (t2 - t0) / Math.max(0.01, t1 - t0);
    const ok = t1 < 200 && growth < 2.6;
    row(
      '3 5,000 mounts/syscalls + 1,000 devices: time at 2N / time at N (lint work beyond start-up)',
      growth.toFixed(2),
      '~2 (linear), N under 0.2 s',
      ok,
      `(whole run: N ${t1.toFixed(1)} ms, 2N ${t2.toFixed(1)} ms, an empty-sized config ${t0.toFixed(1)} ms${Number.isNaN(c1) ? '' : `; CPU: N ${c1.toFixed(1)}, 2N ${c2.toFixed(1)}, empty ${c0.toFixed(1)} ms, growth ${((c2 - c0) / (c1 - c0)).toFixed(2)}`}; real syscall names, no findings)`,
    );
    // The same sizes with invented syscall names: 5,000 (10,000) warnings, formatted and printed.
    const [[w1, wc1], [w2]] = race([[node, [cli, mk(5000, undefined, 'invented')]], [node, [cli, mk(10000, undefined, 'invented')]]], Math.min(RUNS, 7), 1);
    log(`      with invented syscall names (one warning each): N ${w1.toFixed(1)} ms (CPU ${wc1.toFixed(1)}), 2N ${w2.toFixed(1)} ms, growth ${((w2 - t0) / Math.max(0.01, w1 - t0)).toFixed(2)}`);
  }

  // 5. Archives vs directories (before 4, which builds the largest input).
  {
    const [[d, dc], [a, ac]] = race([[node, [cli, dirs.dir]], [node, [cli, tgzs.dir]]], RUNS, 2);
    const ratio = a / d;
    row('5 1,000 bundles as .tgz / as directories', ratio.toFixed(2), '<= 1.5', ratio <= 1.5, `(${a.toFixed(1)} ms vs ${d.toFixed(1)} ms${cpuNote(ac, dc)})`);
    const ks = [1, 2, 4];
    const c = race(ks.map((k) => [node, [cli, '--concurrency', String(k), dirs.dir]]), Math.min(RUNS, 7), 1);
    log(`      --concurrency over the 1,000 directories (wall / CPU ms): ${c.map(([w, u], i) => `${ks[i]}: ${w.toFixed(1)} / ${u.toFixed(1)}`).join(', ')} (default: ${os.availableParallelism()})`);
  }

  // 4. Memory over 10,000 bundles.
  if (!process.env.BENCH_QUICK) {
    fs.rmSync(tgzs.dir, { recursive: true, force: true });
    const big = makeSet('many', 10000, config);
    const t = process.hrtime.bigint();
    const kib = peakRssKiB([big.dir]);
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    const mib = kib / 1024;
    row('4 10,000 bundles in one run: peak RSS / 200 MiB', (mib / 200).toFixed(2), '< 1 (under 200 MiB)', mib < 200, `(${mib.toFixed(1)} MiB, ${(ms / 1000).toFixed(2)} s)`);
  } else {
    log('SKIP  4: BENCH_QUICK');
  }

  const failed = rows.filter((r) => !r.pass);
  log(failed.length ? `${failed.length} of ${rows.length} goals missed` : `all ${rows.length} goals met`);
  process.exitCode = failed.length ? 1 : 0;
} finally {
  if (!process.env.BENCH_KEEP) fs.rmSync(tmp, { recursive: true, force: true });
}
