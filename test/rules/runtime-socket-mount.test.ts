import rule from '../../src/rules/runtime-socket-mount.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"mounts": [{"destination": "/var/run/docker.sock", "type": "bind", "source": "/var/run/docker.sock", "options": ["rbind", "ro"]}]');

testRule(rule, {
  valid: [{ name: 'an ordinary bind', config: { mounts: [{ destination: '/data', type: 'bind', source: '/srv/data', options: ['rbind', 'ro'] }] } }],
  invalid: [
    { name: 'docker.sock, even ro', raw: r.raw, errors: [{ messageId: 'socket', pointer: '/mounts/0/source', ...r.at('docker.sock', '"/var/run/docker.sock", "options"') }] },
    { name: 'containerd state dir', config: { mounts: [{ destination: '/c', type: 'bind', source: '/run/containerd', options: ['rbind'] }] }, errors: [{ messageId: 'socketDir', pointer: '/mounts/0/source' }] },
    { name: 'renamed source, socket destination', config: { mounts: [{ destination: '/run/podman/podman.sock', type: 'bind', source: '/srv/api', options: ['bind'] }] }, errors: [{ messageId: 'socket', pointer: '/mounts/0/destination' }] },
  ],
});
