// Writing a fixed config.json back (--fix): the one place ocilint writes into a bundle, and only
// the config file, never the rootfs. Atomic: the new text goes to a temporary file in the same
// directory, which is flushed to disk and renamed over the config, so that a run killed at any
// point leaves either the old file or the new one, whole; never half of one. The file keeps its
// permission bits (and its owner, when ocilint may set it). A config.json that is a symlink
// (inside the bundle: the read refused any other) has the file it leads to replaced.

import * as fs from 'node:fs';
import * as path from 'node:path';

/** Why a fixed config was not written; the message names no path (the caller does). */
export class ConfigWriteError extends Error {
  override name = 'ConfigWriteError';
}

/**
 * Replaces `file`'s bytes, which must still be `expected` (what was linted), with `text` as UTF-8.
 * Throws ConfigWriteError when the file changed since or cannot be written.
 */
export function rewriteConfig(file: string, expected: Uint8Array, text: string): void {
  let real: string;
  let st: fs.Stats;
  try {
    real = fs.realpathSync(file);
    st = fs.statSync(real);
  } catch (e) {
    throw new ConfigWriteError(`cannot be written: ${errno(e)}`);
  }
  if (!st.isFile()) throw new ConfigWriteError('is no longer a regular file; not written');
  let now: Buffer;
  try {
    now = fs.readFileSync(real);
  } catch (e) {
    throw new ConfigWriteError(`cannot be read back: ${errno(e)}`);
  }
  if (!now.equals(expected)) throw new ConfigWriteError('changed while it was being linted; not written (run --fix again)');
  const mode = st.mode & 0o7777;
  const tmp = path.join(path.dirname(real), `.${path.basename(real)}.ocilint-${process.pid}.tmp`);
  let fd: number | undefined;
  try {
    // 'wx': a file of that name that is not ours is neither written nor, below, removed.
    fd = fs.openSync(tmp, 'wx', mode);
  } catch (e) {
    throw new ConfigWriteError(`cannot be written: no temporary file beside it (${errno(e)})`);
  }
  try {
    fs.writeFileSync(fd, text, 'utf8');
    // The umask may have taken bits away from the mode given to open.
    fs.fchmodSync(fd, mode);
    try {
      fs.fchownSync(fd, st.uid, st.gid);
    } catch {
      // Only root may give a file away; the owner is then the user running ocilint.
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    pauseForTest(tmp);
    fs.renameSync(tmp, real);
  } catch (e) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw new ConfigWriteError(`cannot be written: ${errno(e)}`);
  }
}

function errno(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? String(e);
}

/**
 * For the test that kills --fix between writing the temporary file and renaming it:
 * OCILINT_TEST_FIX_PAUSE_MS makes it say where it is, on standard error, and wait that long.
 */
function pauseForTest(tmp: string): void {
  const ms = Number(process.env['OCILINT_TEST_FIX_PAUSE_MS']);
  if (!(ms > 0)) return;
  fs.writeSync(2, `ocilint: test: paused before renaming ${tmp}\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
