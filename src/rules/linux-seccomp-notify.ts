import { defineRule, isObject, ptr, specUrl } from './api.js';

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
    runtimes: { noListener: { runc: 'refuses', crun: 'accepts' } },
    messages: {
      noListener: 'linux.seccomp.syscalls[{{index}}].action is SCMP_ACT_NOTIFY but linux.seccomp.listenerPath is not set; runc refuses this.',
      relative: 'linux.seccomp.listenerPath must be an absolute path to a unix socket, got "{{value}}".',
      metadataWithoutPath: 'linux.seccomp.listenerMetadata is set without listenerPath.',
      defaultNotify: 'linux.seccomp.defaultAction cannot be SCMP_ACT_NOTIFY: the runtime itself would be blocked by it; libseccomp refuses it.',
      unusedListener: 'linux.seccomp.listenerPath is set but no rule uses SCMP_ACT_NOTIFY, so the agent will never receive a notification.',
    },
  },
  check(ctx) {
    const seccomp = ctx.object('/linux/seccomp');
    if (!seccomp) return;
    const listener = ctx.string('/linux/seccomp/listenerPath');
    const hasListener = listener !== undefined && listener !== '';
    if (ctx.string('/linux/seccomp/defaultAction') === 'SCMP_ACT_NOTIFY') {
      ctx.report({ messageId: 'defaultNotify', pointer: '/linux/seccomp/defaultAction' });
    }
    let notify = false;
    (ctx.array('/linux/seccomp/syscalls') ?? []).forEach((s, index) => {
      if (!isObject(s) || s['action'] !== 'SCMP_ACT_NOTIFY') return;
      notify = true;
      if (!hasListener) ctx.report({ messageId: 'noListener', pointer: ptr('linux', 'seccomp', 'syscalls', index, 'action'), data: { index } });
    });
    if (hasListener && !listener.startsWith('/')) {
      ctx.report({ messageId: 'relative', pointer: '/linux/seccomp/listenerPath', data: { value: listener } });
    }
    if (hasListener && !notify) ctx.report({ messageId: 'unusedListener', pointer: '/linux/seccomp/listenerPath', severity: 'warning' });
    if (!hasListener && typeof seccomp['listenerMetadata'] === 'string' && seccomp['listenerMetadata'] !== '') {
      ctx.report({ messageId: 'metadataWithoutPath', pointer: '/linux/seccomp/listenerMetadata', target: 'key' });
    }
  },
});
