// `vm`: hardware-virtualised containers (hypervisor, kernel, disk image, hardware layout).

import { arr, int, obj, oneOfStrings, str, strings, type ObjectNode } from './dsl.js';

const u64 = () => int('uint64');

export const vmNode: ObjectNode = obj(
  {
    hypervisor: obj({ path: str({ req: true }), parameters: strings() }),
    kernel: obj({ path: str({ req: true }), parameters: strings(), initrd: str() }, { req: true }),
    image: obj({
      path: str({ req: true }),
      format: oneOfStrings(['raw', 'qcow2', 'vdi', 'vmdk', 'vhd'], { req: true }),
    }),
    hwConfig: obj(
      {
        deviceTree: str(),
        vcpus: int('uint32'),
        memory: u64(),
        dtdevs: strings(),
        // Every entry is checked (upstream 1.3.0 used the tuple form, which checks only the first).
        iomems: arr(obj({ firstGFN: u64(), firstMFN: int('uint64', { req: true }), nrMFNs: int('uint64', { req: true }) })),
        irqs: arr(int('uint32')),
      },
      { since: '1.3.0' },
    ),
  },
  { since: '1.0.2', platform: 'vm' },
);
