import { defineRule, specUrl } from './api.js';
import { fieldOf } from '../model/view.js';

// config.md "POSIX-platform User": uid, gid and additionalGids are ids in the container's user
// namespace. The kernel's uid_t is 32 bits, with (uid_t)-1 reserved to mean "no change", and
// runc 1.1.5 refuses anything above 2^31-1 ("uids and gids must be in range 0-2147483647", checked
// for 4294967294 and 4294967295); crun 1.8.1 accepts a uid or gid up to 2^32-2 and fails on an
// additional gid of 2^32-1 ("setgroups: Invalid argument"). runc's range check came from its
// /etc/passwd parser (GetExecUserPath), which setupUser called up to 1.2.x; runc 1.3 and later pass
// the numbers straight to setuid/setgid (init_linux.go), so they take ids up to 2^32-2, and only
// (uid_t)-1 fails there (EINVAL). crun hands uid and gid to setresuid/setresgid (linux.c, 1.8.1 to
// 1.29.1), as youki does (set_id in syscall/linux.rs, v0.7.0), and those read -1 as "leave it": a
// uid or gid of 4294967295 leaves the process as root (crun 1.8.1, runtime oracle --run: a program
// that prints its ids printed uid=0 gid=0). `username` is a Windows field: runc and crun ignore it
// on Linux (checked), so the process runs as uid/gid, not as that user. On Linux setgroups(2) takes at most
// NGROUPS_MAX (65536) supplementary groups: runc 1.1.5 and crun 1.8.1 run 65536 additionalGids and
// refuse 65537 ("setgroups: invalid argument", runtime oracle).
const RUNC_MAX = 2147483647n;
const NGROUPS_MAX = 65536;

export default defineRule({
  meta: {
    id: 'process-user-ids',
    description: 'process.user ids must fit what runtimes accept (0..2147483647, at most 65536 groups), and username is only for Windows.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configPOSIXUser'), level: 'MUST' },
    platforms: ['linux', 'solaris', 'vm', 'zos', 'freebsd'],
    runtimeVersions: 'runc 1.1.5 and crun 1.8.1 (runtime oracle); runc 1.2.0 to 1.5.1 from source',
    messages: {
      tooLarge: {
        headline: '{{field}} {{value}} is above 2147483647',
        detail: 'runc before 1.3 refuses ids outside 0..2147483647 ("uids and gids must be in range"); runc 1.3 and later and crun accept ids up to 4294967294.',
        help: 'Use an id from 0 to 2147483647.',
        runtimes: { runc: { refuses: '<1.3' }, crun: 'accepts' },
        basis: 'compat',
      },
      keepsRoot: {
        headline: '{{field}} is 4294967295 (-1): crun and youki leave the process {{who}}',
        detail: 'setresuid(2) and setresgid(2) read -1 as "no change". crun and youki pass the id to them, so the process keeps the runtime\'s {{id}} 0, with every capability the config grants. runc refuses the id.',
        help: 'Write the id you mean, from 0 to 2147483647, such as 65534 (nobody) for an unprivileged user.',
        runtimes: { runc: 'refuses' },
      },
      noChange: {
        headline: '{{field}} is 4294967295, the kernel\'s "no change" value',
        detail: 'runc 1.1.5 refuses it, and in crun 1.8.1 setgroups fails with EINVAL.',
        help: 'Use a group id from 0 to 2147483647.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      tooManyGroups: {
        headline: 'process.user.additionalGids lists {{count}} groups, more than Linux allows ({{max}})',
        detail: 'The runtime hands the list to setgroups(2), which refuses more than NGROUPS_MAX groups: runc 1.1.5 and crun 1.8.1 fail to set up the process\'s user ("setgroups: invalid argument").',
        help: 'List at most {{max}} groups.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      username: {
        headline: 'process.user.username "{{value}}" is a Windows setting',
        detail: 'On this platform runtimes ignore it (runc 1.1.5 and crun 1.8.1 do) and run the process as uid {{uid}}.',
        help: 'Remove username, and write the user\'s numeric uid and gid instead.',
        severity: 'warning',
        runtimes: { runc: 'accepts', crun: 'accepts' },
      },
    },
  },
  reads: ['process.user'],
  check(ctx) {
    const user = ctx.config.process?.user;
    if (!user) return;
    /** `node[key]`: process.user's uid or gid, or an entry of additionalGids (`group`). */
    const check = (node: object, key: string | number, field: string, group: boolean): void => {
      const v = ctx.exact(node, key);
      if (v === undefined || v < 0n || !ctx.valid(node, key) || v <= RUNC_MAX) return;
      // crun sets uid and gid as given (4294967295 included, checked), but setgroups(2) refuses
      // 4294967295 in the supplementary groups.
      if (group && v === 4294967295n) return ctx.report({ messageId: 'noChange', node, key, data: { field } });
      // (uid_t)-1 as the process's own uid or gid: runc refuses it; crun and youki keep uid (gid) 0.
      if (v === 4294967295n) {
        const uid = key === 'uid';
        return ctx.report({ messageId: 'keepsRoot', node, key, data: { field, who: uid ? 'as root' : 'in group 0', id: uid ? 'uid' : 'gid' } });
      }
      ctx.report({ messageId: 'tooLarge', node, key, data: { field, value: v } });
    };
    check(user, 'uid', 'process.user.uid', false);
    check(user, 'gid', 'process.user.gid', false);
    const gids = user.additionalGids ?? [];
    gids.forEach((_, i) => check(gids, i, fieldOf(gids, i), true));
    if (gids.length > NGROUPS_MAX && ctx.platforms.has('linux')) {
      ctx.report({ messageId: 'tooManyGroups', node: user, key: 'additionalGids', data: { count: gids.length, max: NGROUPS_MAX } });
    }
    const username = user.username;
    if (username !== undefined && !ctx.platforms.has('windows') && ctx.valid(user, 'username')) {
      ctx.report({ messageId: 'username', node: user, key: 'username', data: { value: username, uid: user.uid ?? 0 } });
    }
  },
});
