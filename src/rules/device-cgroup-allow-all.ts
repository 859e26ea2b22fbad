import { defineRule, isObject, ptr } from './api.js';

// The device cgroup is what stops root in the container from opening host devices it can create
// with mknod (or that a bind mount brings in). An entry allowing every device read-write, left in
// force by the entries after it, is what "privileged" does: any host disk or memory device opens.
export default defineRule({
  meta: {
    id: 'device-cgroup-allow-all',
    description: 'linux.resources.devices should not end up allowing read-write access to every device.',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'critical',
    platforms: ['linux'],
    messages: {
      allowAll: 'linux.resources.devices[{{index}}] allows "{{access}}" on every device and no later entry denies it: the container can open host disks and memory devices it creates with mknod.',
    },
  },
  check(ctx) {
    const list = ctx.array('/linux/resources/devices');
    if (!list) return;
    const all = (d: Record<string, unknown>): boolean =>
      (d['type'] === undefined || d['type'] === 'a') && (d['major'] === undefined || d['major'] === -1) && (d['minor'] === undefined || d['minor'] === -1);
    const access = (d: Record<string, unknown>): string => (typeof d['access'] === 'string' && d['access'] !== '' ? d['access'] : 'rwm');
    let lastAllowAll: number | undefined;
    list.forEach((d, i) => {
      if (!isObject(d) || !all(d)) return;
      const a = access(d);
      if (d['allow'] === true && a.includes('r') && a.includes('w')) lastAllowAll = i;
      else if (d['allow'] === false && (a.includes('r') || a.includes('w'))) lastAllowAll = undefined;
    });
    if (lastAllowAll === undefined) return;
    const d = list[lastAllowAll] as Record<string, unknown>;
    ctx.report({ messageId: 'allowAll', pointer: ptr('linux', 'resources', 'devices', lastAllowAll), data: { index: lastAllowAll, access: access(d) } });
  },
});
