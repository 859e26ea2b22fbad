import rule from '../../src/rules/linux-sysctl-value.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

const sysctl = (s: Record<string, string>) => ({ linux: { sysctl: s } });

// Runtime oracle, runc 1.1.5 and crun 1.8.1: what the kernel's integer parser takes and refuses.
testRule(rule, {
  valid: [
    { name: 'plain integers', config: sysctl({ 'net.ipv4.ip_forward': '1', 'kernel.shmmax': '68719476736', 'fs.mqueue.msg_max': '20' }) },
    { name: 'hex, spaces and a newline are accepted', config: sysctl({ 'net.ipv4.ip_forward': '0x1', 'kernel.shmmni': ' 4096 ', 'kernel.msgmax': '65536\n' }) },
    { name: 'several integers', config: sysctl({ 'net.ipv4.ping_group_range': '0\t2147483647', 'kernel.sem': '250 32000 32 128', 'net.ipv4.tcp_rmem': '4096 131072 6291456' }) },
    { name: 'an empty value writes nothing', config: sysctl({ 'net.ipv4.ip_forward': '' }) },
    { name: 'a negative number is for the range to judge', config: sysctl({ 'net.core.somaxconn': '-1' }) },
    { name: 'sysctls that hold names are left alone', config: sysctl({ 'net.ipv4.tcp_congestion_control': 'bbr', 'net.core.default_qdisc': 'fq', 'net.ipv4.ip_local_reserved_ports': '8080-8090,9000' }) },
    { name: 'the UTS names are strings', config: sysctl({ 'kernel.domainname': 'example.org' }) },
  ],
  invalid: [
    {
      name: 'a boolean from YAML',
      raw: rawLinux('{"sysctl": {\n  "net.ipv4.ip_forward": "true"\n}}'),
      errors: [{ messageId: 'notInteger', pointer: '/linux/sysctl/net.ipv4.ip_forward', line: 8, column: 26, severity: 'error' }],
    },
    { name: 'a comma between two integers', config: sysctl({ 'net.ipv4.ping_group_range': '0,100' }), errors: [{ messageId: 'notInteger' }] },
    { name: 'a fraction', config: sysctl({ 'kernel.shmmax': '1.0' }), errors: [{ messageId: 'notInteger' }] },
    { name: 'a unit', config: sysctl({ 'kernel.shmmax': '1k' }), errors: [{ messageId: 'notInteger' }] },
    { name: 'a plus sign', config: sysctl({ 'net.ipv4.ip_forward': '+1' }), errors: [{ messageId: 'notInteger' }] },
    { name: 'not octal', config: sysctl({ 'net.ipv4.ip_forward': '08' }), errors: [{ messageId: 'notInteger' }] },
    { name: 'slash separators', config: sysctl({ 'fs/mqueue/msg_max': 'abc' }), errors: [{ messageId: 'notInteger', pointer: '/linux/sysctl/fs~1mqueue~1msg_max' }] },
    { name: 'per-interface switch', config: sysctl({ 'net.ipv4.conf.all.rp_filter': 'strict', 'net.ipv6.conf.eth0.disable_ipv6': 'yes' }), errors: [{ messageId: 'notInteger' }, { messageId: 'notInteger' }] },
    { name: 'a user namespace limit', config: sysctl({ 'user.max_user_namespaces': 'none' }), errors: [{ messageId: 'notInteger' }] },
  ],
});
