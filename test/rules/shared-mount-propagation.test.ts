import rule from '../../src/rules/shared-mount-propagation.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"linux": {"namespaces": [{"type": "mount"}], "rootfsPropagation": "rshared"}');

testRule(rule, {
  valid: [
    { name: 'private', config: { linux: { rootfsPropagation: 'rprivate' }, mounts: [{ destination: '/data', type: 'bind', source: '/srv/data', options: ['rbind', 'rslave', 'ro'] }] } },
  ],
  invalid: [
    { name: 'rootfs rshared', raw: r.raw, errors: [{ messageId: 'rootfs', pointer: '/linux/rootfsPropagation', ...r.at('rootfsPropagation', '"rshared"') }] },
    { name: 'mount option shared', config: { mounts: [{ destination: '/data', type: 'bind', source: '/srv/data', options: ['rbind', 'shared'] }] }, errors: [{ messageId: 'option', pointer: '/mounts/0/options/1' }] },
  ],
});
