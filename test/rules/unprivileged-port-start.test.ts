import rule from '../../src/rules/unprivileged-port-start.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"linux": {"sysctl": {"net.ipv4.ip_unprivileged_port_start": "0"}}');

testRule(rule, {
  valid: [{ name: '1024', config: { linux: { sysctl: { 'net.ipv4.ip_unprivileged_port_start': '1024' } } } }],
  invalid: [
    { name: 'docker 0', raw: r.raw, errors: [{ messageId: 'low', pointer: '/linux/sysctl/net.ipv4.ip_unprivileged_port_start', ...r.at('unprivileged', '"0"') }] },
    { name: 'slash form', config: { linux: { sysctl: { 'net/ipv4/ip_unprivileged_port_start': '80' } } }, errors: [{ messageId: 'low', pointer: '/linux/sysctl/net~1ipv4~1ip_unprivileged_port_start' }] },
  ],
});
