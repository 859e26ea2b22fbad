// The runtime defaults an image's config is converted over, unless --bundle-template names the
// user's own: the settings `runc spec` writes (runc v1.2.0, libcontainer/specconv/example.go, on a
// cgroup v2 host, which adds a cgroup namespace), built here as values. runc 1.1.5 also raised
// the three capabilities in the ambient set, which a non-root user then holds without their
// being inheritable; runc 1.2 dropped that, and so do these defaults. The
// conversion replaces or extends the process fields the image configures; everything else
// (capabilities, mounts, namespaces, masked paths) is the runtime's choice, not the image's.

const CAPS = ['CAP_AUDIT_WRITE', 'CAP_KILL', 'CAP_NET_BIND_SERVICE'];

export function defaultTemplate(): Record<string, unknown> {
  const mount = (destination: string, type: string, source: string, options?: string[]) => ({ destination, type, source, ...(options && { options }) });
  return {
    ociVersion: '1.2.0',
    process: {
      terminal: true,
      user: { uid: 0, gid: 0 },
      args: ['sh'],
      env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'TERM=xterm'],
      cwd: '/',
      capabilities: { bounding: [...CAPS], effective: [...CAPS], permitted: [...CAPS] },
      rlimits: [{ type: 'RLIMIT_NOFILE', hard: 1024, soft: 1024 }],
      noNewPrivileges: true,
    },
    root: { path: 'rootfs', readonly: true },
    hostname: 'runc',
    mounts: [
      mount('/proc', 'proc', 'proc'),
      mount('/dev', 'tmpfs', 'tmpfs', ['nosuid', 'strictatime', 'mode=755', 'size=65536k']),
      mount('/dev/pts', 'devpts', 'devpts', ['nosuid', 'noexec', 'newinstance', 'ptmxmode=0666', 'mode=0620', 'gid=5']),
      mount('/dev/shm', 'tmpfs', 'shm', ['nosuid', 'noexec', 'nodev', 'mode=1777', 'size=65536k']),
      mount('/dev/mqueue', 'mqueue', 'mqueue', ['nosuid', 'noexec', 'nodev']),
      mount('/sys', 'sysfs', 'sysfs', ['nosuid', 'noexec', 'nodev', 'ro']),
      mount('/sys/fs/cgroup', 'cgroup', 'cgroup', ['nosuid', 'noexec', 'nodev', 'relatime', 'ro']),
    ],
    linux: {
      resources: { devices: [{ allow: false, access: 'rwm' }] },
      namespaces: ['pid', 'network', 'ipc', 'uts', 'mount', 'cgroup'].map((type) => ({ type })),
      maskedPaths: [
        '/proc/acpi',
        '/proc/asound',
        '/proc/kcore',
        '/proc/keys',
        '/proc/latency_stats',
        '/proc/timer_list',
        '/proc/timer_stats',
        '/proc/sched_debug',
        '/sys/firmware',
        '/proc/scsi',
      ],
      readonlyPaths: ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'],
    },
  };
}
