// The container tools that write configs for the corpus (runc, crun, umoci, podman, buildah): how to
// run them, whether they are installed, and which version each is. Nothing here needs a network.

import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';

export type Tool = 'runc' | 'crun' | 'umoci' | 'podman' | 'buildah';
export const TOOLS: readonly Tool[] = ['runc', 'crun', 'umoci', 'podman', 'buildah'];

/** Runs a tool and returns its standard output; throws with its standard error when it fails. */
export function run(cmd: string, args: readonly string[], opts: SpawnSyncOptions = {}): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 120_000, ...opts });
  // The command without the options before its subcommand (podman's storage flags): short enough to read.
  const shown = [cmd, ...args.filter((a) => !a.startsWith('/') || a.length < 40)].slice(0, 8).join(' ');
  if (r.error) throw new Error(`${shown}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${shown} exited ${r.status}: ${String(r.stderr).trim().split('\n').slice(-3).join(' ')}`);
  return String(r.stdout);
}

/** The tool's version line ("runc 1.1.5+ds1"), or undefined when it is not installed. */
export function toolVersion(tool: Tool): string | undefined {
  const r = spawnSync(tool, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  if (r.error || r.status !== 0) return undefined;
  const line = r.stdout.split('\n')[0]!.trim();
  // "runc version 1.1.5+ds1", "crun version 1.8.1", "umoci version 0.4.7+ds-3+b7", "podman version 4.3.1",
  // "buildah version 1.28.2 (image-spec ...)": keep the tool and the version.
  const m = /version\s+(\S+)/.exec(line);
  return m ? `${tool} ${m[1]}` : line;
}

export const isRoot = process.getuid?.() === 0;

/**
 * What the host lends to the configs podman and buildah write (they copy the host's capability
 * count into --privileged, and choose cgroup mounts and namespaces by the cgroup version): a config
 * generated on another kind of host differs for reasons that are not ocilint's.
 */
export function hostSignature(): string {
  const cgroup = fs.existsSync('/sys/fs/cgroup/cgroup.controllers') ? 'cgroup2' : 'cgroup1';
  // podman copies the capability count into --privileged and derives RLIMIT_NPROC from pid_max.
  const lastCap = readFlag('/proc/sys/kernel/cap_last_cap') ?? '?';
  const pidMax = readFlag('/proc/sys/kernel/pid_max') ?? '?';
  const apparmor = readFlag('/sys/module/apparmor/parameters/enabled') === 'Y' ? 'apparmor' : 'no-apparmor';
  const selinux = fs.existsSync('/sys/fs/selinux/enforce') ? 'selinux' : 'no-selinux';
  return `${cgroup} cap_last_cap=${lastCap} pid_max=${pidMax} ${apparmor} ${selinux}`;
}

function readFlag(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return undefined;
  }
}
