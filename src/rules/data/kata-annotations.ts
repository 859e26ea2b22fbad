// The io.katacontainers.* annotations Kata Containers reads from a bundle, with the value each
// takes. Not a rule. Sources (kata-containers at tag 3.32.0):
// - src/runtime/virtcontainers/pkg/annotations/annotations.go: the keys of the Go runtime;
// - src/runtime/pkg/oci/utils.go: how each value is parsed (setBool is Go's strconv.ParseBool,
//   setUint strconv.ParseUint in base 10, default_vcpus a non-negative float), the values an
//   enumerated key accepts, and the 256 MiB floor of default_memory;
// - src/libs/kata-types/src/annotations/mod.rs: the keys runtime-rs adds (taken as strings here);
// - docs/how-to/how-to-set-sandbox-config-kata.md: the documented table of keys and types.

export const KATA_PREFIX = 'io.katacontainers.';
export const HYPERVISOR_PREFIX = 'io.katacontainers.config.hypervisor.';

/** How Kata parses a value: a Go boolean, an unsigned decimal, a non-negative number, free text, or one of a list. */
export type KataValueKind = 'bool' | 'uint' | 'float' | 'string' | readonly string[];

export interface KataAnnotation {
  readonly kind: KataValueKind;
  /** Read from every container's bundle (`container`), or only when the bundle starts the VM (`sandbox`). */
  readonly scope: 'sandbox' | 'container';
  /** Known to runtime-rs only; the Go runtime ignores it. */
  readonly rsOnly?: true;
  /** The smallest value Kata accepts. */
  readonly min?: number;
}

const S = (kind: KataValueKind, extra: Partial<KataAnnotation> = {}): KataAnnotation => ({ kind, scope: 'sandbox', ...extra });
const RS: Partial<KataAnnotation> = { rsOnly: true };

const HYPERVISOR = (): Readonly<Record<string, KataAnnotation>> => ({
  // Guest assets and the programs the runtime starts on the host.
  kernel: S('string'), image: S('string'), initrd: S('string'), path: S('string'), jailer_path: S('string'),
  firmware: S('string'), firmware_volume: S('string'), kernel_hash: S('string'), image_hash: S('string'),
  initrd_hash: S('string'), hypervisor_hash: S('string'), jailer_hash: S('string'), firmware_hash: S('string'),
  firmware_volume_hash: S('string'), virtio_fs_daemon: S('string'), entropy_source: S('string'),
  vhost_user_store_path: S('string'),
  kernel_params: S('string'), kernel_verity_params: S('string'), machine_type: S('string'),
  machine_accelerators: S('string'), cpu_features: S('string'), guest_hook_path: S('string'),
  default_gpu_model: S('string'), numa_mapping: S('string'), virtio_fs_extra_args: S('string'),
  virtio_fs_cache: S('string'), cc_init_data: S('string'),
  hot_plug_vfio: S(['no-port', 'bridge-port', 'root-port', 'switch-port', '']),
  cold_plug_vfio: S(['no-port', 'bridge-port', 'root-port', 'switch-port', '']),
  shared_fs: S(['virtio-9p', 'virtio-fs']),
  block_device_driver: S(['virtio-scsi', 'virtio-blk', 'virtio-mmio', 'nvdimm', 'virtio-blk-ccw']),
  block_device_aio: S(['native', 'threads', 'io_uring']),
  default_vcpus: S('float'),
  default_memory: S('uint', { min: 256 }),
  default_max_vcpus: S('uint'), memory_slots: S('uint'), memory_offset: S('uint'), msize_9p: S('uint'),
  virtio_fs_cache_size: S('uint'), indep_iothreads: S('uint'), blk_logical_sector_size: S('uint'),
  blk_physical_sector_size: S('uint'), rx_rate_limiter_max_rate: S('uint'), tx_rate_limiter_max_rate: S('uint'),
  vhost_user_reconnect_timeout_sec: S('uint'), pcie_root_port: S('uint'), pcie_switch_port: S('uint'),
  default_gpus: S('uint'),
  disable_vhost_net: S('bool'), enable_vhost_user_store: S('bool'), disable_image_nvdimm: S('bool'),
  use_legacy_serial: S('bool'), enable_virtio_mem: S('bool'), enable_mem_prealloc: S('bool'),
  reclaim_guest_freed_memory: S('bool'), enable_hugepages: S('bool'), enable_iommu: S('bool'),
  enable_iommu_platform: S('bool'), disable_block_device_use: S('bool'), enable_iothreads: S('bool'),
  block_device_cache_set: S('bool'), block_device_cache_direct: S('bool'), block_device_cache_noflush: S('bool'),
  enable_guest_swap: S('bool'), rootless: S('bool'),
  // runtime-rs only.
  asset_hash_type: S('string', RS), block_device_num_queues: S('string', RS), block_device_queue_size: S('string', RS),
  hotplug_vfio_on_root_bus: S('string', RS), hugepage_type: S('string', RS), network_queues: S('string', RS),
  path_hash: S('string', RS), 'prefetch_files.list': S('string', RS),
});

