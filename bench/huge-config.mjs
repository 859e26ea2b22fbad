// The large config both benchmarks lint (bench/run.mjs's goal 3, bench/lsp.mjs's second series).

import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Linux system call names, from the rule that knows them (the bench runs after a build). */
export async function syscallNames() {
  const { LINUX_SYSCALLS } = await import(path.join(root, 'dist/src/rules/data/linux-syscalls.js'));
  return [...LINUX_SYSCALLS];
}

/**
 * A config with n mounts, n seccomp syscall names and n/5 devices. With `real`, the names are
 * real system calls, spread over as many allow rules as it takes (a name once per rule): a large
 * profile with nothing wrong in it. Without, they are n invented names ("syscall_0", ...), each
 * of which is a finding: that measures 5,000 findings as much as the checks.
 */
export function hugeConfig(n, real) {
  const mounts = [{ destination: '/proc', type: 'proc', source: 'proc' }];
  for (let i = 0; i < n; i++) mounts.push({ destination: `/mnt/m${i}`, type: 'bind', source: `/srv/m${i}`, options: ['rbind', 'ro'] });
  const syscalls = [];
  if (real) {
    for (let done = 0; done < n; ) {
      const names = real.slice(0, Math.min(real.length, n - done));
      syscalls.push({ names, action: 'SCMP_ACT_ALLOW' });
      done += names.length;
    }
  } else {
    syscalls.push({ names: Array.from({ length: n }, (_, i) => `syscall_${i}`), action: 'SCMP_ACT_ALLOW' });
  }
  const devices = Array.from({ length: n / 5 }, (_, i) => ({ path: `/dev/d${i}`, type: 'c', major: 10, minor: i, fileMode: 0o666, uid: 0, gid: 0 }));
  return JSON.stringify(
    {
      ociVersion: '1.3.0',
      process: { user: { uid: 0, gid: 0 }, args: ['/bin/sh'], env: ['PATH=/usr/bin:/bin'], cwd: '/' },
      root: { path: 'rootfs' },
      mounts,
      linux: {
        namespaces: [{ type: 'pid' }, { type: 'mount' }],
        devices,
        seccomp: { defaultAction: 'SCMP_ACT_ERRNO', architectures: ['SCMP_ARCH_X86_64'], syscalls: syscalls.length ? syscalls : [{ names: ['read'], action: 'SCMP_ACT_ALLOW' }] },
      },
    },
    null,
    2,
  );
}
