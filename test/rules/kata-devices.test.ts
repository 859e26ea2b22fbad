import rule from '../../src/rules/kata-devices.js';
import { testRule } from '../helpers/rule-tester.js';

const dev = (path: string, type: string, major: number, minor: number) => ({ path, type, major, minor, fileMode: 0o666, uid: 0, gid: 0 });

testRule(rule, {
  valid: [
    { name: 'no devices', targets: ['kata'] },
    { name: 'devices every guest kernel has', targets: ['kata'], config: { linux: { devices: [dev('/dev/fuse', 'c', 10, 229), dev('/dev/net/tun', 'c', 10, 200), dev('/dev/null', 'c', 1, 3)] } } },
    { name: 'the VFIO control node goes with its group', targets: ['kata'], config: { linux: { devices: [dev('/dev/vfio/vfio', 'c', 10, 196)] } } },
    { name: 'a FIFO', targets: ['kata'], config: { linux: { devices: [dev('/dev/myfifo', 'p', 0, 0)] } } },
    { name: 'runc passes host devices', targets: ['runc'], config: { linux: { devices: [dev('/dev/nvidia0', 'c', 195, 0)] } } },
  ],
  invalid: [
    {
      name: 'a GPU node, a block device and a VFIO group',
      targets: ['kata'],
      config: { linux: { devices: [dev('/dev/nvidia0', 'c', 195, 0), dev('/dev/xvdb', 'b', 202, 16), dev('/dev/vfio/12', 'c', 243, 0)] } },
      errors: [
        { messageId: 'guestNode', pointer: '/linux/devices/0/path', severity: 'warning' },
        { messageId: 'block', pointer: '/linux/devices/1/path', severity: 'info' },
        { messageId: 'vfio', pointer: '/linux/devices/2/path', severity: 'warning' },
      ],
    },
    { name: '/dev/kvm is the guest\'s', targets: ['kata'], config: { linux: { devices: [dev('/dev/kvm', 'c', 10, 232)] } }, errors: [{ messageId: 'guestNode' }] },
  ],
});
