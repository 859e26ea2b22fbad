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
      name: 'rootfsPropagation rslave, as containerd writes it: only the schema forbids it, and every runtime runs it',
      config: { linux: { rootfsPropagation: 'rslave' } },
      errors: [{ messageId: 'enum', pointer: '/linux/rootfsPropagation', severity: 'warning', suggestions: [changedText({ linux: { rootfsPropagation: 'rslave' } }, (c) => (c.linux.rootfsPropagation = 'slave'))] }],
    },
    { name: 'rootfsPropagation rshared with --target runc', targets: ['runc'], config: { linux: { rootfsPropagation: 'rshared' } }, errors: [{ messageId: 'enum', severity: 'warning', suggestions: [changedText({ linux: { rootfsPropagation: 'rshared' } }, (c) => (c.linux.rootfsPropagation = 'shared'))] }] },
    { name: 'rootfsPropagation rprivate with --target crun@1.8', targets: ['crun@1.8'], config: { linux: { rootfsPropagation: 'rprivate' } }, errors: [{ messageId: 'enum', severity: 'warning', suggestions: [changedText({ linux: { rootfsPropagation: 'rprivate' } }, (c) => (c.linux.rootfsPropagation = 'private'))] }] },
    { name: 'an unknown rootfsPropagation: runc refuses it', config: { linux: { rootfsPropagation: 'sideways' } }, errors: [{ messageId: 'enum', severity: 'error' }] },
    { name: 'an unknown rootfsPropagation with --target crun, which falls back to rprivate', targets: ['crun'], config: { linux: { rootfsPropagation: 'sideways' } }, errors: [{ messageId: 'enum', severity: 'warning' }] },
    { name: 'an unknown personality domain with --target runc@1.1, which ignores it', targets: ['runc@1.1'], config: { linux: { personality: { domain: 'LINUX64' } } }, errors: [{ messageId: 'enum', severity: 'warning', suggestions: [changedText({ linux: { personality: { domain: 'LINUX64' } } }, (c) => (c.linux.personality.domain = 'LINUX')), changedText({ linux: { personality: { domain: 'LINUX64' } } }, (c) => (c.linux.personality.domain = 'LINUX32'))] }] },
    { name: 'an unknown personality domain with --target runc@1.2', targets: ['runc@1.2'], config: { linux: { personality: { domain: 'LINUX64' } } }, errors: [{ messageId: 'enum', severity: 'error', suggestions: [changedText({ linux: { personality: { domain: 'LINUX64' } } }, (c) => (c.linux.personality.domain = 'LINUX')), changedText({ linux: { personality: { domain: 'LINUX64' } } }, (c) => (c.linux.personality.domain = 'LINUX32'))] }] },
    {
      name: 'a string uid stays an error with --target crun, which runs it: the spec\'s text requires an integer',
      targets: ['crun'],
      config: { process: { user: { uid: '0' as unknown as number, gid: 0 } } },
      errors: [{ messageId: 'type', severity: 'error' }],
    },
    {
      name: 'empty env entry list is fine, but a number in it is not',
      config: { process: { env: ['A=1', 2] } },
      errors: [{ messageId: 'type', pointer: '/process/env/1' }],
    },
  ],
});