const RUNTIME = (): Readonly<Record<string, KataAnnotation>> => ({
  disable_guest_seccomp: S('bool'), sandbox_cgroup_only: S('bool'), enable_pprof: S('bool'),
  disable_new_netns: S('bool'), experimental_force_guest_pull: S('bool'), create_container_timeout: S('uint'),
  guest_selinux_label: S('string'), experimental: S('string'),
  internetworking_model: S(['default', 'macvtap', 'tcfilter', 'none']),
  vfio_mode: S(['vfio', 'guest-kernel']),
  agent_name: S('string', RS), disable_guest_empty_dir: S('string', RS), enable_vcpus_pinning: S('string', RS),
  hypervisor_name: S('string', RS), name: S('string', RS), sandbox_bind_mounts: S('string', RS), shared_mounts: S('string', RS),
});

const AGENT = (): Readonly<Record<string, KataAnnotation>> => ({
  kernel_modules: S('string'), enable_tracing: S('bool'), container_pipe_size: S('uint'), policy: S('string'),
  cdh_api_timeout: S('string'), cdh_api_timeout_ms: S('string', RS),
});

function prefixed(prefix: string, table: Readonly<Record<string, KataAnnotation>>): [string, KataAnnotation][] {
  return Object.entries(table).map(([name, a]) => [prefix + name, a]);
}

let table: ReadonlyMap<string, KataAnnotation> | undefined;

/**
 * Every io.katacontainers.* key Kata 3.x reads, by full key. Built on first use: a config without
 * Kata annotations never asks, and building it is a tenth of a millisecond of every cold start.
 */
export function kataAnnotations(): ReadonlyMap<string, KataAnnotation> {
  return (table ??= new Map([
    ...prefixed(HYPERVISOR_PREFIX, HYPERVISOR()),
    ...prefixed('io.katacontainers.config.runtime.', RUNTIME()),
    ...prefixed('io.katacontainers.config.agent.', AGENT()),
    ['io.katacontainers.config_path', S('string')],
    ['io.katacontainers.pkg.oci.bundle_path', S('string')],
    ['io.katacontainers.pkg.oci.container_type', S(['pod_container', 'pod_sandbox'])],
    ['io.katacontainers.asset_hash_type', S('string')],
    ['io.katacontainers.enable_vcpus_pinning', S('bool')],
    ['io.katacontainers.container.resource.swappiness', { kind: 'uint', scope: 'container' }],
    ['io.katacontainers.container.resource.swap_in_bytes', { kind: 'uint', scope: 'container' }],
  ]));
}

/**
 * The hypervisor annotation names the shipped configuration allows (`enable_annotations` of
 * configuration-qemu.toml, DEFENABLEANNOTATIONS in src/runtime/Makefile), with the 3.x releases
 * that allow each. Kata matches each entry as an unanchored regular expression against the name,
 * so "enable_iommu" also admits enable_iommu_platform.
 */
export const DEFAULT_ENABLED: readonly { readonly name: string; readonly releases: string }[] = [
  { name: 'enable_iommu', releases: '3.0 and later' },
  { name: 'kernel_params', releases: '3.3 and later' },
  { name: 'kernel_verity_params', releases: '3.27 and later' },
];

/** virtio_fs_extra_args was allowed by default from 3.2 to 3.30 and dropped in 3.31, for security. */
export const FORMERLY_ENABLED: readonly { readonly name: string; readonly releases: string }[] = [{ name: 'virtio_fs_extra_args', releases: '3.2 to 3.30' }];

/** Whether the shipped configuration of the newest 3.x release lets a hypervisor annotation name through. */
export function enabledByDefault(name: string): boolean {
  return DEFAULT_ENABLED.some((e) => name.includes(e.name));
}

/** Go's strconv.ParseBool. */
const GO_BOOLS = new Set(['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False']);

/** Whether Kata's Go runtime parses the value as the key's kind. */
export function parses(kind: KataValueKind, value: string): boolean {
  if (Array.isArray(kind)) return kind.includes(value);
  switch (kind) {
    case 'bool':
      return GO_BOOLS.has(value);
    case 'uint':
      return /^\d+$/.test(value) && BigInt(value) < 2n ** 64n;
    case 'float':
      return /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value);
    default:
      return true;
  }
}

/** How a kind reads in a message. */
export function kindText(kind: KataValueKind): string {
  if (Array.isArray(kind)) return `one of ${kind.filter((k) => k !== '').map((k) => `"${k}"`).join(', ')}`;
  switch (kind) {
    case 'bool':
      return '"true" or "false"';
    case 'uint':
      return 'an unsigned decimal integer';
    case 'float':
      return 'a non-negative number';
    default:
      return 'text';
  }
}
