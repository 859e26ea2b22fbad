import rule from '../../src/rules/writable-host-mount.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"mounts": [{"destination": "/data", "type": "bind", "source": "/srv/data", "options": ["rbind", "rprivate"]}]');

testRule(rule, {
  valid: [
    { name: 'ro', config: { mounts: [{ destination: '/data', type: 'bind', source: '/srv/data', options: ['rbind', 'ro'] }] } },
    { name: 'rro', config: { mounts: [{ destination: '/data', type: 'bind', source: '/srv/data', options: ['rbind', 'rro'] }] } },
    { name: 'tmpfs is not a host mount', config: { mounts: [{ destination: '/tmp', type: 'tmpfs', source: 'tmpfs', options: ['rw'] }] } },
    // Bind-ness comes from the options alone (model/mounts.ts): without "bind" or "rbind" this is no
    // bind mount, and runtimes fail on it (mount-bind-option's finding).
    { name: 'type bind without a bind option is not a bind mount', config: { mounts: [{ destination: '/data', type: 'bind', source: '/srv/data' }] } },
  ],
  invalid: [
    { name: 'docker-style /etc/hosts bind', raw: r.raw, errors: [{ messageId: 'writable', pointer: '/mounts/0/options', ...r.at('/srv/data', '["rbind"') }] },
    { name: 'ro overridden by rw', config: { mounts: [{ destination: '/data', type: 'none', source: '/srv/data', options: ['bind', 'ro', 'rw'] }] }, errors: [{ messageId: 'writable', pointer: '/mounts/0/options' }] },
  ],
});
