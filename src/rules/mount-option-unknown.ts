import { defineRule, specUrl } from './api.js';
import { FS_DATA_OPTIONS, GENERIC_OPTIONS, RUNTIME_GAPS, badDataValue, isBind, knownDataOption, mountEntries } from './util/mounts.js';
import { own } from './util/own.js';

// config.md "Linux mount options": runtimes handle the listed options themselves and pass any
// other string to the filesystem as mount data (spec 1.2.0 made that explicit). proc, sysfs,
// tmpfs, devpts, mqueue and overlay reject data they do not understand, so an unknown option on
// one of them fails the mount: runc 1.1.5 and crun 1.8.1 both stop at create with EINVAL, and so
// does a malformed value (mode=999, size=abc, hidepid=5). On a
// bind mount the kernel ignores the data, so the option silently does nothing. crun also refuses
// `tmpcopyup` on anything but tmpfs, and `remount` fails on the fresh mount in both runtimes.
// Some options from the spec's own table are not handled by runc 1.1.5 or crun 1.8.1 (see
// RUNTIME_GAPS); the spec allows them but the container does not start, so they are errors that
// name the runtime.
export default defineRule({
  meta: {
    id: 'mount-option-unknown',
    description: 'Mount options must be ones the runtime or the filesystem understands.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configLinuxMountOptions'), level: 'SHOULD' },
    platforms: ['linux'],
    messages: {
      unknownData: 'mounts[{{index}}].options[{{option}}] "{{value}}" is neither a generic mount option nor one the {{type}} filesystem accepts, so the mount fails with "invalid argument".',
      ignoredOnBind: 'mounts[{{index}}].options[{{option}}] "{{value}}" is not a mount option runtimes know; on a bind mount it is passed as filesystem data and silently ignored.',
      tmpcopyup: 'mounts[{{index}}].options[{{option}}] "tmpcopyup" only works on a tmpfs mount; crun refuses it on a "{{type}}" mount and runc ignores it.',
      badValue: 'mounts[{{index}}].options[{{option}}] "{{value}}": the {{type}} filesystem expects {{expect}}, so the mount fails with "invalid argument".',
      remount: 'mounts[{{index}}].options[{{option}}] "remount" asks to change an existing mount, but the runtime creates this one fresh; runc and crun both fail with "invalid argument".',
      runtimeGap: 'mounts[{{index}}].options[{{option}}] "{{value}}" fails the mount: {{runtime}} {{how}}; leave it out for portability.',
    },
  },
  check(ctx) {
    for (const m of mountEntries(ctx.array('/mounts'))) {
      if (!ctx.isValid(`${m.pointer}/options`)) continue;
      const bind = isBind(m);
      const type = m.type ?? '';
      for (const o of m.options) {
        const pointer = `${m.pointer}/options/${o.index}`;
        const data = { index: m.index, option: o.index, value: o.value, type: bind ? 'bind' : type };
        if (o.value === 'tmpcopyup') {
          if (bind || type !== 'tmpfs') ctx.report({ messageId: 'tmpcopyup', pointer, data });
          continue;
        }
        if (o.value === 'remount') {
          ctx.report({ messageId: 'remount', pointer, data });
          continue;
        }
        const gap = own(RUNTIME_GAPS, o.value);
        if (gap && (gap.scope === 'any' || (!bind && own(FS_DATA_OPTIONS, type) !== undefined))) {
          ctx.report({ messageId: 'runtimeGap', pointer, data: { ...data, runtime: gap.runtime, how: gap.how } });
          continue;
        }
        if (GENERIC_OPTIONS.has(o.value)) continue;
        if (bind) {
          ctx.report({ messageId: 'ignoredOnBind', pointer, severity: 'warning', data });
          continue;
        }
        if (knownDataOption(type, o.value) === false) {
          ctx.report({ messageId: 'unknownData', pointer, data });
          continue;
        }
        const expect = badDataValue(type, o.value);
        if (expect !== undefined) ctx.report({ messageId: 'badValue', pointer, data: { ...data, expect } });
      }
    }
  },
});
