// Runs the real bin/ocilint.js as a subprocess.
import { spawnSync } from 'node:child_process';
import { cliPath, repoRoot } from './paths.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Colour and CI detection are off unless the test sets them, and so are OCILINT_* settings from the
 * environment the suite runs in.
 */
export function runCli(args: readonly string[], opts: { env?: Record<string, string | undefined>; cwd?: string; input?: string | Buffer } = {}): CliRun {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('OCILINT_')));
  const env: Record<string, string | undefined> = { ...inherited, NO_COLOR: undefined, FORCE_COLOR: undefined, GITHUB_ACTIONS: undefined, COLUMNS: undefined, ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: opts.cwd ?? repoRoot,
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    input: opts.input ?? '',
    timeout: 30_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
