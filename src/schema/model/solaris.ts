// `solaris`: zone settings.

import { arr, obj, str, type ObjectNode } from './dsl.js';

export const solarisNode: ObjectNode = obj(
  {
    milestone: str(),
    limitpriv: str(),
    maxShmMemory: str(),
    cappedCPU: obj({ ncpus: str() }),
    cappedMemory: obj({ physical: str(), swap: str() }),
    // The 1.0.0 schema accepted any string-valued keys here; the text has always named them.
    anet: arr(
      obj({
        linkname: str(),
        lowerLink: str(),
        allowedAddress: str(),
        configureAllowedAddress: str(),
        defrouter: str(),
        linkProtection: str(),
        macAddress: str(),
      }),
    ),
  },
  { platform: 'solaris' },
);
