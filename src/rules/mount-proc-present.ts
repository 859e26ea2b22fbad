import { defineRule } from './api.js';
import { cleanPosix, isBind, mountEntries } from './util/mounts.js';

// runc 1.1.5 opens /proc/self/fd inside the container before it execs the process; with no proc
// filesystem at /proc it fails at create ("error closing exec fds: open /proc/self/fd: no such
// file or directory"). crun 1.8.1 starts without one. The spec does not require the mount, so
// this is a runtime rule: a config meant for runc must mount proc (or bind the host's /proc).
export default defineRule({
  meta: {
    id: 'mount-proc-present',
    description: 'A Linux config must mount a proc filesystem at /proc, or runc cannot start the container.',
    category: 'runtime',
    defaultSeverity: 'error',
    platforms: ['linux'],
    // runc fails at create without /proc; crun 1.8.1 creates the container (runtime oracle).
    runtimes: { missing: { runc: 'refuses', crun: 'accepts' }, notProc: { runc: 'refuses' } },
    messages: {
      missing: 'No mount has destination "/proc": runc fails at create without a proc filesystem there; add {"destination": "/proc", "type": "proc", "source": "proc"}.',
      notProc: 'mounts[{{index}}] puts a "{{type}}" filesystem on /proc, so the container has no proc filesystem and runc fails at create; use type "proc".',
    },
  },
  check(ctx) {
    if (!ctx.isValid('/mounts')) return;
    const list = ctx.array('/mounts');
    const mounts = mountEntries(list);
    let last: (typeof mounts)[number] | undefined;
    for (const m of mounts) {
      if (m.destination === undefined || m.destination === '') continue;
      // A later mount on "/" hides /proc too; mount-destination-root reports that one.
      if (cleanPosix(m.destination) === '/proc') last = m;
    }
    if (!last) {
      return ctx.report({ messageId: 'missing', pointer: list === undefined ? '' : '/mounts', ...(list !== undefined && { target: 'key' as const }) });
    }
    const procFs = last.type === 'proc' || (isBind(last) && last.source !== undefined && cleanPosix(last.source) === '/proc');
    if (!procFs) {
      ctx.report({ messageId: 'notProc', pointer: `/mounts/${last.index}`, data: { index: last.index, type: last.type ?? (isBind(last) ? 'bind' : '') } });
    }
  },
});
