// `linux.sysctl`: how a key is read, and which keys belong to the IPC namespace.

/** A key as runtimes read it: '/' separators become '.' (runc and crun accept both, as sysctl(8) does). */
export function normalizeSysctl(key: string): string {
  return key.replace(/\//g, '.');
}

/**
 * The sysctls of the IPC namespace, as runc (libcontainer validator), crun (validate_sysctl) and
 * Kata's agent list them: these eight and fs.mqueue.*. `key` is normalized.
 */
export function isIpcSysctl(key: string): boolean {
  return IPC.has(key) || key.startsWith('fs.mqueue.');
}

const IPC = new Set(['kernel.msgmax', 'kernel.msgmnb', 'kernel.msgmni', 'kernel.sem', 'kernel.shmall', 'kernel.shmmax', 'kernel.shmmni', 'kernel.shm_rmid_forced']);
