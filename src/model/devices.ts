// `linux.devices`: the device nodes the runtime creates in the container.

import type { FileType } from '../bundle/rootfs.js';
import type { BundleFacts } from './facts.js';
import type { DeviceCgroupRule, LinuxDevice } from './view.js';

export interface DeviceEntry {
  /** Its index in linux.devices. */
  readonly index: number;
  readonly node: LinuxDevice;
  readonly type: string | undefined;
  readonly path: string | undefined;
}

/** The entries of linux.devices that are objects, in order. */
export function devices(facts: BundleFacts): readonly DeviceEntry[] {
  return facts.memo(entriesOf);
}

function entriesOf(facts: BundleFacts): readonly DeviceEntry[] {
  const out: DeviceEntry[] = [];
  const list = facts.config.linux?.devices;
  if (!list) return out;
  for (let index = 0; index < list.length; index++) {
    const node = list[index];
    if (node) out.push({ index, node, type: node.type, path: node.path });
  }
  return out;
}

/** What a device type makes in the filesystem: c and u a character device, b a block device, p a FIFO. */
export function deviceFileType(type: string): FileType | undefined {
  switch (type) {
    case 'c':
    case 'u':
      return 'char';
    case 'b':
      return 'block';
    case 'p':
      return 'fifo';
    default:
      return undefined;
  }
}

/**
 * Whether a linux.resources.devices entry covers every device with every access: one of type "a",
 * which an entry without a type stands for (a type of the wrong JSON type is there, and is not
 * "a"). The kernel's device cgroup (v1) reads a rule of type "a" as all devices and all access,
 * and ignores the rest of it: runc 1.1.5 left "a *:* rwm" in devices.list for {type "a", 1:3, "r"},
 * {type "a", "m"} and {no type, "m"} (created on cgroup v1), and crun writes a bare "a" for such an
 * entry (write_devices_resources_v1, 1.8.1 to 1.29.1). Its major, minor and access say what the
 * author meant, not what the cgroup does.
 */
export function coversEveryDevice(facts: BundleFacts, d: DeviceCgroupRule): boolean {
  return !facts.has(d, 'type') || d.type === 'a';
}

/**
 * The index of the linux.resources.devices entry that leaves every device allowed: the last entry
 * covering every device (coversEveryDevice) that allows, when no later such entry denies. The one
 * answer for the rules that ask whether the device cgroup ends up open (device-cgroup-allow-all,
 * privileged-like).
 */
export function allowAllInForce(facts: BundleFacts): number | undefined {
  return facts.memo(lastAllowAll);
}

function lastAllowAll(facts: BundleFacts): number | undefined {
  const list = facts.config.linux?.resources?.devices;
  if (!list) return undefined;
  let last: number | undefined;
  for (let i = 0; i < list.length; i++) {
    const d = list[i];
    if (!d || !coversEveryDevice(facts, d)) continue;
    if (d.allow === true) last = i;
    else if (d.allow === false) last = undefined;
  }
  return last;
}
