import { defineRule, specUrl } from './api.js';
import { findNamespace } from '../model/namespaces.js';

// config-linux.md "Namespaces": the `time` type exists from runtime-spec 1.1.0; a config declaring
// an older release gets field-version's finding too, but is checked here all the same (`runc spec`
// 1.1 writes "1.0.2-dev"). runc 1.1.x refuses it at create ("namespace {"time" ""} does not
// exist", runtime oracle, 1.1.5): its namespace table has no time entry until 1.2.0. crun 1.8.1
// creates a container with a time namespace, but not one that also has a PID namespace: its init
// dies ("write to sync socket: Connection reset by peer", runtime oracle on Linux 6.18); crun
// 1.8.4 wired the spec's time namespace and moved the PID namespace to the last fork. youki before
// 0.7.0 refuses the type ("time" is NotSupported in get_clone_flag, crates/libcontainer/src/
// namespaces.rs, 0.5.7 and 0.6.0); 0.7.0 creates it. The kernel needs Linux 5.6. Sources on the
// rule's page.
const HELP = 'Make sure the hosts run runc 1.2 or newer (or crun 1.8.4 or newer, or youki 0.7 or newer) on Linux 5.6 or newer, or do without the time namespace.';

export default defineRule({
  meta: {
    id: 'linux-namespace-time',
    description: 'Warns that a time namespace needs runc 1.2 or newer (or crun 1.8.4 with a PID namespace, or youki 0.7) and Linux 5.6.',
    category: 'runtime',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config-linux.md', 'configLinuxNamespaces'), level: 'SHOULD' },
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5 and crun 1.8.1 (runtime oracle); runc 1.2.0, crun 1.8.4 to 1.29.1 and youki 0.5.7 to 0.7.0 from source',
    messages: {
      support: {
        headline: 'linux.namespaces[{{index}}] asks for a time namespace',
        detail: 'runc before 1.2 and youki before 0.7 refuse it ("namespace time does not exist"), and it needs Linux 5.6 or newer.',
        help: HELP,
        runtimes: { runc: { refuses: '<1.2' }, crun: 'accepts', youki: { refuses: '<0.7' } },
        basis: 'compat',
      },
      supportWithPid: {
        headline: 'linux.namespaces[{{index}}] asks for a time namespace next to a PID namespace',
        detail: 'runc before 1.2 and youki before 0.7 refuse it ("namespace time does not exist"), crun before 1.8.4 fails to start the container\'s init, and it needs Linux 5.6 or newer.',
        help: HELP,
        runtimes: { runc: { refuses: '<1.2' }, crun: { refuses: '<1.8.4' }, youki: { refuses: '<0.7' } },
        basis: 'compat',
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
