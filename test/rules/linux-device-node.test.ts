import rule from '../../src/rules/linux-device-node.js';
import { changedText, testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

const devices = (list: unknown[]): string => changedText({ linux: { devices: list } }, () => {});

testRule(rule, {
  valid: [
    { name: 'char device', config: { linux: { devices: [{ path: '/dev/fuse', type: 'c', major: 10, minor: 229, fileMode: 438 }] } } },
    { name: 'a decimal mode whose digits are not octal (608 is 0o1140)', config: { linux: { devices: [{ path: '/dev/x', type: 'c', major: 1, minor: 3, fileMode: 600 + 8 }] } } },
    { name: 'fileMode 420 (0o644) is fine', config: { linux: { devices: [{ path: '/dev/x', type: 'c', major: 1, minor: 3, fileMode: 420 }] } } },
    { name: 'the largest Linux device numbers', config: { linux: { devices: [{ path: '/dev/x', type: 'c', major: 4095, minor: 1048575 }] } } },
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
    // runc 1.1.5 creates these as 904:1 and 1:1 (/dev/mem); crun refuses them (runtime oracle).
    { name: 'major above 4095', config: { linux: { devices: [{ path: '/dev/x', type: 'c', major: 5000, minor: 1 }] } }, errors: [{ messageId: 'numberRange', pointer: '/linux/devices/0/major', severity: 'error' }] },
    { name: 'minor above 1048575', config: { linux: { devices: [{ path: '/dev/y', type: 'b', major: 1, minor: 1048577 }] } }, errors: [{ messageId: 'numberRange', pointer: '/linux/devices/0/minor' }] },
    { name: 'block device without minor', config: { linux: { devices: [{ path: '/dev/sda', type: 'b', major: 8 }] } }, errors: [{ messageId: 'missingNumber' }] },
    { name: 'fifo with numbers', config: { linux: { devices: [{ path: '/dev/fifo', type: 'p', major: 1, minor: 3 }] } }, errors: [{ messageId: 'fifoNumber', severity: 'info' }, { messageId: 'fifoNumber' }], output: devices([{ path: '/dev/fifo', type: 'p' }]) },
    {
      name: 'st_mode with type bits, as dockerd writes it',
      config: { linux: { devices: [{ path: '/dev/null', type: 'c', major: 1, minor: 3, fileMode: 8630 }] } },
      errors: [{ messageId: 'typeBits', pointer: '/linux/devices/0/fileMode', severity: 'info' }],
      output: devices([{ path: '/dev/null', type: 'c', major: 1, minor: 3, fileMode: 438 }]),
    },
    {
      name: 'an octal mode written in decimal: the octal reading is a suggestion',
      config: { linux: { devices: [{ path: '/dev/null', type: 'c', major: 1, minor: 3, fileMode: 666 }, { path: '/dev/zero', type: 'c', major: 1, minor: 5, fileMode: 511 }] } },
      errors: [{ messageId: 'octalDigits', pointer: '/linux/devices/0/fileMode', severity: 'warning', suggestions: [devices([{ path: '/dev/null', type: 'c', major: 1, minor: 3, fileMode: 438 }, { path: '/dev/zero', type: 'c', major: 1, minor: 5, fileMode: 511 }])] }],
    },
    {
      name: 'fileMode 666, octal written in decimal',
      config: { linux: { devices: [{ path: '/dev/fuse', type: 'c', major: 10, minor: 229, fileMode: 666 }] } },
      errors: [{ messageId: 'octalDigits', pointer: '/linux/devices/0/fileMode', severity: 'warning', suggestions: [devices([{ path: '/dev/fuse', type: 'c', major: 10, minor: 229, fileMode: 438 }])] }],
    },
    {
      name: 'fileMode 644',
      config: { linux: { devices: [{ path: '/dev/x', type: 'c', major: 1, minor: 3, fileMode: 644 }] } },
      errors: [{ messageId: 'octalDigits', severity: 'warning', suggestions: [devices([{ path: '/dev/x', type: 'c', major: 1, minor: 3, fileMode: 420 }])] }],
    },
  ],
});
