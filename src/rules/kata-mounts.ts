import { defineRule, specUrl } from './api.js';
import { mounts } from '../model/mounts.js';
import { cleanPath } from '../model/paths.js';
import { KATA_VERSIONS } from './util/kata.js';

// How Kata Containers treats a bundle's bind mounts (type "bind": Kata decides by the type, not
// by the options). Its shim shares the source of each one into the VM through the shared
// filesystem (virtio-fs by default) and the agent binds the shared copy into the container
// (src/runtime/virtcontainers/container.go, mountSharedDirMounts), except:
// - a source under /proc or /sys is not shared (mount.go, isSystemMount), and one under /dev that
//   is not a regular file neither (isHostDevice): the agent binds the VM's own path instead
//   (docs/Limitations.md, "Mounting guest devices");
// - the agent refuses a bind onto /proc, and inside /proc except eight files
//   (src/agent/rustjail/src/mount.rs, check_proc_mount; docs/Limitations.md, "Mounting procfs and
//   sysfs"). mount-inside-proc reports the others, which runc refuses too; this rule reports the
//   two it lets through and Kata refuses;
// - propagation flags are applied inside the VM: mounts the container makes under a shared bind
//   reach the pod's other containers but not the host (kata-containers issues #8853, #10502).
const KATA_PROC_ALLOWED = new Set(['/proc/cpuinfo', '/proc/diskstats', '/proc/meminfo', '/proc/stat', '/proc/swaps', '/proc/uptime', '/proc/loadavg', '/proc/net/dev']);
/** Binds inside /proc that mount-inside-proc lets through (runc allows them) and Kata refuses. */
const RUNC_ONLY = new Set(['/proc/slabinfo', '/proc/sys/kernel/ns_last_pid']);

export default defineRule({
  meta: {
    id: 'kata-mounts',
    description: 'Kata Containers shares bind mounts into its VM, except host /proc, /sys and /dev paths, refuses binds onto /proc, and keeps shared propagation inside the VM.',
    category: 'runtime',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config.md', 'configMounts'), level: 'MAY' },
    targets: ['kata'],
    runtimeVersions: KATA_VERSIONS,
    platforms: ['linux'],
    messages: {
      procBind: {
        headline: 'mounts[{{index}}] binds onto "{{destination}}": the Kata agent refuses it',
        detail: `Kata's agent refuses a bind mount onto /proc, or inside it, other than onto ${[...KATA_PROC_ALLOWED].join(', ')}: host content must not shadow the VM's procfs (CVE-2019-16884).`,
        help: 'Leave the mount out, or bind onto one of the files Kata allows.',
        severity: 'error',
        runtimes: { kata: 'refuses' },
      },
      systemSource: {
        headline: 'mounts[{{index}}] source "{{source}}" is the Kata VM\'s, not the host\'s',
        detail: 'Kata does not share host paths under /proc and /sys into its VM: its agent binds the VM\'s own path instead, so the container sees the guest kernel\'s files (its cgroups, its sysfs), not the host\'s.',
        help: 'Do not expect host state through this mount under Kata; if the container needs host data, have the host write it to an ordinary directory and bind that.',
        runtimes: { kata: 'accepts' },
      },
      deviceSource: {
        headline: 'mounts[{{index}}] source "{{source}}" under /dev is bound from inside the Kata VM',
        detail: 'Kata shares a host path under /dev into its VM only when it is a regular file. A device, a directory (/dev itself) or any other special file is not shared: the agent binds the VM\'s own path, so the container gets the guest\'s device, if the guest has one (docs/Limitations.md, "Mounting guest devices").',
        help: 'Pass a host device with linux.devices (a block device or a VFIO group), not with a bind mount.',
        runtimes: { kata: 'accepts' },
      },
      propagation: {
        headline: 'mounts[{{index}}] "{{destination}}" "{{option}}" propagates inside the Kata VM only',
        detail: 'Kata applies the propagation flag inside its VM. Mounts the container makes under this path reach the other containers of its pod, in the same VM, but never the host: the shared filesystem carries files, not mounts (kata-containers issues #8853 and #10502).',
        help: 'Do not rely on Bidirectional mount propagation reaching the host under Kata; run a container that must mount for the host (a CSI node plugin, for one) with runc or crun.',
        runtimes: { kata: 'accepts' },
      },
    },
  },
  reads: ['mounts'],
  check(ctx) {
    for (const m of mounts(ctx)) {
      if (m.type !== 'bind') continue;
      const data = { index: m.index, destination: m.destination ?? '', source: m.source ?? '' };
      const dest = m.destination === undefined ? undefined : cleanPath(m.destination);
      if (dest === '/proc' || (dest !== undefined && RUNC_ONLY.has(dest))) ctx.report({ messageId: 'procBind', node: m.node, key: 'destination', data });
      const source = m.source === undefined ? undefined : cleanPath(m.source);
      if (source !== undefined && /^\/(proc|sys)(\/|$)/.test(source)) ctx.report({ messageId: 'systemSource', node: m.node, key: 'source', data });
      else if (source !== undefined && /^\/dev(\/|$)/.test(source)) ctx.report({ messageId: 'deviceSource', node: m.node, key: 'source', data });
      const shared = m.options.find((o) => o.value === 'rshared' || o.value === 'shared');
      if (shared && m.node.options) ctx.report({ messageId: 'propagation', node: m.node.options, key: shared.index, data: { ...data, option: shared.value } });
    }
  },
});
