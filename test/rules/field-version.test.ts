import rule from '../../src/rules/field-version.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'base config' },
    { name: 'time namespace in 1.1.0', config: { ociVersion: '1.1.0', linux: { namespaces: [{ type: 'time' }] } } },
    { name: 'netDevices in 1.3.0', config: { linux: { netDevices: { eth0: { name: 'eth1' } } } } },
    { name: 'enableCMT in 1.2.1', config: { ociVersion: '1.2.1', linux: { intelRdt: { enableCMT: true } } } },
    { name: 'pre-release of a release line', config: { ociVersion: '1.1.0-rc.1', domainname: 'example.org' } },
    {
      name: 'a -dev build of 1.0.2 may use 1.1.0 fields (Go tools between the releases)',
      config: { ociVersion: '1.0.2-dev', linux: { seccomp: { defaultAction: 'SCMP_ACT_ERRNO', defaultErrnoRet: 1 } } },
    },
    { name: 'unknown keys are not this rule', config: { ociVersion: '1.0.0', process: { noNewPrivilege: true } } },
  ],
  invalid: [
    {
      name: 'time namespace before 1.1.0',
      raw: '{\n  "ociVersion": "1.0.2",\n  "root": {"path": "rootfs"},\n  "linux": {"namespaces": [{"type": "pid"}, {"type": "time"}]}\n}\n',
      errors: [{ messageId: 'valueAdded', pointer: '/linux/namespaces/1/type', line: 4, column: 54 }],
    },
    {
      name: 'netDevices before 1.3.0, pointing at the key',
      raw: '{\n  "ociVersion": "1.2.1",\n  "root": {"path": "rootfs"},\n  "linux": {"netDevices": {"eth0": {}}}\n}\n',
      errors: [{ messageId: 'fieldAdded', pointer: '/linux/netDevices', line: 4, column: 13 }],
    },
    {
      name: 'a -dev build of 1.0.2 may not use 1.3.0 fields',
      config: { ociVersion: '1.0.2-dev', linux: { netDevices: {} } },
      errors: [{ messageId: 'fieldAdded', pointer: '/linux/netDevices' }],
    },
    {
      name: 'enableCMT removed in 1.3.0',
      config: { linux: { intelRdt: { enableCMT: true, enableMonitoring: true } } },
      errors: [{ messageId: 'fieldRemoved', pointer: '/linux/intelRdt/enableCMT' }],
    },
    {
      name: 'a whole platform section of a later release',
      config: { ociVersion: '1.2.0', freebsd: { jail: { host: 'new' } } },
      errors: [{ messageId: 'fieldAdded', pointer: '/freebsd' }],
    },
    {
      name: 'seccomp values by release',
      config: {
        ociVersion: '1.0.2',
        linux: { seccomp: { defaultAction: 'SCMP_ACT_NOTIFY', architectures: ['SCMP_ARCH_X86_64', 'SCMP_ARCH_RISCV64'] } },
      },
      errors: [
        { messageId: 'valueAdded', pointer: '/linux/seccomp/defaultAction' },
        { messageId: 'valueAdded', pointer: '/linux/seccomp/architectures/1' },
      ],
    },
    {
      name: 'fields inside list entries',
      config: { ociVersion: '1.0.2', mounts: [{ destination: '/x', uidMappings: [] }] },
      errors: [{ messageId: 'fieldAdded', pointer: '/mounts/0/uidMappings' }],
    },
  ],
});
