import rule from '../../src/rules/linux-sysctl-namespace.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    { name: 'namespaced sysctls with their namespaces', config: { linux: { sysctl: { 'net.ipv4.ip_forward': '1', 'kernel.shmmax': '1000000', 'fs.mqueue.msg_max': '20', 'kernel.domainname': 'example.org' } } } },
    { name: 'slash separators', config: { linux: { sysctl: { 'net/ipv4/ip_forward': '1' } } } },
    { name: 'network namespace joined by path', config: { linux: { namespaces: [{ type: 'mount' }, { type: 'network', path: '/run/netns/a' }], sysctl: { 'net.core.somaxconn': '256' } } } },
    { name: 'domainname matches the field', config: { domainname: 'example.org', linux: { sysctl: { 'kernel.domainname': 'example.org' } } } },
    { name: 'kata: net.* goes to the VM\'s network namespace', targets: ['kata'], config: { linux: { namespaces: [{ type: 'mount' }, { type: 'ipc' }], sysctl: { 'net.ipv4.ip_forward': '1' } } } },
  ],
  invalid: [
    {
      name: 'not namespaced',
      raw: rawLinux('{"namespaces": [{"type": "mount"}], "sysctl": {\n  "vm.swappiness": "10"\n}}'),
      errors: [{ messageId: 'notNamespaced', pointer: '/linux/sysctl/vm.swappiness', line: 8, column: 3 }],
    },
    { name: 'kernel.pid_max', config: { linux: { sysctl: { 'kernel.pid_max': '10000' } } }, errors: [{ messageId: 'notNamespaced' }] },
    { name: 'net without a network namespace', config: { linux: { namespaces: [{ type: 'mount' }, { type: 'ipc' }], sysctl: { 'net.ipv4.ip_forward': '1' } } }, errors: [{ messageId: 'needsNamespace', pointer: '/linux/sysctl/net.ipv4.ip_forward' }] },
    { name: 'ipc without an ipc namespace', config: { linux: { namespaces: [{ type: 'mount' }], sysctl: { 'kernel.shmmax': '1', 'fs/mqueue/msg_max': '20' } } }, errors: [{ messageId: 'needsNamespace' }, { messageId: 'needsNamespace', pointer: '/linux/sysctl/fs~1mqueue~1msg_max' }] },
    { name: 'domainname without uts', config: { hostname: undefined, linux: { namespaces: [{ type: 'mount' }], sysctl: { 'kernel.domainname': 'x' } } }, errors: [{ messageId: 'needsNamespace' }] },
    { name: 'network namespace of PID 1', config: { linux: { namespaces: [{ type: 'mount' }, { type: 'network', path: '/proc/1/ns/net' }], sysctl: { 'net.ipv4.ip_forward': '1' } } }, errors: [{ messageId: 'hostNamespace', severity: 'warning' }] },
    { name: 'network namespace of PID 1, for runc', targets: ['runc'], config: { linux: { namespaces: [{ type: 'mount' }, { type: 'network', path: '/proc/1/ns/net' }], sysctl: { 'net.ipv4.ip_forward': '1' } } }, errors: [{ messageId: 'hostNamespace', severity: 'error' }] },
    // youki checks it from 0.7.0, as runc does.
    { name: 'network namespace of PID 1, for youki 0.7', targets: ['youki@0.7'], config: { linux: { namespaces: [{ type: 'mount' }, { type: 'network', path: '/proc/1/ns/net' }], sysctl: { 'net.ipv4.ip_forward': '1' } } }, errors: [{ messageId: 'hostNamespace', severity: 'error' }] },
    { name: 'network namespace of PID 1, for youki 0.6', targets: ['youki@0.6'], config: { linux: { namespaces: [{ type: 'mount' }, { type: 'network', path: '/proc/1/ns/net' }], sysctl: { 'net.ipv4.ip_forward': '1' } } }, errors: [{ messageId: 'hostNamespace', severity: 'warning' }] },
    { name: 'the runtime\'s own network namespace', config: { linux: { namespaces: [{ type: 'mount' }, { type: 'network', path: '/proc/self/ns/net' }], sysctl: { 'net.core.somaxconn': '1024' } } }, errors: [{ messageId: 'hostNamespace' }] },
    // runc and crun accept these (they ask only for the entry) and change the host's parameter.
    { name: 'IPC namespace of PID 1', config: { linux: { namespaces: [{ type: 'mount' }, { type: 'ipc', path: '/proc/1/ns/ipc' }], sysctl: { 'kernel.shmmni': '4096' } } }, errors: [{ messageId: 'hostShared', severity: 'warning', pointer: '/linux/sysctl/kernel.shmmni' }] },
    { name: 'UTS namespace of PID 1', config: { domainname: undefined, linux: { namespaces: [{ type: 'mount' }, { type: 'uts', path: '/proc/1/ns/uts' }], sysctl: { 'kernel.domainname': 'x' } } }, errors: [{ messageId: 'hostShared', severity: 'warning' }] },
    { name: 'kata beside runc: net.* still needs a network namespace', targets: ['runc', 'kata'], config: { linux: { namespaces: [{ type: 'mount' }], sysctl: { 'net.ipv4.ip_forward': '1' } } }, errors: [{ messageId: 'needsNamespace' }] },
    { name: 'kata: an IPC sysctl still needs an ipc namespace', targets: ['kata'], config: { linux: { namespaces: [{ type: 'mount' }], sysctl: { 'kernel.shmmax': '1' } } }, errors: [{ messageId: 'needsNamespace' }] },
    // user.* belongs to a user namespace: runc sets it in one from 1.4, youki too; crun, Kata and older runc refuse it.
    { name: 'user.* without a user namespace', config: { linux: { namespaces: [{ type: 'mount' }], sysctl: { 'user.max_user_namespaces': '0' } } }, errors: [{ messageId: 'needsNamespace', severity: 'error', pointer: '/linux/sysctl/user.max_user_namespaces' }] },
    { name: 'user.* in the container\'s user namespace', config: { linux: { namespaces: [{ type: 'mount' }, { type: 'user' }], sysctl: { 'user.max_user_namespaces': '0' } } }, errors: [{ messageId: 'userLimit', severity: 'warning' }] },
    { name: 'user.* for runc 1.4', targets: ['runc@1.4'], config: { linux: { namespaces: [{ type: 'mount' }, { type: 'user' }], sysctl: { 'user/max_inotify_watches': '1' } } }, errors: [{ messageId: 'userLimit', severity: 'warning' }] },
    { name: 'user.* for runc 1.3', targets: ['runc@1.3'], config: { linux: { namespaces: [{ type: 'mount' }, { type: 'user' }], sysctl: { 'user.max_user_namespaces': '0' } } }, errors: [{ messageId: 'userLimit', severity: 'error' }] },
    { name: 'user.* for crun', targets: ['crun'], config: { linux: { namespaces: [{ type: 'mount' }, { type: 'user' }], sysctl: { 'user.max_user_namespaces': '0' } } }, errors: [{ messageId: 'userLimit', severity: 'error' }] },
    { name: 'user.* for youki', targets: ['youki'], config: { linux: { namespaces: [{ type: 'mount' }, { type: 'user' }], sysctl: { 'user.max_user_namespaces': '0' } } }, errors: [{ messageId: 'userLimit', severity: 'warning' }] },
    { name: 'kernel.hostname', config: { linux: { sysctl: { 'kernel.hostname': 'x' } } }, errors: [{ messageId: 'hostname' }] },
    { name: 'domainname conflicts', config: { domainname: 'a.example', linux: { sysctl: { 'kernel.domainname': 'b.example' } } }, errors: [{ messageId: 'domainname', pointer: '/linux/sysctl/kernel.domainname' }] },
  ],
});
