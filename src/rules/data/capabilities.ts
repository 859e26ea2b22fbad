// Capability reference sets.
//
// Sources: capabilities(7) for the full list (numbers 0-40 in Linux 5.9+); Pod Security Standards
// baseline set from kubernetes/pod-security-admission policy/check_capabilities_baseline.go;
// the dangerous set from linter-conventions.md D1 (OCI313), which follows Trivy KSV-0005/0120,
// Checkov CKV_K8S_39, kubesec CapSysAdmin and the capabilities moby's seccomp profile gates
// syscalls behind.

/** Every capability of capabilities(7), in kernel number order (CAP_CHOWN = 0). */
export const ALL_CAPABILITIES: readonly string[] = [
  'CAP_CHOWN', 'CAP_DAC_OVERRIDE', 'CAP_DAC_READ_SEARCH', 'CAP_FOWNER', 'CAP_FSETID', 'CAP_KILL',
  'CAP_SETGID', 'CAP_SETUID', 'CAP_SETPCAP', 'CAP_LINUX_IMMUTABLE', 'CAP_NET_BIND_SERVICE',
  'CAP_NET_BROADCAST', 'CAP_NET_ADMIN', 'CAP_NET_RAW', 'CAP_IPC_LOCK', 'CAP_IPC_OWNER',
  'CAP_SYS_MODULE', 'CAP_SYS_RAWIO', 'CAP_SYS_CHROOT', 'CAP_SYS_PTRACE', 'CAP_SYS_PACCT',
  'CAP_SYS_ADMIN', 'CAP_SYS_BOOT', 'CAP_SYS_NICE', 'CAP_SYS_RESOURCE', 'CAP_SYS_TIME',
  'CAP_SYS_TTY_CONFIG', 'CAP_MKNOD', 'CAP_LEASE', 'CAP_AUDIT_WRITE', 'CAP_AUDIT_CONTROL',
  'CAP_SETFCAP', 'CAP_MAC_OVERRIDE', 'CAP_MAC_ADMIN', 'CAP_SYSLOG', 'CAP_WAKE_ALARM',
  'CAP_BLOCK_SUSPEND', 'CAP_AUDIT_READ', 'CAP_PERFMON', 'CAP_BPF', 'CAP_CHECKPOINT_RESTORE',
];

/** Capabilities 0-37 (Linux 3.16 to 5.8): a set holding all of them is "every capability". */
export const CLASSIC_CAPABILITIES: readonly string[] = ALL_CAPABILITIES.slice(0, 38);

/** PSS baseline: the only capabilities a baseline pod may add (check_capabilities_baseline.go). */
export const BASELINE_CAPABILITIES: readonly string[] = [
  'CAP_AUDIT_WRITE', 'CAP_CHOWN', 'CAP_DAC_OVERRIDE', 'CAP_FOWNER', 'CAP_FSETID', 'CAP_KILL',
  'CAP_MKNOD', 'CAP_NET_BIND_SERVICE', 'CAP_SETFCAP', 'CAP_SETGID', 'CAP_SETPCAP', 'CAP_SETUID',
  'CAP_SYS_CHROOT',
];

/** PSS restricted: the only capability a restricted pod may add back after dropping ALL. */
export const RESTRICTED_CAPABILITIES: readonly string[] = ['CAP_NET_BIND_SERVICE'];

/** Capabilities that each amount to (or lead quickly to) control of the host, with the reason. */
export const DANGEROUS_CAPABILITIES: Readonly<Record<string, string>> = {
  CAP_SYS_ADMIN: 'mount filesystems, use most namespaces and many privileged ioctls',
  CAP_SYS_MODULE: 'load kernel modules',
  CAP_SYS_PTRACE: 'trace and inject code into other processes',
  CAP_SYS_RAWIO: 'use raw I/O ports and /dev/mem',
  CAP_DAC_READ_SEARCH: 'open any file by handle (open_by_handle_at), the "shocker" escape',
  CAP_NET_ADMIN: 'reconfigure interfaces, routes and firewall rules',
  CAP_BPF: 'load eBPF programs',
  CAP_PERFMON: 'use perf events to observe the kernel',
  CAP_SYS_BOOT: 'reboot the host or load a new kernel',
  CAP_SYS_TIME: 'set the host clock',
  CAP_MAC_ADMIN: 'change the LSM (AppArmor/SELinux) policy',
  CAP_MAC_OVERRIDE: 'bypass the LSM policy',
  CAP_SYSLOG: 'read and clear the kernel log, which leaks kernel addresses',
};
