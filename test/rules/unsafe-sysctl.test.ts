import assert from 'node:assert/strict';
import { it } from 'node:test';
import rule from '../../src/rules/unsafe-sysctl.js';
import { safeSysctls } from '../../src/rules/data/safe-sysctls.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"linux": {"sysctl": {"net.ipv4.ping_group_range": "0 0", "kernel.msgmax": "65536"}}');

testRule(rule, {
  valid: [{ name: 'docker defaults', config: { linux: { sysctl: { 'net.ipv4.ip_unprivileged_port_start': '0', 'net/ipv4/ping_group_range': '0 2147483647' } } } }],
  invalid: [
    { name: 'kernel.msgmax', raw: r.raw, errors: [{ messageId: 'unsafe', pointer: '/linux/sysctl/kernel.msgmax', ...r.at('msgmax', '"kernel.msgmax"') }] },
    { name: 'ip_forward', config: { linux: { sysctl: { 'net.ipv4.ip_forward': '1' } } }, errors: [{ messageId: 'unsafe', pointer: '/linux/sysctl/net.ipv4.ip_forward' }] },
  ],
});

it('safe sysctls grow with the Kubernetes version', () => {
  assert.equal(safeSysctls('1.26').has('net.ipv4.ip_local_reserved_ports'), false);
  assert.equal(safeSysctls('1.27').has('net.ipv4.ip_local_reserved_ports'), true);
  assert.equal(safeSysctls('1.31').has('net.ipv4.tcp_rmem'), false);
  assert.equal(safeSysctls().has('net.ipv4.tcp_notsent_lowat'), true);
});
