import { defineRule } from './api.js';

// The image-spec's conversion (conversion.md, "Config.User") resolves a user or group name
// through the image's own /etc/passwd and /etc/group, and a converter MUST fail when Config.User
// names a user the container does not have. umoci 0.4.7 ("cannot parse user spec") and Docker,
// which share runc's libcontainer/user code (GetExecUser, runc v1.1.5), refuse such an image: a
// name must be found, a number need not be. The finding points at Config.User in the image config.
export default defineRule({
  meta: {
    id: 'image-user',
    description: "An image's Config.User must name a user (and group) that the image's /etc/passwd (and /etc/group) has.",
    category: 'runtime',
    defaultSeverity: 'error',
    platforms: ['linux'],
    spec: { url: 'https://github.com/opencontainers/image-spec/blob/v1.1.0/conversion.md#configuser', level: 'MUST' },
    messages: {
      unknownUser: {
        headline: 'User "{{spec}}": the image\'s /etc/passwd has no user "{{name}}"',
        detail: 'A converter must refuse an image whose user does not exist in it: umoci 0.4.7 and Docker fail with "unable to find user {{name}}".',
        help: 'Add the user to /etc/passwd in a layer (useradd in the build), or set User to a numeric uid[:gid].',
      },
      unknownGroup: {
        headline: 'User "{{spec}}": the image\'s /etc/group has no group "{{name}}"',
        detail: 'umoci 0.4.7 and Docker fail with "unable to find group {{name}}".',
        help: 'Add the group to /etc/group in a layer, or name the group by its numeric gid.',
      },
      noPasswd: {
        headline: 'User "{{spec}}" names a user, and the image has no /etc/passwd',
        detail: 'Without /etc/passwd a name cannot be resolved: umoci 0.4.7 and Docker fail with "unable to find user {{name}}".',
        help: 'Set User to a numeric uid[:gid], or add /etc/passwd to the image.',
      },
      noGroupFile: {
        headline: 'User "{{spec}}" names a group, and the image has no /etc/group',
        detail: 'Without /etc/group a group name cannot be resolved: umoci 0.4.7 and Docker fail with "unable to find group {{name}}".',
        help: 'Name the group by its numeric gid, or add /etc/group to the image.',
      },
      range: {
        headline: 'User "{{spec}}": "{{name}}" is not a valid id',
        detail: 'An id must be between 0 and 2147483647.',
        help: 'Use a uid and gid in that range.',
      },
    },
  },
  reads: ['process'],
  check(ctx) {
    const user = ctx.image?.user;
    const process = ctx.config.process;
    if (!user || user.resolution.ok || !process) return;
    const messageId = ({ 'unknown-user': 'unknownUser', 'unknown-group': 'unknownGroup', 'no-passwd': 'noPasswd', 'no-group-file': 'noGroupFile', range: 'range' } as const)[user.resolution.problem];
    // process.user comes from Config.User: the finding lands there.
    ctx.report({ messageId, node: process, key: 'user', data: { spec: user.spec, name: user.resolution.name } });
  },
});
