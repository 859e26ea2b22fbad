import { defineRule, specUrl } from './api.js';
import { ALLOW_ACTIONS, DENY_ACTIONS, decidingRule, seccompRules } from '../model/seccomp.js';

// The runtime applies the seccomp filter and then starts process.args[0] with execve(2), not
// execveat (runc through v1.5.1: unix.Exec in internal/linux/linux.go; crun through 1.29.1: execv
// in src/libcrun/container.c), so a filter that makes execve fail stops the container before its
// program runs. Runtime oracle, runc 1.1.5 and crun 1.8.1 with libseccomp 2.5.4, run to the
// start: create succeeds and the start fails with EPERM for SCMP_ACT_ERRNO (errnoRet 0 too:
// runc "errno 0", crun "Invalid argument"), ENOSYS for SCMP_ACT_TRACE with no tracer, and the
// process dies for a kill action. Which entry decides, when several name execve without argument
// conditions: both runtimes leave out an entry whose action is the default one, and of the others
// the first counts (ALLOW then KILL under a default of ERRNO ran; KILL then ALLOW was killed;
// TRACE then ERRNO failed with ENOSYS, ERRNO then TRACE with EPERM). A deny with argument
// conditions that the runtime's call does not meet, SCMP_ACT_LOG, and a deny of execveat let the
// program run. Architectures do not matter: the runtimes add the native one. A default that
// denies, with execve in no allowing entry, stops the start the same way
// (seccomp-no-allowed-syscalls reports a profile that allows nothing).
const EXECVE = 'execve';

export default defineRule({
  meta: {
    id: 'linux-seccomp-execve',
    description: 'linux.seccomp must let the runtime execve process.args[0], or the container never starts its program.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxSeccomp'), level: 'MAY' },
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5 and crun 1.8.1 with libseccomp 2.5.4 (runtime oracle, run to the start)',
    messages: {
      denied: {
        headline: 'linux.seccomp.syscalls[{{index}}] gives execve {{action}}',
        detail: 'The runtime applies the filter before it starts process.args[0] with execve, so the program never runs: runc 1.1.5 and crun 1.8.1 create the container and fail at start ({{effect}}). It is the first entry that names execve with an action other than the default one, and that entry decides: both runtimes leave out the later ones.',
        help: 'Remove "execve" from this entry, or give the entry argument conditions that the start of the container does not meet.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      notAllowed: {
        headline: 'linux.seccomp.defaultAction {{action}} denies execve, which no entry allows',
        detail: 'The runtime applies the filter before it starts process.args[0] with execve, so the program never runs: runc 1.1.5 and crun 1.8.1 create the container and fail at start.',
        help: 'Add "execve" to the entry that allows the workload\'s system calls.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
    },
  },
  reads: ['linux.seccomp'],
  check(ctx) {
    const seccomp = ctx.config.linux?.seccomp;
    if (!seccomp) return;
    const action = seccomp.defaultAction;
    // The entry that decides (model/seccomp.ts): the first naming execve whose action (errno
    // included) is not the default one. With argument conditions, not known.
    const decision = decidingRule(ctx, EXECVE);
    if (decision.kind === 'unknown') return;
    if (decision.kind === 'rule') {
      const first = decision.rule;
      if (!DENY_ACTIONS.has(first.action!)) return;
      const denied = first.action!;
      const effect = denied === 'SCMP_ACT_TRACE' ? '"function not implemented" without a tracer' : denied === 'SCMP_ACT_ERRNO' ? '"operation not permitted", or the errno written' : 'the process is killed';
      ctx.report({ messageId: 'denied', node: first.node, key: 'action', data: { index: first.index, action: denied, effect } });
      return;
    }
    if (action === undefined || !DENY_ACTIONS.has(action)) return;
    // A profile that allows nothing at all is seccomp-no-allowed-syscalls' finding.
    if (!seccompRules(ctx).some((r) => r.action !== undefined && ALLOW_ACTIONS.has(r.action) && r.names.length > 0)) return;
    ctx.report({ messageId: 'notAllowed', node: seccomp, key: 'defaultAction', data: { action } });
  },
});
