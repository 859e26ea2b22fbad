import { defineRule } from './api.js';
import { HOST_STATE_DIRS, SENSITIVE_HOST_DIRS } from './data/sensitive-host-paths.js';
import { hasOption, hostBinds, isReadOnly } from '../model/mounts.js';
import { cleanPath } from '../model/paths.js';
import { confinedByUserns, runsAsHostRoot } from '../model/namespaces.js';

// Binding a host system directory gives the container the host's configuration, binaries, devices
// or process table; read-write, it can rewrite them (an /etc/cron.d entry, a binary in /usr, the
// whole root). Even "ro" does not cover submounts of a recursive bind, which stay writable.
// Written by a process that is the host's root (uid 0, no user namespace), two more kinds of
// source are as bad: the host's state directories (/run, /var/run, /var/lib: every service's
// sockets, pid files and databases), and a single file from the host's /etc (its resolv.conf,
// passwd or crontab).
export default defineRule({
  meta: {
    id: 'sensitive-host-mount',
    description: 'Host system directories (/, /boot, /dev, /etc, /lib, /proc, /sys, /usr, /var/lib/docker) should not be bind-mounted into the container, nor /run, /var/run, /var/lib or a host /etc file read-write into a root container.',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'high',
    platforms: ['linux'],
    messages: {
      sensitive: {
        headline: 'mounts[{{index}}].source "{{source}}" binds the host\'s {{dir}} {{mode}} at "{{destination}}"',
        detail: 'A host system directory holds the host\'s configuration, binaries, devices or process table: {{consequence}}.',
        help: 'Remove the mount, or bind only the files the workload needs, read-only.',
        cases: {
          rootlessSys: {
            severity: 'info',
            when: 'the host\'s /sys bound read-only at /sys in a user namespace that leaves out the host\'s root: what rootless generators write, since sysfs cannot be mounted there without a network namespace; it shows what a sysfs mount would, and the host\'s root owns the files below',
          },
        },
      },
      hostState: {
        headline: 'mounts[{{index}}] binds the host\'s {{dir}} read-write into a root container',
        detail: 'It holds the runtime state of the host\'s services ({{what}}), and the container\'s root is the host\'s root: it can replace their sockets, pid files or data and so act as, or in place of, them.',
        help: 'Bind only the subdirectory or socket the workload needs, read-only ("ro"), or run the process as a non-root user or in a user namespace.',
      },
      hostEtcFile: {
        headline: 'mounts[{{index}}] binds the host\'s "{{source}}" read-write into a root container',
        detail: 'The container\'s root is the host\'s root, and what it writes there is the host\'s own configuration file, read by the host\'s services.',
        help: 'Add "ro" to the mount\'s options, or give the container its own copy of the file.',
      },
    },
  },
  reads: ['mounts'],
  check(ctx) {
    for (const m of hostBinds(ctx)) {
      const dir = cleanPath(m.source);
      if (!SENSITIVE_HOST_DIRS.includes(dir)) {
        if (isReadOnly(m) || !runsAsHostRoot(ctx)) continue;
        if (HOST_STATE_DIRS.includes(dir)) {
          ctx.report({ messageId: 'hostState', node: m.node, key: 'source', data: { index: m.index, dir, what: dir === '/var/lib' ? 'databases, kubelet and container stores' : 'sockets, pid files and locks' } });
        } else if (dir.startsWith('/etc/')) {
          ctx.report({ messageId: 'hostEtcFile', node: m.node, key: 'source', data: { index: m.index, source: m.source } });
        }
        continue;
      }
      const ro = isReadOnly(m);
      // Recursive (MS_REC) by its options alone, as MS_BIND is (model/mounts.ts): a type "rbind" is
      // no option (runc's specconv; crun's mount_flags.c at 1.8.1, do_mounts at 1.29.1).
      const recursive = hasOption(m, 'rbind');
      const rootlessSys = dir === '/sys' && ro && cleanPath(m.destination) === '/sys' && confinedByUserns(ctx);
      const consequence = rootlessSys
        ? 'here the container sees what a sysfs mount would show it, and the files, submounts included, belong to the host\'s root, which its user namespace leaves out'
        : !ro
        ? 'the container can modify the host\'s files there'
        : recursive
          ? 'the container can read the host\'s files there, and runc leaves submounts of a recursive bind writable despite "ro"'
          : 'the container can read the host\'s files there';
      ctx.report({
        messageId: 'sensitive',
        ...(rootlessSys && { case: 'rootlessSys' }),
        node: m.node,
        key: 'source',
        data: { index: m.index, source: m.source, dir: dir === '/' ? 'root filesystem' : dir, mode: ro ? 'read-only' : 'read-write', destination: m.destination, consequence },
      });
    }
  },
});

