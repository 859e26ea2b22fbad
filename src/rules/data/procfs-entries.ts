// What a procfs mount (the container's /proc) holds, as far as a mount point can need it: the
// entries at its top, and those of /proc/sys. procfs creates no directory on request, so a mount
// point below /proc that is not one of these cannot be made. Entries that depend on the kernel's
// configuration or hardware (acpi, mtrr, config.gz) are listed: a mount there may work on some
// hosts. Written from the kernel's fs/proc documentation (Documentation/filesystems/proc.rst) and
// a running system; numeric directories (processes) and self/thread-self are handled apart.

const PROC_TOP: ReadonlySet<string> = new Set([
  'acpi', 'asound', 'bootconfig', 'buddyinfo', 'bus', 'cgroups', 'cmdline', 'config.gz', 'consoles', 'cpuinfo',
  'crypto', 'devices', 'diskstats', 'dma', 'driver', 'dynamic_debug', 'execdomains', 'fb', 'filesystems', 'fs',
  'interrupts', 'iomem', 'ioports', 'irq', 'kallsyms', 'kcore', 'key-users', 'keys', 'kmsg', 'kpagecgroup',
  'kpagecount', 'kpageflags', 'latency_stats', 'loadavg', 'locks', 'mdstat', 'meminfo', 'misc', 'modules',
  'mounts', 'mpt', 'mtrr', 'net', 'pagetypeinfo', 'partitions', 'pressure', 'schedstat', 'scsi', 'self',
  'slabinfo', 'softirqs', 'stat', 'swaps', 'sys', 'sysrq-trigger', 'sysvipc', 'thread-self', 'timer_list',
  'tty', 'uptime', 'version', 'vmallocinfo', 'vmstat', 'zoneinfo',
]);

/** The directories of /proc/sys. */
const PROC_SYS: ReadonlySet<string> = new Set(['abi', 'crypto', 'debug', 'dev', 'fs', 'kernel', 'net', 'sunrpc', 'user', 'vm']);

/**
 * Whether a clean path below /proc names something procfs has: true, false, or undefined when
 * only the host's kernel can tell (deeper paths, a process's directory).
 */
export function procfsHas(path: string): boolean | undefined {
  const parts = path.split('/').slice(2); // '', 'proc', ...
  const top = parts[0];
  if (top === undefined || top === '') return true;
  if (/^[0-9]+$/.test(top) || top === 'self' || top === 'thread-self') return undefined;
  if (!PROC_TOP.has(top)) return false;
  if (top !== 'sys' || parts.length < 2) return parts.length === 1 ? true : undefined;
  return PROC_SYS.has(parts[1]!) ? (parts.length === 2 ? true : undefined) : false;
}
