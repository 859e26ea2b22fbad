// SELinux types a container process may run as under the Pod Security Standards (baseline).
// Source: kubernetes/pod-security-admission policy/check_seLinuxOptions.go (container_engine_t
// was added to the allowed list in Kubernetes 1.31).

export const ALLOWED_SELINUX_TYPES: readonly string[] = ['container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t'];

/** Types that mean "not confined at all": a worse finding than just "not in the allowed list". */
export const UNCONFINED_SELINUX_TYPES: readonly string[] = ['spc_t', 'unconfined_t', 'kernel_t', 'init_t'];
