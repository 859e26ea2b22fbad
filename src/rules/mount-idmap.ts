import { compareVersions } from '../core/versions.js';
import { defineRule, isObject, specUrl } from './api.js';
import { isBind, mountEntries } from './util/mounts.js';

// config.md "POSIX-platform Mounts" and the idmap/ridmap options (spec 1.1.0 added per-mount
// uidMappings/gidMappings, 1.2.0 the options and the rules between them):
// - uidMappings and gidMappings MUST come together (crun 1.8.1: "invalid mappings specified for
//   the mount"; runc 1.1.5 ignores both);
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
      onlyOne: 'mounts[{{index}}] sets {{present}} without {{missing}}; an idmapped mount needs both.',
      noMapping: 'mounts[{{index}}].options[{{option}}] "{{value}}" asks for an idmapped mount, but the mount has no uidMappings/gidMappings and the container has no user namespace to borrow them from.',
      noOption: 'mounts[{{index}}] has {{field}} but no "idmap" or "ridmap" option, so runtimes that do not know the field (runc 1.1) mount it without the mapping.',
      notBind: 'mounts[{{index}}] is an idmapped "{{type}}" mount, but only bind mounts can be idmapped (runc and crun both fail at create).',
      zeroSize: 'mounts[{{index}}].{{field}}[{{entry}}].size is 0; a mapping must cover at least one ID.',
    },
  },
  check(ctx) {
    const hasUserNs = (ctx.array('/linux/namespaces') ?? []).some((n) => isObject(n) && n['type'] === 'user');
    const optionsDefined = compareVersions(ctx.specVersion, '1.2.0') >= 0;
    for (const m of mountEntries(ctx.array('/mounts'))) {
      if (!ctx.isValid(m.pointer)) continue;
      const uid = Array.isArray(m.value['uidMappings']) ? (m.value['uidMappings'] as unknown[]) : undefined;
      const gid = Array.isArray(m.value['gidMappings']) ? (m.value['gidMappings'] as unknown[]) : undefined;
      const idmapOpt = m.options.find((o) => o.value === 'idmap' || o.value === 'ridmap');
      const index = m.index;
      if ((uid === undefined) !== (gid === undefined)) {
        const present = uid ? 'uidMappings' : 'gidMappings';
        ctx.report({ messageId: 'onlyOne', pointer: `${m.pointer}/${present}`, target: 'key', data: { index, present, missing: uid ? 'gidMappings' : 'uidMappings' } });
      }
      for (const [field, list] of [['uidMappings', uid], ['gidMappings', gid]] as const) {
        list?.forEach((e, i) => {
          if (isObject(e) && e['size'] === 0) ctx.report({ messageId: 'zeroSize', pointer: `${m.pointer}/${field}/${i}/size`, data: { index, field, entry: i } });
        });
      }
      const mapped = uid !== undefined || gid !== undefined;
      if (idmapOpt && !mapped && !hasUserNs) {
        ctx.report({ messageId: 'noMapping', pointer: `${m.pointer}/options/${idmapOpt.index}`, data: { index, option: idmapOpt.index, value: idmapOpt.value } });
      }
      if (mapped && optionsDefined && !idmapOpt) {
        const field = uid ? 'uidMappings' : 'gidMappings';
        ctx.report({ messageId: 'noOption', pointer: `${m.pointer}/${field}`, target: 'key', severity: 'warning', data: { index, field } });
      }
      if ((mapped || idmapOpt) && !isBind(m)) {
        ctx.report({ messageId: 'notBind', pointer: m.pointer, data: { index, type: m.type ?? '' } });
      }
    }
  },
});
