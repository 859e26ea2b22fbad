// Top level of config.json: version, root filesystem, mounts, hooks, annotations, and the
// conditions that tie sections together.

import type { SpecVersion } from '../../core/versions.js';
import { compareVersions } from '../../core/versions.js';
import { arr, at, bool, map, obj, str, strings, type ObjectNode } from './dsl.js';
import { hookList, idMappings } from './defs.js';
import { processNode } from './process.js';
import { linuxNode } from './linux.js';
import { windowsNode } from './windows.js';
import { solarisNode } from './solaris.js';
import { vmNode } from './vm.js';
import { zosNode } from './zos.js';
import { freebsdNode } from './freebsd.js';

const mount = obj(
  {
    destination: str({ req: true, doc: 'where the mount appears inside the container' }),
    source: str(),
    options: strings(),
    type: str(),
    // Idmapped mounts (Linux).
    uidMappings: at(idMappings(), { since: '1.1.0', platform: 'linux' }),
    gidMappings: at(idMappings(), { since: '1.1.0', platform: 'linux' }),
  },
  { def: 'Mount' },
);

const hooks = obj({
  prestart: hookList(),
  createRuntime: at(hookList(), { since: '1.0.2' }),
  createContainer: at(hookList(), { since: '1.0.2' }),
  startContainer: at(hookList(), { since: '1.0.2' }),
  poststart: hookList(),
  poststop: hookList(),
});

/**
 * Conditions across sections, from the spec text:
 * - `root` is required on every platform except Windows Hyper-V containers, where it must be absent.
 * - On POSIX platforms `process.user.uid` and `gid` are required; on Windows (1.0.2 on) a process
 *   needs `args` or `commandLine`. (A missing or empty `args` elsewhere is process-args-nonempty's.)
 * We treat a config with a `windows` section as a Windows config.
 */
function crossSection(v: SpecVersion): Record<string, unknown>[] {
  const hyperv = { required: ['windows'], properties: { windows: { required: ['hyperv'] } } };
  const out: Record<string, unknown>[] = [
    {
      if: hyperv,
      then: { properties: { root: { $comment: 'must not be set for a Hyper-V container (windows.hyperv)', not: {} } } },
      else: { required: ['root'] },
    },
  ];
  // A missing or empty process.args is left to the rule process-args-nonempty.
  const posixProcess: Record<string, unknown> = {
    properties: { process: { properties: { user: { required: ['uid', 'gid'] } } } },
  };
  if (compareVersions(v, '1.0.2') < 0) {
    // Before 1.0.2 `args` is required everywhere (see process.ts); only uid/gid depend on the platform.
    out.push({
      if: { required: ['windows'] },
      else: { properties: { process: { properties: { user: { required: ['uid', 'gid'] } } } } },
    });
  } else {
    out.push({
      if: { required: ['windows'] },
      then: {
        properties: {
          process: {
            $comment: 'must set "args" or "commandLine" on Windows',
            anyOf: [{ required: ['args'] }, { required: ['commandLine'] }],
          },
        },
      },
      else: posixProcess,
    });
  }
  return out;
}

export const configNode: ObjectNode = obj(
  {
    ociVersion: str({ req: true, doc: 'the runtime-spec version the config follows (SemVer)' }),
    root: obj({ path: str({ req: true }), readonly: bool() }),
    mounts: arr(mount),
    process: processNode,
    hostname: str(),
    domainname: str({ since: '1.1.0' }),
    hooks,
    annotations: map(str()),
    linux: linuxNode,
    windows: windowsNode,
    solaris: solarisNode,
    vm: vmNode,
    zos: zosNode,
    freebsd: freebsdNode,
  },
  { extra: crossSection },
);
