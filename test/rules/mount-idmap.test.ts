import rule from '../../src/rules/mount-idmap.js';
import { testRule } from '../helpers/rule-tester.js';

const proc = { destination: '/proc', type: 'proc', source: 'proc' };
const map = [{ containerID: 0, hostID: 100000, size: 65536 }];

testRule(rule, {
  valid: [
    { name: 'both mappings and idmap', config: { mounts: [proc, { destination: '/data', type: 'bind', source: '/srv', options: ['rbind', 'ridmap'], uidMappings: map, gidMappings: map }] } },
    {
      name: 'idmap borrowing the user namespace',
      config: { mounts: [proc, { destination: '/data', type: 'bind', source: '/srv', options: ['bind', 'idmap'] }], linux: { namespaces: [{ type: 'mount' }, { type: 'user' }], uidMappings: map, gidMappings: map } },
    },
    { name: 'before 1.2.0 the option is not asked for', config: { ociVersion: '1.1.0', mounts: [proc, { destination: '/data', type: 'bind', source: '/srv', options: ['rbind'], uidMappings: map, gidMappings: map }] } },
  ],
  invalid: [
    {
      name: 'uidMappings alone',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "mounts": [{"destination": "/d", "source": "/s", "options": ["rbind", "idmap"],\n    "uidMappings": [{"containerID": 0, "hostID": 1000, "size": 1}]}]\n}\n',
      errors: [{ messageId: 'onlyOne', pointer: '/mounts/0/uidMappings', line: 5, column: 5 }],
    },
    {
      name: 'idmap option without mappings or user namespace',
      config: { mounts: [proc, { destination: '/data', type: 'bind', source: '/srv', options: ['rbind', 'idmap'] }] },
      errors: [{ messageId: 'noMapping', pointer: '/mounts/1/options/1' }],
    },
    // Joining the host's user namespace leaves the mount the initial idmapping, which the kernel refuses to idmap to (EPERM).
    {
      name: 'idmap option without mappings, in the host\'s user namespace',
      config: { mounts: [proc, { destination: '/data', type: 'bind', source: '/srv', options: ['rbind', 'idmap'] }], linux: { namespaces: [{ type: 'mount' }, { type: 'user', path: '/proc/1/ns/user' }] } },
      errors: [{ messageId: 'noMapping', pointer: '/mounts/1/options/1' }],
    },
    {
      name: 'idmap in a 1.0.2 config still fails in crun',
      config: { ociVersion: '1.0.2', mounts: [proc, { destination: '/data', type: 'bind', source: '/srv', options: ['rbind', 'idmap'] }] },
      errors: [{ messageId: 'noMapping' }],
    },
    {
      name: 'mappings without the option',
      config: { mounts: [proc, { destination: '/data', type: 'bind', source: '/srv', options: ['rbind'], uidMappings: map, gidMappings: map }] },
      errors: [{ messageId: 'noOption', pointer: '/mounts/1/uidMappings', severity: 'warning' }],
    },
    {
      name: 'not a bind mount, and a zero-sized range',
      config: { mounts: [proc, { destination: '/data', type: 'tmpfs', source: 'tmpfs', options: ['idmap'], uidMappings: map, gidMappings: [{ containerID: 0, hostID: 1, size: 0 }] }] },
      errors: [{ messageId: 'notBind', pointer: '/mounts/1', severity: 'error' }, { messageId: 'zeroSize', pointer: '/mounts/1/gidMappings/0/size' }],
    },
  ],
});
