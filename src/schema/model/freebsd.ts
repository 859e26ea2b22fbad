// `freebsd`: device rules and jail parameters.

import { arr, bool, int, obj, oneOfStrings, str, strings, type ObjectNode } from './dsl.js';
import { fileMode } from './defs.js';

const sharing = () => oneOfStrings(['disable', 'new', 'inherit']);
// host and vnet have no "disable" setting.
const sharingNoDisable = () => oneOfStrings(['new', 'inherit']);

export const freebsdNode: ObjectNode = obj(
  {
    // The text requires path; the upstream schema does not.
    devices: arr(obj({ path: str({ req: true }), mode: fileMode() })),
    jail: obj({
      parent: str(),
      host: sharingNoDisable(),
      ip4: sharing(),
      ip4Addr: strings(),
      ip6: sharing(),
      ip6Addr: strings(),
      vnet: sharingNoDisable(),
      interface: str(),
      vnetInterfaces: strings(),
      sysvmsg: sharing(),
      sysvsem: sharing(),
      sysvshm: sharing(),
      enforceStatfs: int('uint8'),
      allow: obj({
        setHostname: bool(),
        rawSockets: bool(),
        chflags: bool(),
        mount: strings(),
        quotas: bool(),
        socketAf: bool(),
        mlock: bool(),
        reservedPorts: bool(),
        suser: bool(),
      }),
    }),
  },
  { since: '1.3.0', platform: 'freebsd' },
);
