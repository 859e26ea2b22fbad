import rule from '../../src/rules/writable-host-mount.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"mounts": [{"destination": "/data", "type": "bind", "source": "/srv/data", "options": ["rbind", "rprivate"]}]');

// What an engine makes for the container and binds into it (model/mounts.ts, engineSources).
const ID = 'e6923dc316c1d53265dbf005b4a8822495e09efad63935f7ae0f95672e40c51e';
const docker = (file: string, destination: string) => ({ destination, type: 'bind', source: `/var/lib/docker/containers/${ID}/${file}`, options: ['rbind', 'rprivate'] });

testRule(rule, {
  valid: [
    { name: "Docker's resolv.conf, hostname and hosts", config: { mounts: [docker('resolv.conf', '/etc/resolv.conf'), docker('hostname', '/etc/hostname'), docker('hosts', '/etc/hosts')] } },
    { name: "a pod's service-account token, as the kubelet binds it", config: { mounts: [{ destination: '/var/run/secrets/kubernetes.io/serviceaccount', type: 'bind', source: '/var/lib/kubelet/pods/ed49ab34-c5b1-40c9-b9df-eae280275137/volumes/kubernetes.io~projected/kube-api-access-fm865', options: ['rbind', 'rprivate'] }] } },
    { name: 'ro', config: { mounts: [{ destination: '/data', type: 'bind', source: '/srv/data', options: ['rbind', 'ro'] }] } },
    { name: 'rro', config: { mounts: [{ destination: '/data', type: 'bind', source: '/srv/data', options: ['rbind', 'rro'] }] } },
    // A relative source lies in the bundle directory: where mount-host-path advises to keep files to share (model/mounts.ts, hostBinds).
    { name: 'a directory of the bundle, read-write', config: { mounts: [{ destination: '/data', type: 'bind', source: 'data', options: ['rbind', 'rw'] }] } },
    { name: 'tmpfs is not a host mount', config: { mounts: [{ destination: '/tmp', type: 'tmpfs', source: 'tmpfs', options: ['rw'] }] } },
    // Bind-ness comes from the options alone (model/mounts.ts): without "bind" or "rbind" this is no
    // bind mount, and runtimes fail on it (mount-bind-option's finding).
    { name: 'type bind without a bind option is not a bind mount', config: { mounts: [{ destination: '/data', type: 'bind', source: '/srv/data' }] } },
  ],
  invalid: [
    { name: "another file of Docker's container directory", config: { mounts: [docker('config.v2.json', '/cfg')] }, errors: [{ messageId: 'writable' }] },
    {
      name: "the files of two of Docker's containers",
      config: { mounts: [docker('hosts', '/etc/hosts'), { destination: '/other', type: 'bind', source: `/var/lib/docker/containers/${'b'.repeat(64)}/hosts`, options: ['rbind'] }] },
      errors: [{ messageId: 'writable', pointer: '/mounts/0/options' }, { messageId: 'writable', pointer: '/mounts/1/options' }],
    },
    { name: 'docker-style /etc/hosts bind', raw: r.raw, errors: [{ messageId: 'writable', pointer: '/mounts/0/options', ...r.at('/srv/data', '["rbind"') }] },
    { name: 'ro overridden by rw', config: { mounts: [{ destination: '/data', type: 'none', source: '/srv/data', options: ['bind', 'ro', 'rw'] }] }, errors: [{ messageId: 'writable', pointer: '/mounts/0/options' }] },
  ],
});
