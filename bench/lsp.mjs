#!/usr/bin/env node
// The language server's benchmark (`npm run bench:lsp`, after `npm run build`): how long an edit
// takes to come back as diagnostics, and whether the server's memory stays flat. A real
// `ocilint lsp` is driven over stdio by vscode-languageserver-protocol's client (the tests'
// client, test/helpers/lsp-client.ts); inputs are generated under a temp directory and removed.
//
//   1. edit-to-diagnostics latency, a typical config with its rootfs: median and p95 over 200 edits   goal p95 <= 15 ms
//   2. the same for the 5,000-mount config of bench/run.mjs (5,000 mounts, 5,000 syscall
//      names, 1,000 devices; about 1.3 MB of JSON)                                              goal p95 <= 150 ms
//   3. the server's memory over 1,000 edits of the typical config                              goal flat
//
// An edit is one keystroke-sized incremental change (the value of process.cwd, alternately a
// valid and a relative path, so that the findings change too); the latency is from sending
// didChange to receiving the publishDiagnostics of that version, one edit at a time. Each series
// starts after 20 edits not counted (the server's code warming up, as in the first seconds of
// typing); beside it, the server's CPU time per edit (from /proc), which a busy machine changes
// less than wall time. Memory: the V8 heap in use after a full garbage collection, every 100
// edits, is the goal's measure (what a leak would grow); it is taken from the same server code
// (dist/ocilint-lsp.cjs) run in a child `node --expose-gc` over in-memory streams, since nothing
// outside a process can force its collection. The real server's resident memory (VmRSS from
// /proc, which also holds compiled code and freed-but-kept pages) is printed beside it.
//
// Options: BENCH_EDITS=n (edits per latency series, default 200), BENCH_KEEP=1 (keep the inputs).

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { HELLO_ELF } from '../dist/test/helpers/elf.js';
import { LspClient, fileUri } from '../dist/test/helpers/lsp-client.js';
import { hugeConfig, syscallNames } from './huge-config.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EDITS = Number(process.env.BENCH_EDITS ?? 200);
const WARMUP = 20;
const MEMORY_EDITS = 1000;
const tmp = process.argv[2] === '--heap' ? '' : fs.mkdtempSync(path.join(os.tmpdir(), 'ocilint-bench-lsp-'));

function log(s) {
  process.stdout.write(s + '\n');
}

/** A bundle directory with a small rootfs (a shell, a link to it) and the given config text. */
function bundle(name, config) {
  const dir = path.join(tmp, name);
  fs.mkdirSync(path.join(dir, 'rootfs/bin'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'rootfs/usr/bin'), { recursive: true });
  for (const d of ['proc', 'dev', 'tmp', 'etc']) fs.mkdirSync(path.join(dir, 'rootfs', d), { recursive: true });
  fs.writeFileSync(path.join(dir, 'rootfs/bin/sh'), HELLO_ELF, { mode: 0o755 });
  fs.symlinkSync('../../bin/sh', path.join(dir, 'rootfs/usr/bin/sh'));
  fs.writeFileSync(path.join(dir, 'rootfs/etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\n');
  fs.writeFileSync(path.join(dir, 'config.json'), config);
  return path.join(dir, 'config.json');
}

/** Where the value of "cwd" is: the range an edit replaces (the string's contents). */
function cwdRange(text) {
  const at = text.indexOf('"cwd": "') + '"cwd": "'.length;
  const end = text.indexOf('"', at);
  const pos = (o) => {
    const before = text.slice(0, o).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  };
  return { start: pos(at), end: pos(end), length: end - at };
}

/** The i-th edit's new cwd: every other one relative (a finding), all of one length so the range stays. */
const cwdValue = (i) => (i % 2 ? `srv/x${String(i).padStart(5, '0')}` : `/srv/${String(i).padStart(5, '0')}`);

function rssKiB(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : NaN;
}

/** A process's CPU time (user + system) in ms, from /proc. */
function cpuMs(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

/** Opens the config, makes `count` edits one at a time after WARMUP, and returns the latencies (ms) and RSS samples. */
async function series(file, count, sampleEvery = 0) {
  let text = fs.readFileSync(file, 'utf8');
  const first = cwdRange(text);
  // Make the value as long as every edit's, so that each edit replaces the same range.
  text = text.slice(0, text.indexOf('"cwd": "') + 8) + cwdValue(0) + text.slice(text.indexOf('"cwd": "') + 8 + first.length);
  const range = cwdRange(text);
  const client = new LspClient({ cwd: path.dirname(file) });
  await client.initialize();
  const uri = fileUri(file);
  const openStart = performance.now();
  await client.open(uri, text);
  const openMs = performance.now() - openStart;
  const latencies = [];
  const rss = [];
  let version = 1;
  let cpu0 = 0;
  for (let i = 1; i <= WARMUP + count; i++) {
    if (i === WARMUP + 1) cpu0 = cpuMs(client.child.pid);
    version++;
    const wait = client.diagnosticsFor(uri, version);
    const t = performance.now();
    await client.sendChange(uri, version, cwdValue(i), { start: range.start, end: range.end });
    await wait;
    if (i > WARMUP) latencies.push(performance.now() - t);
    if (sampleEvery && (i - WARMUP) % sampleEvery === 0 && i > WARMUP) rss.push(rssKiB(client.child.pid));
  }
  const cpuPerEdit = (cpuMs(client.child.pid) - cpu0) / count;
  const code = await client.stop();
  if (code !== 0) throw new Error(`the server exited ${code}: ${client.stderr}`);
  const sorted = [...latencies].sort((a, b) => a - b);
  return { openMs, median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted[sorted.length - 1], rss, cpuPerEdit };
}

/**
 * In a child `node --expose-gc` (this file with --heap): the server of dist/ocilint-lsp.cjs on
 * in-memory streams, `edits` edits of `file`, and the heap in use after a full collection every
 * 100 edits, printed as JSON.
 */
async function heapChild(file, edits) {
  const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = createRequire(import.meta.url)('vscode-languageserver-protocol/node');
  const { runServer } = createRequire(import.meta.url)(path.join(root, 'dist/ocilint-lsp.cjs'));
  const toServer = new PassThrough();
  const fromServer = new PassThrough();
  void runServer([], { stdin: toServer, stdout: fromServer, stderr: process.stderr, env: {}, cwd: path.dirname(file) });
  const c = createProtocolConnection(new StreamMessageReader(fromServer), new StreamMessageWriter(toServer));
  let waiter;
  c.onNotification('textDocument/publishDiagnostics', (p) => {
    if (waiter && p.version === waiter.version) waiter.resolve();
  });
  c.listen();
  const published = (version) => new Promise((resolve) => (waiter = { version, resolve }));
  await c.sendRequest('initialize', { processId: null, rootUri: fileUri(path.dirname(file)), capabilities: {} });
  await c.sendNotification('initialized', {});
  const uri = fileUri(file);
  let text = fs.readFileSync(file, 'utf8');
  const first = cwdRange(text);
  text = text.slice(0, text.indexOf('"cwd": "') + 8) + cwdValue(0) + text.slice(text.indexOf('"cwd": "') + 8 + first.length);
  const range = cwdRange(text);
  let wait = published(1);
  await c.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text } });
  await wait;
  const heap = [];
  for (let i = 1; i <= edits; i++) {
    wait = published(i + 1);
    await c.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 1 }, contentChanges: [{ range: { start: range.start, end: range.end }, text: cwdValue(i) }] });
    await wait;
    if (i % 100 === 0) {
      globalThis.gc();
      globalThis.gc();
      heap.push(process.memoryUsage().heapUsed / 1024);
    }
  }
  process.stdout.write(JSON.stringify(heap) + '\n');
  process.exit(0);
}

