import assert from 'node:assert/strict';
import { it } from 'node:test';
import rule from '../../src/rules/host-sysctl.js';
import { RealHostView } from '../../src/bundle/host.js';
import { fakeHost } from '../helpers/fake-host.js';
import { lintCase, testRule } from '../helpers/rule-tester.js';

const host = fakeHost({
  '/proc/sys/net/ipv4/ip_forward': { type: 'file' },
  '/proc/sys/net/ipv4/conf/eth0/forwarding': { type: 'file' },
  '/proc/sys/kernel/shmmax': { type: 'file' },
  '/proc/sys/fs': 'denied',
});
const sysctl = (s: Record<string, string>) => ({ linux: { sysctl: s } });

testRule(rule, {
  valid: [
    { name: 'keys the host has', host, config: sysctl({ 'net.ipv4.ip_forward': '1', 'kernel.shmmax': '1000000' }) },
    { name: 'slashes instead of dots', host, config: sysctl({ 'net/ipv4/ip_forward': '1' }) },
    { name: 'a lookup this user may not make: cannot tell', host, config: sysctl({ 'fs.mqueue.msg_max': '20' }) },
    { name: 'nothing that leads out of /proc/sys is looked up', host, config: sysctl({ '..etc.passwd': '1', 'net..ipv4': '1' }) },
    { name: 'a real host has kernel.shmmax', host: new RealHostView(), config: sysctl({ 'kernel.shmmax': '1000000' }) },
  ],
  invalid: [
    {
      name: 'a key the kernel does not have',
      host,
      raw: '{"ociVersion": "1.3.0", "process": {"args": ["/bin/sh"], "cwd": "/"}, "root": {"path": "rootfs"},\n "linux": {"sysctl": {"net.ipv4.nosuchkey": "1"}}}\n',
      errors: [{ messageId: 'missing', pointer: '/linux/sysctl/net.ipv4.nosuchkey', line: 2, column: 23, severity: 'error' }],
    },
    { name: 'a group, not a sysctl', host, config: sysctl({ 'net.ipv4': '1' }), errors: [{ messageId: 'notFile' }] },
    { name: 'an interface name with a dot turns into two components, as runc does', host, config: sysctl({ 'net.ipv4.conf.eth0.100.forwarding': '1' }), errors: [{ messageId: 'missing' }] },
    { name: 'a component that is a file', host, config: sysctl({ 'net.ipv4.ip_forward.x': '1' }), errors: [{ messageId: 'missing' }] },
  ],
});

it('host-sysctl does not run without a host view', async () => {
  const { result } = await lintCase(rule, { config: sysctl({ 'net.ipv4.nosuchkey': '1' }) });
  assert.deepEqual(result.diagnostics.filter((d) => d.ruleId === rule.meta.id), []);
});
