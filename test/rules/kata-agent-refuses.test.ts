import rule from '../../src/rules/kata-agent-refuses.js';
import { changedText, testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const ALL = [{ type: 'pid' }, { type: 'mount' }, { type: 'uts' }, { type: 'ipc' }, { type: 'network' }];
const without = (type: string) => ALL.filter((n) => n.type !== type);
const r = rawConfig(PROCESS, '"linux": {"namespaces": [{"type": "mount"}, {"type": "ipc"}], "sysctl": {"net.ipv4.ip_forward": "1", "net/core/somaxconn": "1024"}}');

testRule(rule, {
  valid: [
    { name: 'sysctls written with dots', targets: ['kata'], config: { linux: { sysctl: { 'net.ipv4.ip_unprivileged_port_start': '0', 'kernel.shm_rmid_forced': '1', 'vm.max_map_count': '262144' } } } },
    { name: 'masked paths with a mount namespace', targets: ['kata'], config: { linux: { maskedPaths: ['/proc/kcore'], readonlyPaths: ['/proc/sys'] } } },
    { name: 'runc reads slashes as dots', targets: ['runc'], config: { linux: { sysctl: { 'net/ipv4/ip_forward': '1' } } } },
  ],
  invalid: [
    {
      name: 'a key written with slashes: --fix writes it with dots',
      targets: ['kata'],
      raw: r.raw,
      errors: [{ messageId: 'sysctl', pointer: '/linux/sysctl/net~1core~1somaxconn', severity: 'error', ...r.at('"sysctl"', '"net/core/somaxconn"') }],
      output: r.raw.replace('"net/core/somaxconn"', '"net.core.somaxconn"'),
    },
    {
      name: 'a key with slashes beside the same key with dots: no fix',
      targets: ['kata'],
      config: { linux: { sysctl: { 'net.core.somaxconn': '1', 'net/core/somaxconn': '2' } } },
      errors: [{ messageId: 'sysctl', pointer: '/linux/sysctl/net~1core~1somaxconn' }],
    },
    {
      name: 'masked and read-only paths without a mount namespace, empty lists too',
      targets: ['kata'],
      config: { linux: { namespaces: without('mount'), maskedPaths: [], readonlyPaths: ['/proc/sys'] } },
      errors: [
        { messageId: 'pathsNeedMount', pointer: '/linux/maskedPaths', suggestions: [changedText({ linux: { namespaces: [...without('mount'), { type: 'mount' }], maskedPaths: [], readonlyPaths: ['/proc/sys'] } }, () => {})] },
        { messageId: 'pathsNeedMount', pointer: '/linux/readonlyPaths', suggestions: [changedText({ linux: { namespaces: [...without('mount'), { type: 'mount' }], maskedPaths: [], readonlyPaths: ['/proc/sys'] } }, () => {})] },
      ],
    },
  ],
});
