import rule from '../../src/rules/config-schema.js';
import { changedText, testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'base config' },
    { name: 'fifo without device numbers', config: { linux: { devices: [{ type: 'p', path: '/dev/f' }] } } },
    { name: 'unknown property', config: { process: { noNewPrivilege: true } } },
    { name: 'uint64 maximum', raw: '{"ociVersion":"1.3.0","root":{"path":"rootfs"},"process":{"cwd":"/","args":["sh"],"user":{"uid":0,"gid":0},"rlimits":[{"type":"RLIMIT_NOFILE","soft":18446744073709551615,"hard":18446744073709551615}]}}' },
    {
      name: 'a value of a later release is left to field-version',
      config: { ociVersion: '1.0.2', linux: { namespaces: [{ type: 'time' }] } },
    },
  ],
  invalid: [
    {
      name: 'string uid',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/", "args": ["sh"], "user": {"uid": "0", "gid": 0}}\n}\n',
      errors: [{ messageId: 'type', pointer: '/process/user/uid', line: 4, column: 59 }],
    },
    {
      name: 'uint64 overflow, exactly',
      raw: '{"ociVersion":"1.3.0","root":{"path":"rootfs"},"process":{"cwd":"/","args":["sh"],"user":{"uid":0,"gid":0},"rlimits":[{"type":"RLIMIT_NOFILE","soft":1,"hard":18446744073709551616}]}}',
      errors: [{ messageId: 'range', pointer: '/process/rlimits/0/hard' }],
    },
    {
      name: 'missing required property points at the parent',
      config: { root: { path: undefined, readonly: true } },
      errors: [{ messageId: 'required', pointer: '/root' }],
    },
    {
      name: 'unknown namespace type',
      config: { linux: { namespaces: [{ type: 'pdi' }] } },
      errors: [{ messageId: 'enum', pointer: '/linux/namespaces/0/type', suggestions: [changedText({ linux: { namespaces: [{ type: 'pid' }] } }, () => {})] }],
    },
    {
      name: 'an enum value in the wrong case: each near value is a suggestion',
      config: { linux: { namespaces: [{ type: 'PID' }, { type: 'Network' }] } },
      errors: [
        { messageId: 'enum', pointer: '/linux/namespaces/0/type', suggestions: [changedText({ linux: { namespaces: [{ type: 'pid' }, { type: 'Network' }] } }, () => {})] },
        { messageId: 'enum', pointer: '/linux/namespaces/1/type', suggestions: [changedText({ linux: { namespaces: [{ type: 'PID' }, { type: 'network' }] } }, () => {})] },
      ],
    },
    {
      name: 'device numbers needed for a char device',
      config: { linux: { devices: [{ type: 'c', path: '/dev/fuse' }] } },
      errors: [{ messageId: 'required', pointer: '/linux/devices/0' }],
    },
    {
      name: 'Hyper-V container with a root',
      config: {
        linux: undefined,
        process: { cwd: 'C:\\', args: ['cmd'], user: undefined },
        windows: { layerFolders: ['C:\\l'], hyperv: {} },
      },
      errors: [{ messageId: 'forbidden', pointer: '/root' }],
    },
    {
      name: 'hugepage size format',
      config: { linux: { resources: { hugepageLimits: [{ pageSize: '64kB', limit: 1 }] } } },
      errors: [{ messageId: 'pattern', pointer: '/linux/resources/hugepageLimits/0/pageSize' }],
    },
    {
      name: 'empty env entry list is fine, but a number in it is not',
      config: { process: { env: ['A=1', 2] } },
      errors: [{ messageId: 'type', pointer: '/process/env/1' }],
    },
  ],
});
