import { defineRule, ptr, specUrl } from './api.js';
import { hasNewNamespace, idMappings, isUint, mapped, type IdMapping } from './util/linux.js';

// Inside a new user namespace only mapped ids exist. The runtime switches to process.user with
// setresuid/setresgid/setgroups, which fail for an unmapped id: runc "cannot set uid to unmapped
// user in user namespace" / "setgroups: invalid argument", crun "cannot setresuid to N: Invalid
// argument". runc 1.1.5 also refuses a user namespace whose mappings leave container id 0 out
// ("User namespaces enabled, but no user mapping found."); crun accepts that. Also an error: runc
// is the runtime most bundles meet, and no common producer writes such mappings.
export default defineRule({
  meta: {
    id: 'linux-userns-process-user',
    description: 'In a new user namespace, the process uid, gid and additional gids must be mapped.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxUserNamespaceMappings'), level: 'MAY' },
    platforms: ['linux'],
    messages: {
      unmapped: '{{field}} {{id}} is not mapped by linux.{{maps}}, so the process cannot switch to it inside the user namespace.',
      noRoot: 'linux.{{maps}} does not map container id 0: runc refuses such a user namespace ("no {{kind}} mapping found"); crun accepts it.',
    },
  },
  check(ctx) {
    if (!hasNewNamespace(ctx, 'user')) return;
    const uids = idMappings(ctx, 'uidMappings');
    const gids = idMappings(ctx, 'gidMappings');
    const user = ctx.object('/process/user');
    const check = (maps: IdMapping[] | undefined, mapsName: string, field: string, pointer: string, id: unknown): void => {
      if (!maps || maps.length === 0 || !isUint(id)) return;
      if (!mapped(maps, id)) ctx.report({ messageId: 'unmapped', pointer, data: { field, id, maps: mapsName } });
    };
    if (user) {
      check(uids, 'uidMappings', 'process.user.uid', '/process/user/uid', user['uid']);
      check(gids, 'gidMappings', 'process.user.gid', '/process/user/gid', user['gid']);
      const extra = user['additionalGids'];
      if (Array.isArray(extra)) {
        extra.forEach((g, i) => check(gids, 'gidMappings', `process.user.additionalGids[${i}]`, ptr('process', 'user', 'additionalGids', i), g));
      }
    }
    for (const [maps, name, kind] of [[uids, 'uidMappings', 'user'], [gids, 'gidMappings', 'group']] as const) {
      if (maps && maps.length > 0 && maps.length === (ctx.array(ptr('linux', name))?.length ?? -1) && !mapped(maps, 0)) {
        ctx.report({ messageId: 'noRoot', pointer: ptr('linux', name), data: { maps: name, kind } });
      }
    }
  },
});
