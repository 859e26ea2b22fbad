import rule from '../../src/rules/host-cpuset.js';
import { fakeHost } from '../helpers/fake-host.js';
import { testRule } from '../helpers/rule-tester.js';

const host = fakeHost({
  '/sys/devices/system/cpu/online': { type: 'file', content: '0-3,6-7\n' },
  '/sys/devices/system/node/online': { type: 'file', content: '0\n' },
});
const cpu = (cpus: Record<string, string>) => ({ linux: { resources: { cpu: cpus } } });

testRule(rule, {
  valid: [
    { name: 'online CPUs', host, config: cpu({ cpus: '0-3,6', mems: '0' }) },
    { name: 'affinity', host, config: { process: { execCPUAffinity: { initial: '7', final: '0-1' } } } },
    { name: 'no NUMA information: cannot tell', host: fakeHost({ '/sys/devices/system/cpu/online': { type: 'file', content: '0-1\n' } }), config: cpu({ mems: '5' }) },
    { name: 'malformed list (another rule)', host, config: cpu({ cpus: 'a-b' }) },
  ],
  invalid: [
    {
      name: 'offline CPU',
      host,
      raw: '{"ociVersion": "1.3.0", "process": {"args": ["/bin/sh"], "cwd": "/"}, "root": {"path": "rootfs"},\n "linux": {"resources": {"cpu": {"cpus": "2-5"}}}}\n',
      errors: [{ messageId: 'cpu', pointer: '/linux/resources/cpu/cpus', line: 2, column: 42 }],
    },
    { name: 'missing node', host, config: cpu({ mems: '0-1' }), errors: [{ messageId: 'node', pointer: '/linux/resources/cpu/mems' }] },
    { name: 'affinity final', host, config: { process: { execCPUAffinity: { final: '8' } } }, errors: [{ messageId: 'cpu', pointer: '/process/execCPUAffinity/final' }] },
  ],
});
