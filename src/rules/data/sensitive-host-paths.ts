// Host directories whose bind mount into a container exposes or lets it alter the host.
// Sources: kube-linter sensitive-host-mounts (pkg/templates/hostmounts, default dirs
// `/ /boot /dev /etc /lib /proc /sys /usr`), CIS Docker Benchmark 5.6 (same list), Trivy KSV-0121
// (adds /var/lib/docker); runtime sockets: kube-linter docker-sock, CIS Docker 5.32, extended to
// the other engines' API sockets.

export const SENSITIVE_HOST_DIRS: readonly string[] = ['/', '/boot', '/dev', '/etc', '/lib', '/proc', '/sys', '/usr', '/var/lib/docker'];

/**
 * Host state directories: every service's runtime state (sockets, pid files, locks) or persistent
 * state (databases, kubelet credentials, container stores). Written by a root container, they let
 * it impersonate or replace host services. Only the directories themselves: their subdirectories
 * (a kubelet volume under /var/lib) are what volumes are made of.
 */
export const HOST_STATE_DIRS: readonly string[] = ['/run', '/var/run', '/var/lib'];

/** Engine API sockets (by file name): whoever can talk to one can start a privileged container. */
export const RUNTIME_SOCKET_NAMES: readonly string[] = ['docker.sock', 'containerd.sock', 'crio.sock', 'podman.sock', 'cri-dockerd.sock', 'buildkitd.sock'];

/** Directories containing the runtime sockets; binding one of these exposes every socket in it. */
export const RUNTIME_SOCKET_DIRS: readonly string[] = ['/run/containerd', '/var/run/containerd', '/run/crio', '/var/run/crio', '/run/podman', '/var/run/podman', '/run/docker', '/var/run/docker'];

/** World-writable directories: a hook binary there can be replaced by any local user. */
export const WORLD_WRITABLE_DIRS: readonly string[] = ['/tmp', '/var/tmp', '/dev/shm', '/run/shm'];
