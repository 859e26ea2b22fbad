import { defineRule } from './api.js';
import { runsAsHostRoot } from '../model/namespaces.js';

// Without a user namespace, uid 0 in the container is uid 0 on the host: every escape (a kernel
// bug, a writable host mount, a leaked file descriptor) lands as the host's root. Running as root
// is what runc spec, crun spec, podman, buildah, Docker and containerd all do by default (41 of the
// 64 configs of test/corpus), and Pod Security puts "run as non-root" in its restricted profile, not
// in baseline: so the rule is part of the restricted preset (and `all`), not of recommended.
export default defineRule({
  meta: {
    id: 'root-without-userns',
    description: 'The process should not run as uid 0 unless a user namespace maps it to an unprivileged host ID.',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'high',
    platforms: ['linux'],
    presets: ['restricted', 'all'],
    messages: {
      root: {
        headline: 'process.user.uid is 0, and linux.namespaces has no "user" entry',
        detail: 'The process runs as the host\'s root user: every escape (a kernel bug, a writable host mount, a leaked file descriptor) lands as root on the host.',
        help: 'Run the workload as an unprivileged uid, or add a "user" namespace whose uidMappings map uid 0 to an unused, unprivileged host range.',
      },
      rootByDefault: {
        headline: '{{field}} is not set: the process runs as uid 0, with no "user" namespace',
        detail: 'runc and crun run a process without a uid as root, here the host\'s root user: every escape (a kernel bug, a writable host mount, a leaked file descriptor) lands as root on the host.',
        help: 'Set process.user to an unprivileged uid and gid, or add a "user" namespace whose uidMappings map uid 0 to an unused, unprivileged host range.',
      },
    },
  },
  // Present whenever the rule reports: process.user may be what is missing.
  reads: ['process'],
  check(ctx) {
    if (!runsAsHostRoot(ctx)) return;
    const process = ctx.config.process!;
    const user = process.user;
    if (!user) ctx.report({ messageId: 'rootByDefault', node: ctx.config, key: 'process', target: 'key', data: { field: 'process.user' } });
    else if (!ctx.has(user, 'uid')) ctx.report({ messageId: 'rootByDefault', node: process, key: 'user', target: 'key', data: { field: 'process.user.uid' } });
    else ctx.report({ messageId: 'root', node: user, key: 'uid' });
  },
});
