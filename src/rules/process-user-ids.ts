import { defineRule, ptr, specUrl } from './api.js';
import { field } from './util/process.js';

// config.md "POSIX-platform User": uid, gid and additionalGids are ids in the container's user
// namespace. The kernel's uid_t is 32 bits, with (uid_t)-1 reserved to mean "no change", and
// runc 1.1.5 refuses anything above 2^31-1 ("uids and gids must be in range 0-2147483647", checked
// for 4294967294 and 4294967295); crun 1.8.1 accepts a uid or gid up to 2^32-2 and fails on an
// additional gid of 2^32-1 ("setgroups: Invalid argument"). `username` is a Windows field: runc
// and crun ignore it on Linux (checked), so the process runs as uid/gid, not as that user.
const RUNC_MAX = 2147483647n;

export default defineRule({
  meta: {
    id: 'process-user-ids',
    description: 'process.user ids must fit what runtimes accept (0..2147483647), and username is only for Windows.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configPOSIXUser'), level: 'MUST' },
    platforms: ['linux', 'solaris', 'vm', 'zos', 'freebsd'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    runtimes: {
      tooLarge: { runc: 'refuses', crun: 'accepts' },
      noChange: { runc: 'refuses', crun: 'refuses' },
      username: { runc: 'accepts', crun: 'accepts' },
    },
    messages: {
      tooLarge: '{{field}} {{value}} is above 2147483647; runc refuses ids outside 0..2147483647 (crun accepts it).',
      noChange: '{{field}} 4294967295 is the kernel\'s "no change" value; runc refuses it, and setgroups fails with EINVAL in crun.',
      username: 'process.user.username "{{value}}" is a Windows setting; on this platform runtimes ignore it and run the process as uid {{uid}}.',
    },
  },
  check(ctx) {
    const user = ctx.object('/process/user');
    if (!user) return;
    const check = (pointer: string, f: string, group: boolean): void => {
      const v = ctx.bigint(pointer);
      if (v === undefined || v < 0n || !ctx.isValid(pointer) || v <= RUNC_MAX) return;
      // crun sets uid and gid as given (4294967295 included, checked), but setgroups(2) refuses
      // 4294967295 in the supplementary groups.
      if (group && v === 4294967295n) return ctx.report({ messageId: 'noChange', pointer, data: { field: f } });
      ctx.report({ messageId: 'tooLarge', pointer, data: { field: f, value: v } });
    };
    check('/process/user/uid', 'process.user.uid', false);
    check('/process/user/gid', 'process.user.gid', false);
    const gids = ctx.array('/process/user/additionalGids') ?? [];
    gids.forEach((_, i) => check(ptr('process', 'user', 'additionalGids', i), field('process', 'user', 'additionalGids', i), true));
    const username = ctx.string('/process/user/username');
    if (username !== undefined && !ctx.platforms.has('windows') && ctx.isValid('/process/user/username')) {
      const uid = ctx.get('/process/user/uid');
      ctx.report({ messageId: 'username', pointer: '/process/user/username', severity: 'warning', data: { value: username, uid: typeof uid === 'number' ? uid : 0 } });
    }
  },
});
