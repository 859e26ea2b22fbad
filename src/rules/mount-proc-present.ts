import { defineRule } from './api.js';
import { addToList } from './util/fixes.js';
import { isBind, mounts, type MountEntry } from '../model/mounts.js';
import { cleanPath } from '../model/paths.js';

// The spec does not require a proc mount, but runc's init opens files under /proc inside the
// container before it execs the process:
// - runc 1.1 lists /proc/self/fd to mark descriptors close-on-exec, and fails at create
//   ("error closing exec fds: open /proc/self/fd", runtime oracle, 1.1.5);
// - runc 1.2.0-1.2.7 and 1.3.0-1.3.2 use close_range(2) for that, but reopen the exec FIFO through
//   /proc/thread-self/fd, so the container is created and cannot start;
// - runc 1.2.8 and 1.3.3 and later (the November 2025 security releases, and 1.4) open a private
//   procfs of their own (fsopen) for both, and start without one.
// crun starts without one (runtime oracle, 1.8.1). Sources are on the rule's page.
const RUNC_FAILS = '<1.2.8 || >=1.3 <1.3.3';

export default defineRule({
  meta: {
    id: 'mount-proc-present',
    description: 'A Linux config should mount a proc filesystem at /proc: runc before 1.2.8 (and 1.3.0-1.3.2) cannot start the container without one.',
    category: 'runtime',
    defaultSeverity: 'error',
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5 and crun 1.8.1 (runtime oracle); runc 1.2.0 to 1.5.1 from source',
    suggests: 'adding the usual /proc mount first in mounts.',
    messages: {
      missing: {
        headline: 'No mount has destination "/proc"',
        detail: 'runc 1.1 fails at create without a proc filesystem there ("open /proc/self/fd: no such file or directory"), and runc 1.2.0-1.2.7 and 1.3.0-1.3.2 at start (they reopen the exec FIFO through /proc); runc 1.2.8, 1.3.3 and later and crun start the container without one, and its programs then find no /proc.',
        help: 'Add {"destination": "/proc", "type": "proc", "source": "proc"} to mounts.',
        runtimes: { runc: { refuses: RUNC_FAILS }, crun: 'accepts' },
      },
      notProc: {
        headline: 'mounts[{{index}}] puts a "{{type}}" filesystem on /proc',
        detail: 'The container then has no proc filesystem at /proc: runc before 1.2.8 (and 1.3.0-1.3.2) cannot start it, and its programs find no /proc.',
        help: 'Use type "proc" for the mount at /proc.',
        runtimes: { runc: { refuses: RUNC_FAILS }, crun: 'accepts' },
      },
    },
  },
  // Only a config with a linux section: one without is for another platform, or a bare template.
  reads: ['linux'],
  check(ctx) {
    if (ctx.config.linux === undefined || !ctx.valid(ctx.config, 'mounts')) return;
    let last: MountEntry | undefined;
    for (const m of mounts(ctx)) {
      if (m.destination === undefined || m.destination === '') continue;
      // A later mount on "/" hides /proc too; mount-destination-root reports that one.
      if (cleanPath(m.destination) === '/proc') last = m;
    }
    if (!last) {
      // The usual entry, first (runtimes mount in order, and runc's and crun's templates start with it).
      const list = ctx.config.mounts;
      const edit = addToList(ctx, list, ['mounts'], [PROC], 'start');
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
