// Shapes shared by several parts of the config.

import { arr, int, obj, str, strings, type IntegerNode } from './dsl.js';

/**
 * Device file mode. The spec text types it as a plain uint32 (a decimal number) and never limits it
 * to the permission bits; only the JSON Schema published with 1.3.0 caps it at 511, and the one
 * before that at 512 (an off-by-one). Real producers also write the file-type bits (dockerd emits
 * 8576, i.e. 0o20600) and runtimes mask them off. We follow the text: any uint32 is valid here, and
 * values outside the permission bits are left to a lint rule instead of being schema errors.
 */
export const fileMode = (): IntegerNode => int('uint32', { doc: 'file mode of the device, a decimal number' });


export const hook = obj(
  {
    path: str({ req: true, doc: 'absolute path of the hook executable on the runtime host' }),
    args: strings(),
    env: strings(),
    timeout: { kind: 'integer', min: 1n, doc: 'seconds before the hook is aborted; greater than zero' },
  },
  { def: 'Hook' },
);

export const hookList = () => arr(hook);

const idMapping = obj(
  {
    containerID: int('uint32', { req: true }),
    hostID: int('uint32', { req: true }),
    size: int('uint32', { req: true }),
  },
  { def: 'IDMapping' },
);

export const idMappings = () => arr(idMapping);
