import { defineRule, ptr, specUrl } from './api.js';
import { findNamespace } from './util/linux.js';

// config-linux.md "Sysctl" lets a bundle set kernel parameters, but only parameters that belong to a
// namespace the container owns can be set without changing the host. runc (libcontainer validator)
// and crun (validate_sysctl) agree on the list, verified with both:
//   IPC namespace: kernel.msgmax/msgmnb/msgmni, kernel.sem, kernel.shmall/shmmax/shmmni,
//                  kernel.shm_rmid_forced, fs.mqueue.*
//   network namespace: net.*
//   UTS namespace: kernel.domainname (kernel.hostname always conflicts with the hostname field)
// Anything else ("vm.swappiness", "kernel.pid_max") is refused as not namespaced. Keys may use "/"
// instead of ".", as sysctl(8) allows. A namespace joined by path counts as the container's own (crun
// checks no more), except PID 1's (/proc/1/ns/...), which is the host's: runc compares the path with
// its own namespace and refuses ("not allowed in host network namespace").
const IPC = new Set(['kernel.msgmax', 'kernel.msgmnb', 'kernel.msgmni', 'kernel.sem', 'kernel.shmall', 'kernel.shmmax', 'kernel.shmmni', 'kernel.shm_rmid_forced']);

type Need = { ns: 'ipc' | 'network' | 'uts'; label: string } | 'hostname' | 'none';

function classify(key: string): Need {
  if (IPC.has(key) || key.startsWith('fs.mqueue.')) return { ns: 'ipc', label: 'IPC' };
  if (key.startsWith('net.')) return { ns: 'network', label: 'network' };
  if (key === 'kernel.domainname') return { ns: 'uts', label: 'UTS' };
  if (key === 'kernel.hostname') return 'hostname';
  return 'none';
}

export default defineRule({
  meta: {
    id: 'linux-sysctl-namespace',
    description: 'Sysctls must be namespaced and need the container to have that namespace.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxSysctl'), level: 'MAY' },
    platforms: ['linux'],
    messages: {
      needsNamespace: 'linux.sysctl "{{key}}" needs its own {{label}} namespace, but linux.namespaces has no "{{ns}}" entry; it would change the host.',
      hostNamespace: 'linux.sysctl "{{key}}" would change the host: the {{label}} namespace is joined from {{path}}, which is the host\'s.',
      notNamespaced: 'linux.sysctl "{{key}}" is not namespaced, so a container cannot set it; runc and crun refuse it.',
      hostname: 'linux.sysctl "kernel.hostname" conflicts with the hostname field; set "hostname" instead.',
      domainname: 'linux.sysctl "kernel.domainname" is "{{value}}" but the domainname field is "{{other}}"; crun refuses the conflict.',
    },
  },
  check(ctx) {
    const sysctl = ctx.object('/linux/sysctl');
    if (!sysctl) return;
    for (const [raw, value] of Object.entries(sysctl)) {
      const key = raw.replace(/\//g, '.');
      const pointer = ptr('linux', 'sysctl', raw);
      const need = classify(key);
      if (need === 'none') {
        ctx.report({ messageId: 'notNamespaced', pointer, target: 'key', data: { key: raw } });
      } else if (need === 'hostname') {
        ctx.report({ messageId: 'hostname', pointer, target: 'key' });
      } else if (!findNamespace(ctx, need.ns)) {
        ctx.report({ messageId: 'needsNamespace', pointer, target: 'key', data: { key: raw, label: need.label, ns: need.ns } });
      } else if (/^\/proc\/1\/ns\//.test(findNamespace(ctx, need.ns)?.path ?? '')) {
        ctx.report({ messageId: 'hostNamespace', pointer, target: 'key', data: { key: raw, label: need.label, path: findNamespace(ctx, need.ns)?.path ?? '' } });
      } else if (key === 'kernel.domainname') {
        const other = ctx.string('/domainname');
        if (other !== undefined && typeof value === 'string' && other !== value) {
          ctx.report({ messageId: 'domainname', pointer, data: { value, other } });
        }
      }
    }
  },
});
