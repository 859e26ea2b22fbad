import { spawnSync } from 'node:child_process';
import { cliPath, repoRoot } from './paths.js';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real bin/ocilint.js in a subprocess. Colour is off unless the test sets it. */
export function runCli(args: readonly string[], opts: { env?: Record<string, string | undefined>; cwd?: string; input?: string | Buffer } = {}): CliRun {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'FORCE_COLOR' && k !== 'NO_COLOR') env[k] = v;
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  const r = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: opts.cwd ?? repoRoot,
    env,
    encoding: 'utf8',
    input: opts.input ?? '',
    timeout: 30_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
