// What the differential tests share: a command on PATH, a copy of the hello fixture changed for
// one case, and a container created (not started) by the installed runc or crun.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixturesDir } from './paths.js';
import { tempDir } from './fixture.js';

// Test data of any shape: the cases reach into it freely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;

/** Whether a command is on PATH. */
export function has(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

/**
 * A copy of fixtures/bundles/hello with ociVersion 1.0.2 (every runtime here accepts it), changed
 * by `edit`, which may also return the config's raw bytes. Returns the bundle directory.
 */
export function helloBundle(edit: (config: Json, bundleDir: string) => void | string | Buffer, prefix = 'ocilint-diff-'): string {
  const dir = path.join(tempDir(prefix), 'bundle');
  fs.cpSync(path.join(fixturesDir, 'bundles', 'hello'), dir, { recursive: true });
  const config = JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8')) as Json;
  config['ociVersion'] = '1.0.2';
  const raw = edit(config, dir);
  fs.writeFileSync(path.join(dir, 'config.json'), raw ?? JSON.stringify(config, null, 2));
  return dir;
}

/**
 * `runtime create` of a bundle, with the runtime's state in a temp directory: whether it worked,
 * what the runtime printed, and `remove()` (delete -f), to call in every case. The container's init
 * inherits the runtime's output and holds it until it is deleted, so the output goes to a file: a
 * pipe would keep spawnSync waiting for its end. crun 1.8 refuses a hybrid cgroup host whose
 * cgroup2 mount has controllers; as the runtime oracle does, it runs in a mount namespace of its
 * own without that mount.
 */
export function createContainer(runtime: 'runc' | 'crun', bundle: string, id: string): { ok: boolean; output: string; remove(): void } {
  const state = tempDir('ocilint-rt-');
  const log = path.join(state, 'runtime.log');
  const run = (...args: string[]): number | null => {
    const [cmd, argv] =
      runtime === 'crun'
        ? ['unshare', ['-m', 'sh', '-c', 'umount /sys/fs/cgroup/unified 2>/dev/null; exec crun "$@"', 'sh', '--root', state, ...args]]
        : [runtime, ['--root', state, ...args]];
    const fd = fs.openSync(log, 'w');
    try {
      return spawnSync(cmd, argv, { cwd: bundle, stdio: ['ignore', fd, fd], timeout: 60_000 }).status;
    } finally {
      fs.closeSync(fd);
    }
  };
  const ok = run('create', id) === 0;
  return { ok, output: fs.readFileSync(log, 'utf8'), remove: () => void run('delete', '-f', id) };
}
