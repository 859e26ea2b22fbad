import { compareVersions } from '../core/versions.js';
import { defineRule, specUrl } from './api.js';
import { isBind, mounts } from '../model/mounts.js';
import { hasUserns } from '../model/namespaces.js';

// config.md "POSIX-platform Mounts" and the idmap/ridmap options (spec 1.1.0 added per-mount
// uidMappings/gidMappings, 1.2.0 the options and the rules between them):
// - uidMappings and gidMappings MUST come together (crun 1.8.1: "invalid mappings specified for
//   the mount"; runc 1.1.5 ignores both; runc 1.2+ refuses it, checkIDMapMounts in
//   libcontainer/configs/validate/validator.go at v1.2.0, which also refuses a non-bind idmap);
// - an idmap/ridmap option with no mappings on the mount needs the container's user namespace,
//   otherwise the runtime MUST fail (crun: "mount_setattr …: Operation not permitted");
// - mappings SHOULD come with idmap or ridmap, so that a runtime which does not know the field
//   (runc 1.1.5 is one) does not silently mount without the mapping;
// - only bind mounts can be idmapped: on a tmpfs runc 1.1.5 passes "idmap" to the kernel (EINVAL)
//   and crun 1.8.1 tries to open the source as a path ("open `tmpfs`: Bad file descriptor");
// - a mapping of size 0 maps nothing and the kernel refuses it.
// Runtimes behave the same whatever ociVersion says, so only the SHOULD about the option is tied to
// 1.2.0; in older configs the mount fields themselves are field-version's finding.
export default defineRule({
  meta: {
    id: 'mount-idmap',
    description: 'Idmapped mounts need both uidMappings and gidMappings, a bind mount, non-empty ranges, and an idmap or ridmap option.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configPOSIXMounts'), level: 'MUST' },
    platforms: ['linux'],
    messages: {
      onlyOne: {
        headline: 'mounts[{{index}}] sets {{present}} without {{missing}}',
        detail: 'An idmapped mount needs both: crun 1.8.1 fails ("invalid mappings specified for the mount"), runc 1.2 and later refuse it ("id-mapped mounts must have both uid and gid mappings specified"), and runc 1.1 ignores both fields.',
        runtimes: { runc: { refuses: '>=1.2' }, crun: 'refuses' },
        help: 'Add {{missing}} to the mount, or remove {{present}}.',
      },
      noMapping: {
        headline: 'mounts[{{index}}].options[{{option}}] "{{value}}" has no mappings to apply',
        detail: 'The option asks for an idmapped mount, but the mount has no uidMappings/gidMappings and the container has no user namespace to borrow them from: the runtime must fail (crun: "mount_setattr …: Operation not permitted").',
        help: 'Add uidMappings and gidMappings to the mount, or give the container a user namespace.',
      },
      noOption: {
        headline: 'mounts[{{index}}] has {{field}} but no "idmap" or "ridmap" option',
        detail: 'A runtime that does not know the mapping fields (runc 1.1 is one) mounts it without the mapping, silently; runc 1.2 and later and crun apply the mappings anyway.',
        help: 'Add "idmap" or "ridmap" to the mount\'s options.',
        severity: 'warning',
      },
      notBind: {
        headline: 'mounts[{{index}}] is an idmapped "{{type}}" mount, not a bind mount',
        detail: 'Only bind mounts can be idmapped: runc 1.2 and later refuse it ("id-mapped mounts are only supported for bind-mounts"), runc 1.1.5 passes "idmap" to the kernel (EINVAL) and crun 1.8.1 tries to open the source as a path; all fail at create.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
        help: 'Make it a bind mount ("rbind" in its options), or remove its mappings and idmap option.',
      },
      zeroSize: {
        headline: 'mounts[{{index}}].{{field}}[{{entry}}].size is 0',
        detail: 'A mapping must cover at least one ID; the kernel refuses an empty one.',
        help: 'Set size to the number of IDs to map.',
      },
    },
  },
  reads: ['mounts'],
  check(ctx) {
    // The container's own user namespace: joining the host's (/proc/1/ns/user) leaves an idmapped
    // mount nothing to map to (the kernel refuses an idmapping into the initial user namespace).
    const hasUserNs = hasUserns(ctx);
    const optionsDefined = compareVersions(ctx.specVersion, '1.2.0') >= 0;
    for (const m of mounts(ctx)) {
      if (!ctx.valid(m.node)) continue;
      const uid = m.node.uidMappings;
      const gid = m.node.gidMappings;
      const idmapOpt = m.options.find((o) => o.value === 'idmap' || o.value === 'ridmap');
      const index = m.index;
      if ((uid === undefined) !== (gid === undefined)) {
        const present = uid ? 'uidMappings' : 'gidMappings';
        ctx.report({ messageId: 'onlyOne', node: m.node, key: present, target: 'key', data: { index, present, missing: uid ? 'gidMappings' : 'uidMappings' } });
      }
      for (const [field, list] of [['uidMappings', uid], ['gidMappings', gid]] as const) {
        list?.forEach((e, i) => {
          if (e?.size === 0) ctx.report({ messageId: 'zeroSize', node: e, key: 'size', data: { index, field, entry: i } });
        });
      }
      const mapped = uid !== undefined || gid !== undefined;
      if (idmapOpt && !mapped && !hasUserNs) {
        ctx.report({ messageId: 'noMapping', node: m.node.options!, key: idmapOpt.index, data: { index, option: idmapOpt.index, value: idmapOpt.value } });
      }
      if (mapped && optionsDefined && !idmapOpt) {
        const field = uid ? 'uidMappings' : 'gidMappings';
        ctx.report({ messageId: 'noOption', node: m.node, key: field, target: 'key', data: { index, field } });
      }
      if ((mapped || idmapOpt) && !isBind(m)) {
        ctx.report({ messageId: 'notBind', node: m.node, data: { index, type: m.type ?? '' } });
      }
    }
  },
});
