import rule from '../../src/rules/mount-bind-option.js';
import { testRule } from '../helpers/rule-tester.js';

const proc = { destination: '/proc', type: 'proc', source: 'proc' };

testRule(rule, {
  valid: [
    { name: 'type bind with rbind', config: { mounts: [proc, { destination: '/mnt', type: 'bind', source: '/tmp', options: ['rbind', 'ro'] }] } },
    { name: 'no type with bind', config: { mounts: [proc, { destination: '/mnt', source: '/tmp', options: ['bind'] }] } },
    { name: 'type none with rbind', config: { mounts: [proc, { destination: '/mnt', type: 'none', source: '/tmp', options: ['rbind'] }] } },
  ],
  invalid: [
    {
      name: 'type bind without the option',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "mounts": [\n    {"destination": "/mnt", "type": "bind", "source": "/tmp"}\n  ]\n}\n',
      errors: [{ messageId: 'bindType', pointer: '/mounts/0/type', line: 5, column: 37 }],
    },
    { name: 'no type, no bind option', config: { mounts: [proc, { destination: '/mnt', source: '/tmp', options: ['ro'] }] }, errors: [{ messageId: 'noType', pointer: '/mounts/1' }] },
    { name: 'type none without the option', config: { mounts: [proc, { destination: '/mnt', type: 'none', source: '/tmp' }] }, errors: [{ messageId: 'bindType', pointer: '/mounts/1/type' }] },
    // runtime oracle, runc 1.1.5 and crun 1.8.1: the option wins, and both stat the bundle's "tmpfs".
    { name: 'tmpfs with a bind option', config: { mounts: [proc, { destination: '/mnt', type: 'tmpfs', source: 'tmpfs', options: ['bind'] }] }, errors: [{ messageId: 'typeIgnored', pointer: '/mounts/1/type', severity: 'warning' }] },
    { name: 'proc with rbind from a host path', config: { mounts: [proc, { destination: '/mnt', type: 'proc', source: '/proc', options: ['rbind', 'ro'] }] }, errors: [{ messageId: 'typeIgnored' }] },
    { name: 'empty type', config: { mounts: [proc, { destination: '/mnt', type: '', source: '/tmp' }] }, errors: [{ messageId: 'noType', pointer: '/mounts/1/type' }] },
  ],
});
