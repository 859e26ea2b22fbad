import { defineRule, isObject, ptr, specUrl } from './api.js';

// config-linux.md "Seccomp": errnoRet and defaultErrnoRet (v1.1.0) only mean something for actions
// that return an errno to the caller: SCMP_ACT_ERRNO, and SCMP_ACT_TRACE (the value a tracer-less
// call returns). For any other action the runtime MUST print an error and fail. crun 1.8.1 refuses
// ("errno value specified for action `SCMP_ACT_ALLOW`"); runc 1.1.5 silently ignores it.
const WITH_ERRNO = new Set(['SCMP_ACT_ERRNO', 'SCMP_ACT_TRACE']);

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
    runtimes: { syscall: { runc: 'accepts', crun: 'refuses' } },
    messages: {
      syscall: 'linux.seccomp.syscalls[{{index}}].errnoRet is set but the action is "{{action}}"; only SCMP_ACT_ERRNO and SCMP_ACT_TRACE return an errno.',
      default: 'linux.seccomp.defaultErrnoRet is set but defaultAction is "{{action}}"; only SCMP_ACT_ERRNO and SCMP_ACT_TRACE return an errno.',
    },
  },
  check(ctx) {
    const action = ctx.string('/linux/seccomp/defaultAction');
    if (ctx.get('/linux/seccomp/defaultErrnoRet') !== undefined && action !== undefined && !WITH_ERRNO.has(action)) {
      ctx.report({ messageId: 'default', pointer: '/linux/seccomp/defaultErrnoRet', target: 'key', data: { action } });
    }
    (ctx.array('/linux/seccomp/syscalls') ?? []).forEach((s, index) => {
      if (!isObject(s) || s['errnoRet'] === undefined || typeof s['action'] !== 'string') return;
      if (WITH_ERRNO.has(s['action'])) return;
      ctx.report({ messageId: 'syscall', pointer: ptr('linux', 'seccomp', 'syscalls', index, 'errnoRet'), target: 'key', data: { index, action: s['action'] } });
    });
  },
});
