import { defineRule } from './api.js';
import type { DeviceCgroupRule } from '../model/view.js';

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
      allowAll: {
        headline: 'linux.resources.devices[{{index}}] leaves every device allowed "{{access}}"',
        detail: 'It allows read and write on every device, and no later entry denies them again. The device cgroup is what keeps root in the container from opening host devices: now it can open host disks and memory devices it creates with mknod.',
        help: 'Start with an entry that denies every device, and allow only the devices the workload uses.',
      },
    },
  },
  reads: ['linux.resources.devices'],
  check(ctx) {
    const list = ctx.config.linux?.resources?.devices;
    if (!list) return;
    // Every device: type absent or "a", major and minor absent or -1 (a value of the wrong type is
    // there, and is neither).
    const all = (d: DeviceCgroupRule): boolean =>
      (!ctx.has(d, 'type') || d.type === 'a') && (!ctx.has(d, 'major') || d.major === -1) && (!ctx.has(d, 'minor') || d.minor === -1);
    const access = (d: DeviceCgroupRule): string => (d.access !== undefined && d.access !== '' ? d.access : 'rwm');
    let lastAllowAll: number | undefined;
    list.forEach((d, i) => {
      if (!d || !all(d)) return;
      const a = access(d);
      if (d.allow === true && a.includes('r') && a.includes('w')) lastAllowAll = i;
      else if (d.allow === false && (a.includes('r') || a.includes('w'))) lastAllowAll = undefined;
    });
    if (lastAllowAll === undefined) return;
    ctx.report({ messageId: 'allowAll', node: list, key: lastAllowAll, data: { index: lastAllowAll, access: access(list[lastAllowAll]!) } });
  },
});