if (process.argv[2] === '--heap') await heapChild(process.argv[3], Number(process.argv[4]));

const cpus = os.cpus();
log(`ocilint bench:lsp: node ${process.version}, ${cpus.length} x ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${os.type().toLowerCase()} ${os.release()}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, ${EDITS} edits per series after ${WARMUP} not counted`);
let missed = 0;
const verdict = (ok) => {
  if (!ok) missed++;
  return ok ? 'PASS' : 'FAIL';
};
try {
  const typical = bundle('typical', fs.readFileSync(path.join(root, 'fixtures/real/crun-spec/config.json'), 'utf8'));
  const t = await series(typical, EDITS);
  log(`${verdict(t.p95 <= 15)}  1 typical config (crun spec, ${fs.statSync(typical).size} bytes) with its rootfs: median ${t.median.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms  (goal p95 <= 15 ms)  (max ${t.max.toFixed(1)} ms; server CPU ${t.cpuPerEdit.toFixed(1)} ms per edit; first diagnostics after didOpen ${t.openMs.toFixed(0)} ms)`);

  const huge = bundle('huge', hugeConfig(5000, await syscallNames()));
  const h = await series(huge, EDITS);
  log(`${verdict(h.p95 <= 150)}  2 5,000 mounts + 5,000 syscalls + 1,000 devices (${(fs.statSync(huge).size / 1e6).toFixed(2)} MB): median ${h.median.toFixed(1)} ms, p95 ${h.p95.toFixed(1)} ms  (goal p95 <= 150 ms)  (max ${h.max.toFixed(1)} ms; server CPU ${h.cpuPerEdit.toFixed(1)} ms per edit; first diagnostics after didOpen ${h.openMs.toFixed(0)} ms)`);

  const m = await series(typical, MEMORY_EDITS, 100);
  const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--heap', typical, String(MEMORY_EDITS)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`the heap run failed: ${child.stderr}`);
  const heap = JSON.parse(child.stdout.trim().split('\n').pop());
  const mib = (k) => (k / 1024).toFixed(1);
  const [early, late] = [heap[0], heap[heap.length - 1]];
  // Flat: after 1,000 edits the heap is within 10% of what it was after 100.
  log(`${verdict(late <= early * 1.1)}  3 server heap after a full GC over ${MEMORY_EDITS} edits of the typical config: ${mib(early)} MiB after 100, ${mib(late)} MiB after ${MEMORY_EDITS}  (goal flat: within 10%)  (every 100 edits: ${heap.map(mib).join(', ')} MiB)`);
  log(`      the real server's RSS, every 100 edits: ${m.rss.map(mib).join(', ')} MiB; its edits: median ${m.median.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms, CPU ${m.cpuPerEdit.toFixed(1)} ms per edit`);
  log(missed ? `${missed} of 3 goals missed` : 'all 3 goals met');
} finally {
  if (process.env.BENCH_KEEP) log(`inputs kept in ${tmp}`);
  else fs.rmSync(tmp, { recursive: true, force: true });
}
process.exitCode = missed ? 1 : 0;
