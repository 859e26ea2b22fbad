import { defineRule } from './api.js';
import { CLASSIC_CAPABILITIES } from './data/capabilities.js';
import { capSet } from '../model/capabilities.js';
import { allowAllInForce } from '../model/devices.js';
import { isReadOnly, mounts } from '../model/mounts.js';
import type { Where } from '../model/places.js';

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
      privileged: {
        headline: 'The config is privileged in all but name: {{signals}}',
        detail: 'They are traits of what `docker run --privileged` writes into a config: every capability, every device, sysfs read-write, and no masked or read-only paths.',
        help: 'Grant the one capability, device or mount the workload needs instead, and run what truly needs privilege outside the container.',
      },
    },
  },
  // Two traits make a finding, and one of them is always a capability set, a device rule or a
  // mount: empty masked and read-only paths alone are not enough.
  reads: ['process.capabilities', 'linux.resources.devices', 'mounts'],
  check(ctx) {
    const signals: { text: string; at: Where }[] = [];
    const caps = ctx.config.process?.capabilities;
    for (const set of ['bounding', 'effective'] as const) {
      const list = caps?.[set];
      // Fewer names than capabilities cannot be all of them (the usual case: nothing to build).
      if (!caps || !list || list.length < CLASSIC_CAPABILITIES.length) continue;
      // As crun reads the names (any case: model/capabilities.ts), the reading that grants more.
      const held = capSet(ctx, 'crun', set);
      if (CLASSIC_CAPABILITIES.every((c) => held.has(c))) {
        signals.push({ text: `process.capabilities.${set} holds every capability`, at: { node: caps, key: set } });
        break;
      }
    }
    // The device cgroup as it ends up: an allow-all that a later deny-all takes back allows nothing.
    const allowAll = allowAllInForce(ctx);
    if (allowAll !== undefined) {
      signals.push({ text: `linux.resources.devices[${allowAll}] allows every device`, at: { node: ctx.config.linux!.resources!.devices!, key: allowAll } });
    }
    const sys = mounts(ctx).find((m) => m.destination !== undefined && m.type === 'sysfs' && !isReadOnly(m));
    if (sys) signals.push({ text: `mounts[${sys.index}] mounts sysfs read-write`, at: { node: sys.node } });
    const linux = ctx.config.linux;
    const masked = linux?.maskedPaths;
    const ro = linux?.readonlyPaths;
    if ((!masked || masked.length === 0) && (!ro || ro.length === 0)) {
      const at: Where = masked ? { node: linux!, key: 'maskedPaths' } : ro ? { node: linux!, key: 'readonlyPaths' } : linux ? { key: 'linux' } : {};
      signals.push({ text: 'linux.maskedPaths and linux.readonlyPaths are empty', at });
    }
    if (signals.length < 2) return;
    const [first, ...rest] = signals;
    ctx.report({
      messageId: 'privileged',
      ...first!.at,
      data: { signals: signals.map((s) => s.text).join('; ') },
      related: rest.map((s) => ({ message: s.text, ...s.at })),
    });
  },
});
