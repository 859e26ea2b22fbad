// Namespaces a hardened Linux bundle creates for itself. Sources: moby oci/defaults.go and runc's
// `spec` example (pid, network, ipc, uts, mount), runc adding `cgroup` on cgroup v2 hosts, and
// runc's ToRootless (`user`). Each type but `user` has a host-<type>-namespace rule; the user
// namespace is judged by root-without-userns and userns-maps-host-root.

export const HARDENED_NAMESPACES: readonly string[] = ['pid', 'network', 'ipc', 'uts', 'mount', 'cgroup', 'user'];

