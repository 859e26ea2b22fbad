import rule from '../../src/rules/host-cgroup-unified.js';
import { fakeHost } from '../helpers/fake-host.js';
import { testRule } from '../helpers/rule-tester.js';

const v2 = fakeHost({ '/sys/fs/cgroup/cgroup.controllers': { type: 'file' } });
const hybrid = fakeHost({ '/sys/fs/cgroup/memory/memory.limit_in_bytes': { type: 'file' }, '/sys/fs/cgroup/unified/cgroup.controllers': { type: 'file' } });
const unified = { linux: { resources: { unified: { 'memory.high': '1073741824' } } } };

testRule(rule, {
  valid: [
    { name: 'a cgroup v2 host', host: v2, config: unified },
    { name: 'no unified entries', host: hybrid, config: { linux: { resources: { unified: {} } } } },
    { name: 'cgroup v1 fields only', host: hybrid, config: { linux: { resources: { memory: { limit: 1073741824 } } } } },
    { name: 'cannot tell', host: fakeHost({ '/sys/fs': 'denied' }), config: unified },
    { name: 'before 1.1.0 unified is another rule\'s finding', host: hybrid, config: { ociVersion: '1.0.2', ...unified } },
  ],
  invalid: [
    {
      name: 'a hybrid host',
      host: hybrid,
      raw: '{"ociVersion": "1.3.0", "process": {"args": ["/bin/sh"], "cwd": "/"}, "root": {"path": "rootfs"},\n "linux": {"resources": {"unified": {"memory.high": "1073741824"}}}}\n',
      errors: [{ messageId: 'v1', pointer: '/linux/resources/unified', line: 2, column: 26, severity: 'error' }],
    },
    { name: 'a cgroup v1 host', host: fakeHost({}), config: unified, errors: [{ messageId: 'v1' }] },
  ],
});
