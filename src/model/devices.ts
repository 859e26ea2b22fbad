// `linux.devices`: the device nodes the runtime creates in the container.

import type { FileType } from '../bundle/rootfs.js';
import type { BundleFacts } from './facts.js';
import type { LinuxDevice } from './view.js';

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
