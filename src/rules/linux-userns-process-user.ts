import { defineRule, specUrl } from './api.js';
import { hasNewNamespace } from '../model/namespaces.js';
import { idMappings, isUint, mapped, type IdMapping } from '../model/users.js';
import { fieldOf } from '../model/view.js';

// Inside a new user namespace only mapped ids exist. The runtime switches to process.user with
// setresuid/setresgid/setgroups, which fail for an unmapped id: runc "cannot set uid to unmapped
// user in user namespace" / "setgroups: invalid argument", crun "cannot setresuid to N: Invalid
// argument". runc 1.1.5 also refuses a user namespace whose mappings leave container id 0 out
// ("User namespaces enabled, but no user mapping found."; every later release too, "no mapping
// found for uid 0", HostRootUID in libcontainer/configs/config_linux.go at v1.2.0 and v1.5.1, called
// when the exec FIFO is made); crun accepts that: a warning naming runc, an error with --target runc.
export default defineRule({
  meta: {
    id: 'linux-userns-process-user',
    description: 'In a new user namespace, the process uid, gid and additional gids must be mapped.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxUserNamespaceMappings'), level: 'MAY' },
    platforms: ['linux'],
    messages: {
      unmapped: {
        headline: '{{field}} {{id}} is not mapped by linux.{{maps}}',
        detail: 'Only mapped ids exist inside the user namespace, so the process cannot switch to it: runc fails with "cannot set uid to unmapped user in user namespace" or "setgroups: invalid argument", crun with "Invalid argument".',
        help: 'Widen linux.{{maps}} to include {{id}}, or run the process as an id that is mapped.',
      },
      noRoot: {
        headline: 'linux.{{maps}} does not map container id 0',
        detail: 'runc refuses such a user namespace at create ("no {{kind}} mapping found" in 1.1, "no mapping found for {{id0}} 0" from 1.2); crun accepts it.',
        runtimes: { runc: 'refuses', crun: 'accepts' },
        help: 'Add a mapping for container id 0 to linux.{{maps}}.',
      },
    },
  },
  reads: ['linux.namespaces', 'linux.uidMappings', 'linux.gidMappings', 'process.user'],
  check(ctx) {
    if (!hasNewNamespace(ctx, 'user')) return;
    const uids = idMappings(ctx, 'uidMappings');
    const gids = idMappings(ctx, 'gidMappings');
    const user = ctx.config.process?.user;
    const check = (maps: readonly IdMapping[] | undefined, mapsName: string, node: object, key: string | number, id: number | undefined): void => {
      if (!maps || maps.length === 0 || !isUint(id)) return;
      if (!mapped(maps, id)) ctx.report({ messageId: 'unmapped', node, key, data: { field: fieldOf(node, key), id, maps: mapsName } });
    };
    if (user) {
      check(uids, 'uidMappings', user, 'uid', user.uid);
      check(gids, 'gidMappings', user, 'gid', user.gid);
      const extra = user.additionalGids;
      extra?.forEach((g, i) => check(gids, 'gidMappings', extra, i, g));
    }
    const linux = ctx.config.linux!;
    for (const [maps, name, kind] of [[uids, 'uidMappings', 'user'], [gids, 'gidMappings', 'group']] as const) {
      // Only when every entry is a usable mapping: the others are config-schema's findings.
      if (maps && maps.length > 0 && maps.length === (linux[name]?.length ?? -1) && !mapped(maps, 0)) {
        ctx.report({ messageId: 'noRoot', node: linux, key: name, data: { maps: name, kind, id0: kind === 'user' ? 'uid' : 'gid' } });
      }
    }
  },
});
