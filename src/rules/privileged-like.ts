import { defineRule, isObject, ptr } from './api.js';
import { CLASSIC_CAPABILITIES } from './data/capabilities.js';
import { isReadOnly, mounts } from './util/security.js';

// What `docker run --privileged` writes into a config: every capability, the device cgroup
// opened to every device, sysfs read-write, and no masked or read-only paths. Each has its own
// rule; two or more together mean the container is privileged in all but name.
export default defineRule({
  meta: {
    id: 'privileged-like',
    description: 'A config should not combine the traits of a privileged container (all capabilities, all devices, writable sysfs, no masked paths).',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'critical',
    platforms: ['linux'],
    messages: {
      privileged: 'This config is privileged in all but name: {{signals}}.',
    },
  },
  check(ctx) {
    const signals: { text: string; pointer: string }[] = [];
    for (const set of ['bounding', 'effective'] as const) {
      const pointer = ptr('process', 'capabilities', set);
      const list = ctx.array(pointer) ?? [];
      // Fewer names than capabilities cannot be all of them (the usual case: nothing to build).
      if (list.length < CLASSIC_CAPABILITIES.length) continue;
      const caps = new Set(list.filter((c): c is string => typeof c === 'string'));
      if (CLASSIC_CAPABILITIES.every((c) => caps.has(c))) {
        signals.push({ text: `process.capabilities.${set} holds every capability`, pointer });
        break;
      }
    }
    const devs = ctx.array('/linux/resources/devices') ?? [];
    devs.forEach((d, i) => {
      if (!isObject(d) || d['allow'] !== true) return;
      const any = (d['type'] === undefined || d['type'] === 'a') && (d['major'] === undefined || d['major'] === -1) && (d['minor'] === undefined || d['minor'] === -1);
      if (any && signals.every((s) => !s.pointer.startsWith('/linux/resources/devices'))) {
        signals.push({ text: `linux.resources.devices[${i}] allows every device`, pointer: ptr('linux', 'resources', 'devices', i) });
      }
    });
    const sys = mounts(ctx).find((m) => m.type === 'sysfs' && !isReadOnly(m));
    if (sys) signals.push({ text: `mounts[${sys.index}] mounts sysfs read-write`, pointer: sys.pointer });
    const masked = ctx.array('/linux/maskedPaths');
    const ro = ctx.array('/linux/readonlyPaths');
    if ((!masked || masked.length === 0) && (!ro || ro.length === 0)) {
      signals.push({ text: 'linux.maskedPaths and linux.readonlyPaths are empty', pointer: masked ? '/linux/maskedPaths' : ro ? '/linux/readonlyPaths' : ctx.object('/linux') ? '/linux' : '' });
    }
    if (signals.length < 2) return;
    const [first, ...rest] = signals;
    ctx.report({
      messageId: 'privileged',
      pointer: first!.pointer,
      data: { signals: signals.map((s) => s.text).join('; ') },
      related: rest.map((s) => ({ message: s.text, pointer: s.pointer })),
    });
  },
});
