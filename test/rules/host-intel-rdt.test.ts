import rule from '../../src/rules/host-intel-rdt.js';
import { fakeHost } from '../helpers/fake-host.js';
import { testRule } from '../helpers/rule-tester.js';

const mounted = fakeHost({ '/sys/fs/resctrl/info/L3/cbm_mask': { type: 'file' } });
const unmounted = fakeHost({ '/sys/fs/resctrl': { type: 'dir' } });
const rdt = { linux: { intelRdt: { closID: 'guaranteed', l3CacheSchema: 'L3:0=7f0' } } };

testRule(rule, {
  valid: [
    { name: 'resctrl mounted', host: mounted, config: rdt },
    { name: 'no intelRdt', host: unmounted, config: {} },
    { name: 'an empty intelRdt asks for nothing', host: unmounted, config: { linux: { intelRdt: {} } } },
    { name: 'cannot tell', host: fakeHost({ '/sys/fs': 'denied' }), config: rdt },
  ],
  invalid: [
    {
      name: 'resctrl supported but not mounted',
      host: unmounted,
      raw: '{"ociVersion": "1.3.0", "process": {"args": ["/bin/sh"], "cwd": "/"}, "root": {"path": "rootfs"},\n "linux": {"intelRdt": {"l3CacheSchema": "L3:0=7f0"}}}\n',
      errors: [{ messageId: 'noResctrl', pointer: '/linux/intelRdt', line: 2, column: 12, severity: 'error' }],
    },
    { name: 'a kernel without resctrl', host: fakeHost({}), config: rdt, errors: [{ messageId: 'noResctrl' }] },
    { name: 'with --target crun@1.8, which runs it anyway', host: fakeHost({}), targets: ['crun@1.8'], config: rdt, errors: [{ messageId: 'noResctrl', severity: 'warning' }] },
    { name: 'with --target crun: crun 1.10 and later refuse it', host: fakeHost({}), targets: ['crun'], config: rdt, errors: [{ messageId: 'noResctrl', severity: 'error' }] },
  ],
});
