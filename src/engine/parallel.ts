// Linting a large batch of bundles on several threads. The main thread and `concurrency - 1`
// worker threads claim batches of bundle indices from one shared counter (so a slow bundle does not
// hold up the others), workers send each batch's results back, and the results are put in input
// order. Only sources that can be described to another thread take part (directories, config files
// and archive files; not stdin). A worker is a script (the CLI's entry, see bin/ocilint.js) that
// calls workerMain() when it is not on the main thread.

import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import type * as WorkerThreads from 'node:worker_threads';
import type { PresetName, SeveritySetting } from '../core/types.js';
import type { SpecVersion } from '../core/versions.js';
import { ArchiveBundleSource } from '../bundle/archive-source.js';
import { DirBundleSource } from '../bundle/dir-source.js';
import type { BundleSource } from '../bundle/source.js';
import type { Rule } from '../rules/api.js';
import { lintSource, type FileResult, type LintOptions } from './lint.js';
import { resolveSettings } from './presets.js';

// node:worker_threads takes a few milliseconds to load: only a run that uses threads loads it.
let wt: typeof WorkerThreads | undefined;
const threads = (): typeof WorkerThreads => (wt ??= createRequire(import.meta.url)('node:worker_threads') as typeof WorkerThreads);

/** Marks a lint worker's argv (bin/ocilint.js checks it before loading worker_threads). */
export const WORKER_FLAG = '--ocilint-lint-worker';

/** Below this many bundles a second thread costs more than it saves (it takes ~20 ms to start). */
export const PARALLEL_MIN = 200;
const BATCH = 16;

type Descriptor = { kind: 'dir'; configPath: string; bundlePath: string } | { kind: 'archive'; file: string; name: string };

export interface ParallelOptions {
  preset: PresetName;
  ruleOverrides: [string, SeveritySetting][];
  configOnly?: boolean;
  specVersion?: SpecVersion;
  maxConfigSize?: number;
}

interface WorkerInput {
  ocilintWorker: true;
  descriptors: Descriptor[];
  counter: SharedArrayBuffer;
  options: ParallelOptions;
}

type WorkerMessage = { kind: 'batch'; start: number; results: FileResult[] } | { kind: 'done' } | { kind: 'error'; message: string };

function describe(source: BundleSource): Descriptor | undefined {
  if (source instanceof DirBundleSource) return { kind: 'dir', configPath: source.configPath, bundlePath: source.bundlePath };
  if (source instanceof ArchiveBundleSource && source.file !== undefined) return { kind: 'archive', file: source.file, name: source.bundlePath };
  return undefined;
}

function revive(d: Descriptor): BundleSource {
  return d.kind === 'dir' ? new DirBundleSource(d.configPath, d.bundlePath) : new ArchiveBundleSource(d.file, d.name);
}

function lintOptions(rules: readonly Rule[], o: ParallelOptions): LintOptions {
  return {
    rules,
    settings: resolveSettings(
      rules.map((r) => r.meta),
      o.preset,
      new Map(o.ruleOverrides),
    ),
    ...(o.configOnly !== undefined && { configOnly: o.configOnly }),
    ...(o.specVersion !== undefined && { specVersion: o.specVersion }),
    ...(o.maxConfigSize !== undefined && { maxConfigSize: o.maxConfigSize }),
  };
}

/** Claims batches from the shared counter and lints them; `done` receives each batch's results. */
async function drain(
  counter: Int32Array,
  count: number,
  get: (i: number) => BundleSource,
  opts: LintOptions,
  done: (start: number, results: FileResult[]) => void,
): Promise<void> {
  for (;;) {
    const start = Atomics.add(counter, 0, BATCH);
    if (start >= count) return;
    const results: FileResult[] = [];
    for (let i = start; i < Math.min(start + BATCH, count); i++) {
      const source = get(i);
      try {
        results.push(await lintSource(source, opts));
      } finally {
        source.close?.();
      }
    }
    done(start, results);
  }
}

/**
 * Lints `sources` on this thread and `threads - 1` workers started from `workerEntry`; undefined
 * when the batch is not worth it or cannot be described (then the caller lints on one thread).
 */
export async function lintParallel(
  sources: readonly BundleSource[],
  rules: readonly Rule[],
  options: ParallelOptions,
  count: number,
  workerEntry: string,
): Promise<FileResult[] | undefined> {
  if (count < 2 || sources.length < PARALLEL_MIN) return undefined;
  const descriptors: Descriptor[] = [];
  for (const s of sources) {
    const d = describe(s);
    if (!d) return undefined;
    descriptors.push(d);
  }
  const counter = new SharedArrayBuffer(4);
  const results = new Array<FileResult>(sources.length);
  const input: WorkerInput = { ocilintWorker: true, descriptors, counter, options };
  const { Worker } = threads();
  const workers = Array.from({ length: Math.min(count, 8) - 1 }, () => new Worker(workerEntry, { workerData: input, argv: [WORKER_FLAG], stdout: false, stderr: false }));
  const finished = workers.map(
    (w) =>
      new Promise<void>((resolve, reject) => {
        w.on('message', (m: WorkerMessage) => {
          if (m.kind === 'batch') m.results.forEach((r, k) => (results[m.start + k] = r));
          else if (m.kind === 'done') resolve();
          else reject(new Error(`worker: ${m.message}`));
        });
        w.on('error', reject);
        w.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with code ${code}`))));
      }),
  );
  try {
    await drain(new Int32Array(counter), sources.length, (i) => sources[i]!, lintOptions(rules, options), (start, rs) => rs.forEach((r, k) => (results[start + k] = r)));
    await Promise.all(finished);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

/**
 * Threads to use when --concurrency is not given: the CPUs, but only while they are not already
 * busy. A second thread costs about 40% more CPU in all (its own start-up and JIT warm-up), so it
 * pays only when a core is idle; on a loaded machine it made a batch 1.5 times slower (see
 * bench/RESULTS.md).
 */
export function defaultThreads(): number {
  const cpus = availableParallelism();
  return loadavg()[0]! <= cpus - 0.5 ? cpus : 1;
}

/** True in a thread started by lintParallel. */
export function isLintWorker(): boolean {
  const { isMainThread, workerData } = threads();
  return !isMainThread && (workerData as Partial<WorkerInput> | null)?.ocilintWorker === true;
}

/** The body of a worker thread: lint what it can claim, send the results, say done. */
export async function workerMain(rules: readonly Rule[]): Promise<void> {
  const input = threads().workerData as WorkerInput;
  const port = threads().parentPort!;
  try {
    await drain(new Int32Array(input.counter), input.descriptors.length, (i) => revive(input.descriptors[i]!), lintOptions(rules, input.options), (start, results) =>
      port.postMessage({ kind: 'batch', start, results } satisfies WorkerMessage),
    );
    port.postMessage({ kind: 'done' } satisfies WorkerMessage);
  } catch (e) {
    port.postMessage({ kind: 'error', message: (e as Error)?.stack ?? String(e) } satisfies WorkerMessage);
  }
}
