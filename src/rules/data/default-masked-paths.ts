// Paths engines mask inside the container (bind /dev/null over files, an empty read-only tmpfs
// over directories) so that the host's kernel state they expose cannot be read.
//
// Source: moby/moby oci/defaults.go (DefaultLinuxSpec, MaskedPaths), the list runc's `spec`
// example and containerd's populateDefaultUnixSpec also use; see
// /work/shared/research/linter-conventions.md Part D, table D3.

/** Masked by every mainstream engine (Docker, containerd, runc spec, crun spec). */
export const REQUIRED_MASKED_PATHS: readonly string[] = [
  '/proc/acpi',
  '/proc/asound',
  '/proc/kcore',
  '/proc/keys',
  '/proc/latency_stats',
  '/proc/timer_list',
  '/proc/timer_stats',
  '/proc/sched_debug',
  '/proc/scsi',
  '/sys/firmware',
];

/** Read-only in every engine's default (moby oci/defaults.go ReadonlyPaths; runc spec). */
export const DEFAULT_READONLY_PATHS: readonly string[] = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'];
