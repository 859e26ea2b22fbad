import { defineRule, specUrl } from './api.js';
import { hasNamespace } from '../model/namespaces.js';
import { normalizeSysctl } from '../model/sysctls.js';
import { KATA_VERSIONS } from './util/kata.js';
import { addToList, renameKeyUnlessTaken } from './util/fixes.js';

// What the Kata agent's validator refuses before it creates a container inside the VM
// (src/agent/rustjail/src/validator.rs, the same rules in 3.0.0 and 3.32.0), for what other
// runtimes accept. It sees the spec after the shim's changes: network, cgroup and time namespace
// entries are gone, ipc, uts and mount entries stay (src/runtime/virtcontainers/kata_agent.go).
// - sysctl: only keys of the container's own namespaces pass (net.*, the IPC keys with an ipc
//   entry, kernel.domainname with a uts entry), as with runc and crun, whose refusals
//   linux-sysctl-namespace reports. But Kata matches the keys as written: "net/ipv4/ip_forward",
//   which runc and crun read as net.ipv4.ip_forward, is refused.
// - maskedPaths and readonlyPaths (even empty lists) need a mount entry.

export default defineRule({
  meta: {
    id: 'kata-agent-refuses',
    description: 'The Kata agent refuses sysctl keys written with "/", and masked or read-only paths without a mount namespace.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxSysctl'), level: 'MAY' },
    targets: ['kata'],
    runtimeVersions: KATA_VERSIONS,
    platforms: ['linux'],
    fixable: '`--fix` writes a sysctl key with "/" with dots, as runc and crun read it (unless the config has that key already).',
    suggests: 'adding a mount namespace to linux.namespaces when the paths need one.',
    messages: {
      sysctl: {
        headline: 'linux.sysctl "{{key}}" is written with "/": the Kata agent refuses it',
        detail: 'runc and crun read "/" in a sysctl key as ".", as sysctl(8) does. Kata\'s agent compares the key as written with the sysctls it allows (net.*, the IPC ones, kernel.domainname), so a key with "/" matches none and it refuses the container ("Sysctl config contains invalid settings").',
        help: 'Write the key with dots: "{{dotted}}".',
        runtimes: { kata: 'refuses' },
      },
      pathsNeedMount: {
        headline: '{{field}} is set without a "mount" namespace: the Kata agent refuses it',
        detail: 'Kata\'s agent masks and write-protects paths only in a container with a mount namespace of its own, and refuses the container otherwise ("Linux namespace does not contain mount"), even when the list is empty.',
        help: 'Add { "type": "mount" } to linux.namespaces.',
        runtimes: { kata: 'refuses' },
      },
    },
  },
  reads: ['linux.sysctl', 'linux.maskedPaths', 'linux.readonlyPaths'],
  check(ctx) {
    const linux = ctx.config.linux;
    if (!linux) return;
    const sysctl = linux.sysctl;
    for (const key of Object.keys(sysctl ?? {})) {
      if (!sysctl || !key.includes('/')) continue;
      const dotted = normalizeSysctl(key);
      // runc and crun read the key with dots, so writing it so changes nothing for them: a fix,
      // unless the dotted key is there too (which value wins is a person's call).
      const fix = renameKeyUnlessTaken(sysctl, key, dotted, `Write the key "${dotted}"`);
      ctx.report({ messageId: 'sysctl', node: sysctl, key, target: 'key', data: { key, dotted }, ...(fix && { fix }) });
    }
    if (hasNamespace(ctx, 'mount')) return;
    const entry = { type: 'mount' };
    const list = linux.namespaces;
    const edit = addToList(ctx, list, ['linux', 'namespaces'], [entry]);
    const suggestions = edit ? [{ title: 'Add a mount namespace to linux.namespaces', edit }] : [];
    for (const key of ['maskedPaths', 'readonlyPaths'] as const) {
      if (linux[key]) ctx.report({ messageId: 'pathsNeedMount', node: linux, key, target: 'key', data: { field: `linux.${key}` }, suggestions });
    }
  },
});
