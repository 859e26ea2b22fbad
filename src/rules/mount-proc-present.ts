import { defineRule, type Fixer } from './api.js';
import { insertAt } from './util/fixes.js';
import { isBind, mounts, type MountEntry } from '../model/mounts.js';
import { cleanPath } from '../model/paths.js';

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
    suggests: 'adding the usual /proc mount first in mounts.',
    messages: {
      missing: {
        headline: 'No mount has destination "/proc"',
        detail: 'runc 1.1.5 opens /proc/self/fd before it starts the process, and fails at create without a proc filesystem there ("open /proc/self/fd: no such file or directory"); crun 1.8.1 starts the container without one.',
        help: 'Add {"destination": "/proc", "type": "proc", "source": "proc"} to mounts.',
        // runc fails at create without /proc; crun 1.8.1 creates the container (runtime oracle).
        runtimes: { runc: 'refuses', crun: 'accepts' },
      },
      notProc: {
        headline: 'mounts[{{index}}] puts a "{{type}}" filesystem on /proc',
        detail: 'The container then has no proc filesystem at /proc, and runc 1.1.5 fails at create.',
        help: 'Use type "proc" for the mount at /proc.',
        runtimes: { runc: 'refuses' },
      },
    },
  },
  // Runs whether or not mounts is there: its absence is the finding.
  check(ctx) {
    if (!ctx.valid(ctx.config, 'mounts')) return;
    let last: MountEntry | undefined;
    for (const m of mounts(ctx)) {
      if (m.destination === undefined || m.destination === '') continue;
      // A later mount on "/" hides /proc too; mount-destination-root reports that one.
      if (cleanPath(m.destination) === '/proc') last = m;
    }
    if (!last) {
      // The usual entry, first (runtimes mount in order, and runc's and crun's templates start with it).
      const list = ctx.config.mounts;
      const edit = list ? (f: Fixer) => f.insertItem(list, 0, PROC) : insertAt(ctx, ['mounts'], [PROC]);
      const suggestions = edit ? [{ title: 'Add the usual /proc mount first in mounts', edit }] : [];
      if (list === undefined) return ctx.report({ messageId: 'missing', suggestions });
      return ctx.report({ messageId: 'missing', node: ctx.config, key: 'mounts', target: 'key', suggestions });
    }
    const procFs = last.type === 'proc' || (isBind(last) && last.source !== undefined && cleanPath(last.source) === '/proc');
    if (!procFs) {
      ctx.report({ messageId: 'notProc', node: last.node, data: { index: last.index, type: last.type ?? (isBind(last) ? 'bind' : '') } });
    }
  },
});

/** The /proc mount every runtime's template has. */
const PROC = { destination: '/proc', type: 'proc', source: 'proc' };
