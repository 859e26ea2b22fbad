import { defineRule, specUrl } from './api.js';
import { findNamespace, isHostNsPath } from '../model/namespaces.js';
import { isIpcSysctl, normalizeSysctl } from '../model/sysctls.js';
import { describesKata } from './util/kata.js';

// config-linux.md "Sysctl" lets a bundle set kernel parameters, but only parameters that belong to a
// namespace the container owns can be set without changing the host. runc (libcontainer validator)
// and crun (validate_sysctl) agree on the list, verified with both:
//   IPC namespace: kernel.msgmax/msgmnb/msgmni, kernel.sem, kernel.shmall/shmmax/shmmni,
//                  kernel.shm_rmid_forced, fs.mqueue.*
//   network namespace: net.*
//   UTS namespace: kernel.domainname (kernel.hostname always conflicts with the hostname field)
// Anything else ("vm.swappiness", "kernel.pid_max") is refused as not namespaced. Keys may use "/"
// instead of ".", as sysctl(8) allows. A namespace joined by path counts as the container's own (crun
// checks no more), except the host's (PID 1's or the runtime's own: isHostNsPath). For the network
// namespace runc compares the path with its own and refuses ("not allowed in host network
// namespace"); for IPC and UTS it only asks that linux.namespaces has the entry, as crun does, so
// both set the host's parameter (libcontainer/configs/validate/validator.go, sysctl(), unchanged from v1.1.5 to v1.5.1;
// crun src/libcrun/linux.c, validate_sysctl(), 1.8.1 to 1.29.1; runtime oracle, with the namespaces
// of another host process: runc and crun accept an IPC one, runc refuses a network one). youki
// checks sysctls from 0.7.0 as runc does, the host's network namespace included
// (crates/libcontainer/src/validator.rs, validate_spec_for_sysctl; 0.6.0 has no such check).
// user.* (the user namespace's counts, such as max_user_namespaces) needs a user namespace: runc
// sets it in one from 1.4.0 (the same function; "not in a separate kernel namespace" up to 1.3.x),
// and youki as runc does; crun (validate_sysctl) and Kata's agent (rustjail validator.rs, sysctl(),
// 3.32.0) refuse it always.

type Need = { ns: 'ipc' | 'network' | 'uts' | 'user'; label: string } | 'hostname' | 'none';

function classify(key: string): Need {
  if (isIpcSysctl(key)) return { ns: 'ipc', label: 'IPC' };
  if (key.startsWith('net.')) return { ns: 'network', label: 'network' };
  if (key === 'kernel.domainname') return { ns: 'uts', label: 'UTS' };
  if (key === 'kernel.hostname') return 'hostname';
  if (key.startsWith('user.')) return { ns: 'user', label: 'user' };
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
      needsNamespace: {
        headline: 'linux.sysctl "{{key}}" needs its own {{label}} namespace, and there is none',
        detail: 'linux.namespaces has no "{{ns}}" entry, so the container shares the host\'s {{label}} namespace and the sysctl would change the host.',
        help: 'Add { "type": "{{ns}}" } to linux.namespaces, or set the parameter on the host instead.',
      },
      hostNamespace: {
        headline: 'linux.sysctl "{{key}}" is set in the host\'s {{label}} namespace ({{path}})',
        detail: 'The {{label}} namespace is joined from {{path}}, which is the host\'s, so the sysctl would change the host. runc (and youki from 0.7) compares the path with its own network namespace and refuses; crun counts any entry in linux.namespaces as the container\'s own and sets it.',
        help: 'Give the container its own {{label}} namespace, or set the parameter on the host instead.',
        runtimes: { runc: 'refuses', crun: 'accepts', youki: { refuses: '>=0.7' } },
      },
      hostShared: {
        headline: 'linux.sysctl "{{key}}" would change the host\'s {{label}} namespace ({{path}})',
        detail: 'The {{label}} namespace is joined from {{path}}, which is the host\'s. runc, crun and youki only check that linux.namespaces has an "{{ns}}" entry, so they start the container and set the parameter for the whole host.',
        help: 'Give the container its own {{label}} namespace, or set the parameter on the host instead.',
        severity: 'warning',
        runtimes: { runc: 'accepts', crun: 'accepts', youki: 'accepts' },
      },
      userLimit: {
        headline: 'linux.sysctl "{{key}}" sets a limit of the container\'s user namespace',
        detail: 'user.* parameters count what each user of a user namespace may create. runc from 1.4 and youki set them in the container\'s own user namespace; crun, Kata\'s agent and runc before 1.4 count them as not namespaced and refuse the config.',
        help: 'Leave the parameter out where crun, Kata or runc before 1.4 must run the bundle.',
        runtimes: { runc: { refuses: '<1.4' }, crun: 'refuses', youki: 'accepts', kata: 'refuses' },
      },
      notNamespaced: {
        headline: 'linux.sysctl "{{key}}" is not namespaced',
        detail: 'A container cannot set it without changing the whole host; runc and crun refuse it.',
        help: 'Set the parameter on the host instead.',
      },
      hostname: {
        headline: 'linux.sysctl "kernel.hostname" conflicts with the hostname field',
        help: 'Set "hostname" instead.',
      },
      domainname: {
        headline: 'linux.sysctl "kernel.domainname" is "{{value}}", but domainname is "{{other}}"',
        detail: 'crun refuses the conflict.',
        help: 'Set the domain name in the domainname field only.',
      },
    },
  },
  reads: ['linux.sysctl'],
  check(ctx) {
    const sysctl = ctx.config.linux?.sysctl;
    if (!sysctl) return;
    for (const [raw, value] of Object.entries(sysctl)) {
      const key = normalizeSysctl(raw);
      const need = classify(key);
      if (need === 'none') {
        ctx.report({ messageId: 'notNamespaced', node: sysctl, key: raw, target: 'key', data: { key: raw } });
        continue;
      }
      if (need === 'hostname') {
        ctx.report({ messageId: 'hostname', node: sysctl, key: raw, target: 'key' });
        continue;
      }
      // Under Kata the VM's network namespace is never the host's: its agent sets net.* there
      // whatever linux.namespaces says (kata-agent-refuses has what Kata refuses).
      if (need.ns === 'network' && describesKata(ctx)) continue;
      const ns = findNamespace(ctx, need.ns);
      if (!ns) {
        ctx.report({ messageId: 'needsNamespace', node: sysctl, key: raw, target: 'key', data: { key: raw, label: need.label, ns: need.ns } });
      } else if (need.ns === 'user') {
        ctx.report({ messageId: 'userLimit', node: sysctl, key: raw, target: 'key', data: { key: raw } });
      } else if (ns.path !== undefined && isHostNsPath(ns.path, need.ns)) {
        const messageId = need.ns === 'network' ? 'hostNamespace' : 'hostShared';
        ctx.report({ messageId, node: sysctl, key: raw, target: 'key', data: { key: raw, label: need.label, ns: need.ns, path: ns.path } });
      } else if (key === 'kernel.domainname') {
        const other = ctx.config.domainname;
        if (other !== undefined && value !== undefined && other !== value) ctx.report({ messageId: 'domainname', node: sysctl, key: raw, data: { value, other } });
      }
    }
  },
});
