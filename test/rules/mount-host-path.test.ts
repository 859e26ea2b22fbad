import rule from '../../src/rules/mount-host-path.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"mounts": [{"destination": "/data", "type": "bind", "source": "/srv/data", "options": ["rbind", "ro"]}]');

testRule(rule, {
  valid: [
    { name: 'tmpfs', config: { mounts: [{ destination: '/tmp', type: 'tmpfs', source: 'tmpfs' }] } },
    { name: 'bundle-relative source', config: { mounts: [{ destination: '/data', type: 'bind', source: 'data', options: ['rbind', 'ro'] }] } },
    { name: 'type bind without a bind option is not a bind mount', config: { mounts: [{ destination: '/data', type: 'bind', source: '/srv/data' }] } },
  ],
  invalid: [{ name: 'host path', raw: r.raw, errors: [{ messageId: 'hostPath', pointer: '/mounts/0/source', ...r.at('/srv/data', '"/srv/data"') }] }],
});
