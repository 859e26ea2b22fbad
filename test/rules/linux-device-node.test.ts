import rule from '../../src/rules/linux-device-node.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    { name: 'char device', config: { linux: { devices: [{ path: '/dev/fuse', type: 'c', major: 10, minor: 229, fileMode: 438 }] } } },
    { name: 'a decimal mode whose digits are not octal (608 is 0o1140)', config: { linux: { devices: [{ path: '/dev/x', type: 'c', major: 1, minor: 3, fileMode: 600 + 8 }] } } },
    { name: 'fileMode 420 (0o644) is fine', config: { linux: { devices: [{ path: '/dev/x', type: 'c', major: 1, minor: 3, fileMode: 420 }] } } },
    { name: 'fifo without numbers', config: { linux: { devices: [{ path: '/dev/fifo', type: 'p' }] } } },
    { name: 'fifo with zero numbers', config: { linux: { devices: [{ path: '/dev/fifo', type: 'p', major: 0, minor: 0 }] } } },
  ],
  invalid: [
    {
      name: 'no major or minor',
      raw: rawLinux('{"devices": [\n  {"path": "/dev/foo", "type": "c"}\n]}'),
      errors: [
        { messageId: 'missingNumber', pointer: '/linux/devices/0', line: 8, column: 3 },
        { messageId: 'missingNumber', pointer: '/linux/devices/0' },
      ],
    },
    { name: 'block device without minor', config: { linux: { devices: [{ path: '/dev/sda', type: 'b', major: 8 }] } }, errors: [{ messageId: 'missingNumber' }] },
    { name: 'fifo with numbers', config: { linux: { devices: [{ path: '/dev/fifo', type: 'p', major: 1, minor: 3 }] } }, errors: [{ messageId: 'fifoNumber', severity: 'info' }, { messageId: 'fifoNumber' }] },
    {
      name: 'st_mode with type bits, as dockerd writes it',
      config: { linux: { devices: [{ path: '/dev/null', type: 'c', major: 1, minor: 3, fileMode: 8630 }] } },
      errors: [{ messageId: 'typeBits', pointer: '/linux/devices/0/fileMode', severity: 'info' }],
    },
    {
      name: 'fileMode 666, octal written in decimal',
      config: { linux: { devices: [{ path: '/dev/fuse', type: 'c', major: 10, minor: 229, fileMode: 666 }] } },
      errors: [{ messageId: 'octalDigits', pointer: '/linux/devices/0/fileMode', severity: 'warning' }],
    },
    {
      name: 'fileMode 644',
      config: { linux: { devices: [{ path: '/dev/x', type: 'c', major: 1, minor: 3, fileMode: 644 }] } },
      errors: [{ messageId: 'octalDigits', severity: 'warning' }],
    },
  ],
});
