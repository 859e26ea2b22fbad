// `windows`: layers, devices, resources, networking and Hyper-V isolation.

import { anyValue, arr, bool, int, map, obj, oneOfStrings, str, strings, type ObjectNode } from './dsl.js';

export const windowsNode: ObjectNode = obj(
  {
    layerFolders: strings({ req: true, minItems: 1 }),
    devices: arr(obj({ id: str({ req: true }), idType: oneOfStrings(['class'], { req: true }) }), { since: '1.0.2' }),
    resources: obj({
      memory: obj({ limit: int('uint64') }),
      cpu: obj({
        count: int('uint64'),
        shares: int('uint16'),
        maximum: int('uint16'),
        // The text (and Go) define affinity as a list of {mask, group}, both required; the
        // upstream schema describes a single object, which rejects every conforming config.
        affinity: arr(obj({ mask: int('uint64', { req: true }), group: int('uint32', { req: true }) }), {
          since: '1.2.1',
        }),
      }),
      storage: obj({ iops: int('uint64'), bps: int('uint64'), sandboxSize: int('uint64') }),
    }),
    network: obj({
      endpointList: strings(),
      allowUnqualifiedDNSQuery: bool(),
      DNSSearchList: strings(),
      networkSharedContainerName: str(),
      networkNamespace: str({ since: '1.0.2' }),
    }),
    // Opaque to the spec: whatever the credential spec tooling produced.
    credentialSpec: map(anyValue()),
    servicing: bool(),
    ignoreFlushesDuringBoot: bool(),
    hyperv: obj({ utilityVMPath: str() }),
  },
  { platform: 'windows' },
);
