import { defineRule, specUrl, type FixSpec } from './api.js';
import { FS_DATA_OPTIONS, GENERIC_OPTIONS, RUNTIME_GAPS, badDataValue, knownDataOption } from './data/mount-options.js';
import { isBind, mounts } from '../model/mounts.js';
import { own } from './util/own.js';
import { didYouMean, removeEntry } from './util/fixes.js';
import { closest } from '../core/suggest.js';

// config.md "Linux mount options": runtimes handle the listed options themselves and pass any
// other string to the filesystem as mount data (spec 1.2.0 made that explicit). proc, sysfs,
// tmpfs, devpts, mqueue and overlay reject data they do not understand, so an unknown option on
// one of them fails the mount: runc 1.1.5 and crun 1.8.1 both stop at create with EINVAL, and so
// does a malformed value (mode=999, size=abc, hidepid=5). On a
// bind mount the kernel ignores the data, so the option silently does nothing. crun also refuses
// `tmpcopyup` on anything but tmpfs, and `remount` fails on the fresh mount in both runtimes.
// Some options from the spec's own table are not handled by runc 1.1.5 or crun 1.8.1 (see
// RUNTIME_GAPS); the spec allows them but the container does not start, so they are errors that
// name the runtime, except where only crun (to its newest release) refuses them: a warning naming
// crun without --target, an error with --target crun.
export default defineRule({
  meta: {
    id: 'mount-option-unknown',
    description: 'Mount options must be ones the runtime or the filesystem understands.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configLinuxMountOptions'), level: 'SHOULD' },
    platforms: ['linux'],
    suggests: 'the nearest known option, and removing the option.',
    messages: {
      unknownData: {
        headline: 'mounts[{{index}}].options[{{option}}] "{{value}}" is not an option {{type}} accepts',
        detail: 'It is neither a generic mount option nor data the {{type}} filesystem understands. The runtime passes it to the filesystem as mount data, which refuses it: the mount fails with "invalid argument" (runc 1.1.5 and crun 1.8.1 stop at create).',
        help: 'Remove the option, or use one that {{type}} documents.',
      },
      ignoredOnBind: {
        headline: 'mounts[{{index}}].options[{{option}}] "{{value}}" is not a mount option runtimes know',
        detail: 'On a bind mount it is passed to the kernel as filesystem data, which is ignored: the option silently does nothing.',
        help: 'Remove the option.',
        severity: 'warning',
      },
      tmpcopyup: {
        headline: 'mounts[{{index}}].options[{{option}}] "tmpcopyup" is on a "{{type}}" mount',
        detail: '"tmpcopyup" only works on a tmpfs mount: crun refuses it on any other, and runc ignores it.',
        help: 'Remove the option, or use it on a tmpfs mount.',
      },
      badValue: {
        headline: 'mounts[{{index}}].options[{{option}}] "{{value}}" is not a value {{type}} accepts',
        detail: 'The {{type}} filesystem expects {{expect}}; it refuses anything else, and the mount fails with "invalid argument" (runc 1.1.5 and crun 1.8.1 stop at create).',
        help: 'Write the value as {{expect}}.',
      },
      remount: {
        headline: 'mounts[{{index}}].options[{{option}}] is "remount" on a mount the runtime creates',
        detail: '"remount" asks to change an existing mount, but the runtime makes this one fresh: runc and crun both fail with "invalid argument".',
        help: 'Remove "remount"; the other options apply when the mount is made.',
      },
      runtimeGap: {
        headline: 'mounts[{{index}}].options[{{option}}] "{{value}}" fails the mount in {{runtime}}',
        detail: '{{runtime}} {{how}}, which fails the mount, so the container does not start.',
        help: 'Leave the option out, so that the config works with every runtime.',
      },
    },
  },
  reads: ['mounts'],
  check(ctx) {
    for (const m of mounts(ctx)) {
      const options = m.node.options;
      if (!options || !ctx.valid(m.node, 'options')) continue;
      const bind = isBind(m);
      const type = m.type ?? '';
      for (const o of m.options) {
        // Where and what a finding says are made only for an option that has one (a batch
        // checks every option of every mount): no closure here, which would cost each step.
        const kind = bind ? 'bind' : type;
        if (o.value === 'tmpcopyup') {
          if (bind || type !== 'tmpfs') ctx.report({ messageId: 'tmpcopyup', ...optionAt(options, m.index, o, kind), suggestions: [removeOption(options, o)] });
          continue;
        }
        if (o.value === 'remount') {
          ctx.report({ messageId: 'remount', ...optionAt(options, m.index, o, kind), suggestions: [removeOption(options, o)] });
          continue;
        }
        const gap = own(RUNTIME_GAPS, o.value);
        if (gap && (gap.scope === 'any' || (!bind && own(FS_DATA_OPTIONS, type) !== undefined))) {
          const runtimes = gap.crunOnly ? { runtimes: { runc: 'accepts', crun: 'refuses' } as const } : {};
          const { data, ...place } = optionAt(options, m.index, o, kind);
          ctx.report({ messageId: 'runtimeGap', ...place, data: { ...data, runtime: gap.runtime, how: gap.how }, suggestions: [removeOption(options, o)], ...runtimes });
          continue;
        }
        if (GENERIC_OPTIONS.has(o.value)) continue;
        if (bind) {
          ctx.report({ messageId: 'ignoredOnBind', ...optionAt(options, m.index, o, kind), suggestions: [...didYouMean(options, o.index, [optionMeant(o.value, [])]), removeOption(options, o)] });
          continue;
        }
        if (knownDataOption(type, o.value) === false) {
          ctx.report({ messageId: 'unknownData', ...optionAt(options, m.index, o, kind), suggestions: [...didYouMean(options, o.index, [optionMeant(o.value, own(FS_DATA_OPTIONS, type) ?? [])]), removeOption(options, o)] });
          continue;
        }
        const expect = badDataValue(type, o.value);
        if (expect !== undefined) {
          const { data, ...place } = optionAt(options, m.index, o, kind);
          ctx.report({ messageId: 'badValue', ...place, data: { ...data, expect } });
        }
      }
    }
  },
});

/** Where a finding about an option is, and the data of its message. */
function optionAt(options: readonly (string | undefined)[], index: number, o: { index: number; value: string }, type: string) {
  return { node: options, key: o.index, data: { index, option: o.index, value: o.value, type } };
}

function removeOption(options: readonly (string | undefined)[], o: { index: number; value: string }): FixSpec {
  return removeEntry(options, o.index, `"${o.value}"`);
}

/**
 * The option a misspelt one probably stands for: a generic option or the filesystem's data
 * option nearest to it (`nosiud` is "nosuid", `sise=64m` is "size=64m").
 */
function optionMeant(value: string, data: readonly string[]): string | undefined {
  const eq = value.indexOf('=');
  if (eq < 0) return closest(value, [...GENERIC_OPTIONS, ...data]);
  const name = closest(value.slice(0, eq), data);
  return name === undefined ? undefined : name + value.slice(eq);
}
