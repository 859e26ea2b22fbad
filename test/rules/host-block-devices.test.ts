import rule from '../../src/rules/host-block-devices.js';
import { fakeHost } from '../helpers/fake-host.js';
import { testRule } from '../helpers/rule-tester.js';

const host = fakeHost({ '/sys/dev/block/254:0': { type: 'symlink', target: '/sys/devices/virtual/block/vda' }, '/sys/devices/virtual/block/vda': { type: 'dir' } });
const blockIO = (b: Record<string, unknown>) => ({ linux: { resources: { blockIO: b } } });

testRule(rule, {
  valid: [
    { name: 'a device the host has', host, config: blockIO({ throttleReadBpsDevice: [{ major: 254, minor: 0, rate: 1048576 }], weightDevice: [{ major: 254, minor: 0, weight: 500 }] }) },
    { name: 'no per-device entries', host, config: blockIO({ weight: 500 }) },
    { name: 'cannot tell', host: fakeHost({ '/sys/dev': 'denied' }), config: blockIO({ throttleReadBpsDevice: [{ major: 8, minor: 0, rate: 1 }] }) },
  ],
  invalid: [
    {
      name: 'a throttle on a device the host lacks',
      host,
      raw: '{"ociVersion": "1.3.0", "process": {"args": ["/bin/sh"], "cwd": "/"}, "root": {"path": "rootfs"},\n "linux": {"resources": {"blockIO": {"throttleWriteIOPSDevice": [{"major": 8, "minor": 0, "rate": 100}]}}}}\n',
      errors: [{ messageId: 'missing', pointer: '/linux/resources/blockIO/throttleWriteIOPSDevice/0', line: 2, column: 66, severity: 'error' }],
    },
    {
      name: 'every list is checked',
      host,
      config: blockIO({ weightDevice: [{ major: 8, minor: 0, weight: 500 }], throttleReadIOPSDevice: [{ major: 254, minor: 0, rate: 1 }, { major: 8, minor: 16, rate: 1 }] }),
      errors: [{ messageId: 'missing', pointer: '/linux/resources/blockIO/weightDevice/0' }, { messageId: 'missing', pointer: '/linux/resources/blockIO/throttleReadIOPSDevice/1' }],
    },
  ],
});
