import { defineRule, specUrl } from './api.js';

// config-linux.md "Seccomp": SCMP_ACT_NOTIFY hands the seccomp notification fd to an agent listening
// on listenerPath (v1.1.0), which must be an absolute path to a unix socket; listenerMetadata MUST
// NOT be set without listenerPath. Checked with the runtimes: NOTIFY without listenerPath makes runc
// fail ("listenerPath is not set"); a relative listenerPath makes crun fail ("is not an absolute
// path") and runc fail to connect. NOTIFY as the default action is refused by libseccomp, and a
// listenerPath with no NOTIFY rule makes the runtime connect to an agent that gets nothing to do.
export default defineRule({
  meta: {
    id: 'linux-seccomp-notify',
    description: 'SCMP_ACT_NOTIFY needs an absolute listenerPath, and listener fields need a NOTIFY rule.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxSeccomp'), level: 'MUST' },
    versions: '>=1.1.0',
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    messages: {
      noListener: {
        headline: 'linux.seccomp.syscalls[{{index}}] uses SCMP_ACT_NOTIFY without a listenerPath',
        detail: 'The notifications go to the agent listening on linux.seccomp.listenerPath; without one, runc refuses the bundle ("listenerPath is not set").',
        help: 'Set linux.seccomp.listenerPath to the absolute path of the agent\'s unix socket, or use another action.',
        runtimes: { runc: 'refuses', crun: 'accepts' },
      },
      relative: {
        headline: 'linux.seccomp.listenerPath "{{value}}" is not an absolute path',
        detail: 'It must be the absolute path of a unix socket: crun refuses a relative one ("is not an absolute path"), and runc fails to connect to it.',
        help: 'Write the socket\'s path from the root of the host, such as "/run/seccomp-agent.sock".',
      },
      metadataWithoutPath: {
        headline: 'linux.seccomp.listenerMetadata is set without listenerPath',
        detail: 'The spec does not allow listenerMetadata without a listenerPath: the metadata is meant for the agent listening there.',
        help: 'Set linux.seccomp.listenerPath, or remove listenerMetadata.',
      },
      defaultNotify: {
        headline: 'linux.seccomp.defaultAction is SCMP_ACT_NOTIFY',
        detail: 'As the default action it would block the runtime itself; libseccomp refuses it.',
        help: 'Choose another default action, and use SCMP_ACT_NOTIFY in the rules of linux.seccomp.syscalls only.',
      },
      unusedListener: {
        headline: 'linux.seccomp.listenerPath is set, but no rule uses SCMP_ACT_NOTIFY',
        detail: 'The runtime connects to the agent, which will never receive a notification.',
        help: 'Remove listenerPath, or give the calls the agent should decide the action SCMP_ACT_NOTIFY.',
        severity: 'warning',
      },
    },
  },
  reads: ['linux.seccomp'],
  check(ctx) {
    const seccomp = ctx.config.linux?.seccomp;
    if (!seccomp) return;
    const listener = seccomp.listenerPath;
    const hasListener = listener !== undefined && listener !== '';
    if (seccomp.defaultAction === 'SCMP_ACT_NOTIFY') ctx.report({ messageId: 'defaultNotify', node: seccomp, key: 'defaultAction' });
    let notify = false;
    (seccomp.syscalls ?? []).forEach((s, index) => {
      if (s?.action !== 'SCMP_ACT_NOTIFY') return;
      notify = true;
      if (!hasListener) ctx.report({ messageId: 'noListener', node: s, key: 'action', data: { index } });
    });
    if (hasListener && !listener.startsWith('/')) ctx.report({ messageId: 'relative', node: seccomp, key: 'listenerPath', data: { value: listener } });
    if (hasListener && !notify) ctx.report({ messageId: 'unusedListener', node: seccomp, key: 'listenerPath' });
    if (!hasListener && seccomp.listenerMetadata !== undefined && seccomp.listenerMetadata !== '') {
      ctx.report({ messageId: 'metadataWithoutPath', node: seccomp, key: 'listenerMetadata', target: 'key' });
    }
  },
});
