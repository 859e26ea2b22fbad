import { defineRule, specUrl } from './api.js';
import { findNamespace } from '../model/namespaces.js';

// config-linux.md "Namespaces": the `time` type exists from runtime-spec 1.1.0 (whether the declared
// version has it is the field-version rule's business). Runtime support lags: runc 1.1.x refuses it
// at create ("namespace {"time" ""} does not exist", verified with 1.1.5), runc 1.2 supports it,
// and the kernel needs Linux 5.6. crun 1.8.1 creates a container with a time namespace, but not
// one that also has a PID namespace: its init dies ("write to sync socket: Connection reset by
// peer", runtime oracle on Linux 6.18). A warning, because the config is valid and newer runtimes
// run it; with --target, an error for the runtime that fails.
const HELP = 'Make sure the hosts run runc 1.2 or newer (or crun) on Linux 5.6 or newer, or do without the time namespace.';

export default defineRule({
  meta: {
    id: 'linux-namespace-time',
    description: 'Warns that a time namespace needs runc 1.2 or newer (or crun) and Linux 5.6.',
    category: 'runtime',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config-linux.md', 'configLinuxNamespaces'), level: 'SHOULD' },
    versions: '>=1.1.0',
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    messages: {
      support: {
        headline: 'linux.namespaces[{{index}}] asks for a time namespace',
        detail: 'runc before 1.2 refuses it ("namespace time does not exist"), and it needs Linux 5.6 or newer.',
        help: HELP,
        runtimes: { runc: 'refuses', crun: 'accepts' },
      },
      supportWithPid: {
        headline: 'linux.namespaces[{{index}}] asks for a time namespace next to a PID namespace',
        detail: 'runc before 1.2 refuses it ("namespace time does not exist"), crun 1.8.1 fails to start the container\'s init, and it needs Linux 5.6 or newer.',
        help: HELP,
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
    },
  },
  reads: ['linux.namespaces'],
  check(ctx) {
    const ns = findNamespace(ctx, 'time');
    if (!ns) return;
    const messageId = findNamespace(ctx, 'pid') ? 'supportWithPid' : 'support';
    ctx.report({ messageId, node: ns.node, key: 'type', data: { index: ns.index } });
  },
});
