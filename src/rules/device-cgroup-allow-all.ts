import { defineRule } from './api.js';
import type { DeviceCgroupRule } from '../model/view.js';
import { allowAllInForce } from '../model/devices.js';

// The device cgroup is what stops root in the container from opening host devices it can create
// with mknod (or that a bind mount brings in). An entry allowing every device read-write, left in
// force by the entries after it, is what "privileged" does: any host disk or memory device opens.
// An allow entry of type "a" (or none) allows everything, whatever its numbers and access say, and
// a deny entry of type "a" denies everything (allowAllInForce in model/devices.ts): so the kernel
// reads it on cgroup v1, and runc's cgroup v2 filter is built from an emulation of that reading
// (deviceFilter in vendor/github.com/opencontainers/cgroups/devices/devicefilter.go at v1.5.1).
// crun on cgroup v2 differs: its eBPF program checks the major, minor and access of a type "a"
// entry and only skips the type (bpf_program_append_dev in src/libcrun/ebpf.c at 1.29.1).
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
      typeAll: {
        headline: 'linux.resources.devices[{{index}}] has {{what}}, which runc reads as every device "rwm"',
        detail: 'The device cgroup reads an entry of type "a", which an entry without a type stands for, as every device with every access, and ignores its major, minor and access: runc 1.1.5 left "a *:* rwm" in devices.list for type "a" with 1:3 and "r", and for type "a" with "m", and runc builds its cgroup v2 filter from the same reading; crun writes "a" for such an entry on cgroup v1. No later entry denies every device again, so root in the container can open host disks and memory devices it creates with mknod. Only crun on cgroup v2 honours the numbers and access, for character and block devices alike.',
        help: 'Give the entry the type it means, "c" or "b": "c *:* m" and "b *:* m" allow mknod only.',
      },
    },
  },
  reads: ['linux.resources.devices'],
  check(ctx) {
    const list = ctx.config.linux?.resources?.devices;
    if (!list) return;
    // What the entry itself says: every device (no major or minor, or -1).
    const saysAll = (d: DeviceCgroupRule): boolean => (!ctx.has(d, 'major') || d.major === -1) && (!ctx.has(d, 'minor') || d.minor === -1);
    const access = (d: DeviceCgroupRule): string => (d.access !== undefined && d.access !== '' ? d.access : 'rwm');
    const lastAllowAll = allowAllInForce(ctx);
    if (lastAllowAll === undefined) return;
    const d = list[lastAllowAll]!;
    const a = access(d);
    if (saysAll(d) && a.includes('r') && a.includes('w')) {
      ctx.report({ messageId: 'allowAll', node: list, key: lastAllowAll, data: { index: lastAllowAll, access: a } });
    } else {
      ctx.report({ messageId: 'typeAll', node: list, key: lastAllowAll, data: { index: lastAllowAll, what: d.type === 'a' ? 'type "a"' : 'no type' } });
    }
  },
});
