// Sysctls the Pod Security Standards (baseline) treat as safe, by the Kubernetes version that
// first allowed them. Source: kubernetes/pod-security-admission policy/check_sysctls.go (the
// version-keyed allowed lists); Trivy KSV-0026 mirrors the same matrix up to 1.32.

const SAFE_SYSCTLS_BY_K8S_VERSION: ReadonlyArray<{ since: string; names: readonly string[] }> = [
  {
    since: '1.0',
    names: [
      'kernel.shm_rmid_forced',
      'net.ipv4.ip_local_port_range',
      'net.ipv4.tcp_syncookies',
      'net.ipv4.ping_group_range',
      'net.ipv4.ip_unprivileged_port_start',
    ],
  },
  { since: '1.27', names: ['net.ipv4.ip_local_reserved_ports'] },
  { since: '1.29', names: ['net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes'] },
  { since: '1.32', names: ['net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'] },
  { since: '1.37', names: ['net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat'] },
];

/** The newest Kubernetes version this table knows. */
export const LATEST_K8S_VERSION = '1.37';

function versionKey(v: string): number {
  const [maj = 0, min = 0] = v.split('.').map(Number);
  return maj * 1000 + min;
}

/** The safe set as of a Kubernetes version (default: the newest known). */
export function safeSysctls(k8sVersion: string = LATEST_K8S_VERSION): ReadonlySet<string> {
  const out = new Set<string>();
  for (const row of SAFE_SYSCTLS_BY_K8S_VERSION) if (versionKey(row.since) <= versionKey(k8sVersion)) for (const n of row.names) out.add(n);
  return out;
}
