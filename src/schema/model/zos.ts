// `zos`: z/OS. 1.1.0 and 1.2.0 described devices; 1.2.1 replaced them with namespaces.

import { arr, int, obj, oneOfStrings, str, type ObjectNode } from './dsl.js';
import { fileMode } from './defs.js';

export const zosNode: ObjectNode = obj(
  {
    devices: arr(
      obj({
        type: oneOfStrings(['c', 'b', 'u', 'p'], { req: true }),
        path: str({ req: true }),
        major: int('int64', { req: true }),
        minor: int('int64', { req: true }),
        fileMode: fileMode(),
        uid: int('uint32'),
        gid: int('uint32'),
      }),
      { until: '1.2.1' },
    ),
    namespaces: arr(
      obj({ type: oneOfStrings(['mount', 'pid', 'uts', 'ipc'], { req: true }), path: str() }),
      { since: '1.2.1' },
    ),
  },
  { since: '1.1.0', platform: 'zos' },
);
