import { defineRule, specUrl } from './api.js';
import { RETURNS_ERRNO } from '../model/seccomp.js';

// config-linux.md "Seccomp": errnoRet and defaultErrnoRet (v1.1.0) only mean something for actions
// that return an errno to the caller: SCMP_ACT_ERRNO, and SCMP_ACT_TRACE (the value a tracer-less
// call returns). For any other action the runtime MUST print an error and fail. crun 1.8.1 refuses
// ("errno value specified for action `SCMP_ACT_ALLOW`"); runc 1.1.5 silently ignores it. Which
// actions those are is model/seccomp.ts's RETURNS_ERRNO.

const detail = 'Only SCMP_ACT_ERRNO and SCMP_ACT_TRACE return an errno; for any other action the spec requires the runtime to print an error and fail.';

export default defineRule({
  meta: {
    id: 'linux-seccomp-errnoret',
    description: 'errnoRet and defaultErrnoRet are only allowed with SCMP_ACT_ERRNO or SCMP_ACT_TRACE.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxSeccomp'), level: 'MUST' },
    versions: '>=1.1.0',
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    messages: {
      syscall: {
        headline: 'linux.seccomp.syscalls[{{index}}].errnoRet is set, but the action is "{{action}}"',
        detail: `${detail} crun 1.8.1 refuses the bundle ("errno value specified for action"); runc 1.1.5 silently ignores the value.`,
        help: 'Remove errnoRet, or change the action to SCMP_ACT_ERRNO or SCMP_ACT_TRACE.',
        runtimes: { runc: 'accepts', crun: 'refuses' },
      },
      default: {
        headline: 'linux.seccomp.defaultErrnoRet is set, but defaultAction is "{{action}}"',
        detail,
        help: 'Remove defaultErrnoRet, or change defaultAction to SCMP_ACT_ERRNO or SCMP_ACT_TRACE.',
      },
    },
  },
  // An errnoRet of the wrong type still counts as set: what must be there to report is the action.
  reads: ['linux.seccomp.defaultAction', 'linux.seccomp.syscalls'],
  check(ctx) {
    const seccomp = ctx.config.linux?.seccomp;
    if (!seccomp) return;
    const action = seccomp.defaultAction;
    if (action !== undefined && !RETURNS_ERRNO.has(action) && ctx.has(seccomp, 'defaultErrnoRet')) {
      ctx.report({ messageId: 'default', node: seccomp, key: 'defaultErrnoRet', target: 'key', data: { action } });
    }
    (seccomp.syscalls ?? []).forEach((s, index) => {
      if (!s || s.action === undefined || RETURNS_ERRNO.has(s.action) || !ctx.has(s, 'errnoRet')) return;
      ctx.report({ messageId: 'syscall', node: s, key: 'errnoRet', target: 'key', data: { index, action: s.action } });
    });
  },
});
