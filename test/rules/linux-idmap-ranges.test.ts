import rule from '../../src/rules/linux-idmap-ranges.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux, withNs } from '../helpers/linux.js';

const ns = withNs({ type: 'user' });
const gid = [{ containerID: 0, hostID: 100000, size: 65536 }];

testRule(rule, {
  valid: [
    { name: 'one range', config: { linux: { namespaces: ns, uidMappings: gid, gidMappings: gid } } },
    {
      name: 'adjacent ranges',
      config: { linux: { namespaces: ns, uidMappings: [{ containerID: 0, hostID: 1000, size: 1 }, { containerID: 1, hostID: 100000, size: 65535 }], gidMappings: gid } },
    },
    { name: 'up to the last id', config: { linux: { namespaces: ns, uidMappings: [{ containerID: 0, hostID: 0, size: 4294967295 }], gidMappings: gid } } },
    { name: '330 short lines', config: { linux: { namespaces: ns, uidMappings: Array.from({ length: 330 }, (_, i) => ({ containerID: i, hostID: 1000 + i, size: 1 })), gidMappings: gid } } },
  ],
  invalid: [
    {
      name: 'empty range',
      raw: rawLinux('{\n  "namespaces": [{"type": "user"}],\n  "uidMappings": [{"containerID": 0, "hostID": 1000, "size": 0}],\n  "gidMappings": [{"containerID": 0, "hostID": 1000, "size": 1}]\n}'),
      errors: [{ messageId: 'empty', pointer: '/linux/uidMappings/0/size', line: 9, column: 62 }],
    },
    {
      name: 'container ranges overlap',
      config: { linux: { namespaces: ns, uidMappings: [{ containerID: 0, hostID: 100000, size: 65536 }, { containerID: 1000, hostID: 300000, size: 10 }], gidMappings: gid } },
      errors: [{ messageId: 'overlap', pointer: '/linux/uidMappings/1' }],
    },
    {
      name: 'host ranges overlap',
      config: { linux: { namespaces: ns, uidMappings: gid, gidMappings: [{ containerID: 0, hostID: 100000, size: 1000 }, { containerID: 1000, hostID: 100500, size: 100 }] } },
      errors: [{ messageId: 'overlap', pointer: '/linux/gidMappings/1' }],
    },
    { name: 'past the last id', config: { linux: { namespaces: ns, uidMappings: [{ containerID: 0, hostID: 4294967000, size: 1000 }], gidMappings: gid } }, errors: [{ messageId: 'overflow', pointer: '/linux/uidMappings/0/size' }] },
    {
      name: 'more than 340 lines',
      config: { linux: { namespaces: ns, uidMappings: Array.from({ length: 341 }, (_, i) => ({ containerID: i, hostID: 100000 + i, size: 1 })), gidMappings: gid } },
      errors: [{ messageId: 'tooMany', pointer: '/linux/uidMappings' }],
    },
    {
      name: '340 lines that do not fit in a page',
      config: { linux: { namespaces: ns, uidMappings: Array.from({ length: 340 }, (_, i) => ({ containerID: i, hostID: 100000 + i, size: 1 })), gidMappings: gid } },
      errors: [{ messageId: 'tooLong', pointer: '/linux/uidMappings' }],
    },
  ],
});
