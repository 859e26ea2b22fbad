import rule from '../../src/rules/mount-host-path.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"mounts": [{"destination": "/data", "type": "bind", "source": "/srv/data", "options": ["rbind", "ro"]}]');

// What an engine makes for the container and binds into it (model/mounts.ts, engineSources).
const ID = 'e6923dc316c1d53265dbf005b4a8822495e09efad63935f7ae0f95672e40c51e';
const docker = (file: string, destination: string) => ({ destination, type: 'bind', source: `/var/lib/docker/containers/${ID}/${file}`, options: ['rbind', 'rprivate'] });

testRule(rule, {
  valid: [
    { name: "Docker's resolv.conf, hostname and hosts", config: { mounts: [docker('resolv.conf', '/etc/resolv.conf'), docker('hostname', '/etc/hostname'), docker('hosts', '/etc/hosts')] } },
    { name: "a pod's service-account token, as the kubelet binds it", config: { mounts: [{ destination: '/var/run/secrets/kubernetes.io/serviceaccount', type: 'bind', source: '/var/lib/kubelet/pods/ed49ab34-c5b1-40c9-b9df-eae280275137/volumes/kubernetes.io~projected/kube-api-access-fm865', options: ['rbind', 'rprivate'] }] } },
    { name: 'tmpfs', config: { mounts: [{ destination: '/tmp', type: 'tmpfs', source: 'tmpfs' }] } },
    { name: 'bundle-relative source', config: { mounts: [{ destination: '/data', type: 'bind', source: 'data', options: ['rbind', 'ro'] }] } },
    { name: 'type bind without a bind option is not a bind mount', config: { mounts: [{ destination: '/data', type: 'bind', source: '/srv/data' }] } },
  ],
  invalid: [
    { name: 'host path', raw: r.raw, errors: [{ messageId: 'hostPath', pointer: '/mounts/0/source', ...r.at('/srv/data', '"/srv/data"') }] },
    { name: "another file of Docker's container directory", config: { mounts: [docker('config.v2.json', '/cfg')] }, errors: [{ messageId: 'hostPath' }] },
    {
      name: "the files of two of Docker's containers",
      config: { mounts: [docker('hosts', '/etc/hosts'), { destination: '/other', type: 'bind', source: `/var/lib/docker/containers/${'b'.repeat(64)}/hosts`, options: ['rbind'] }] },
      errors: [{ messageId: 'hostPath', pointer: '/mounts/0/source' }, { messageId: 'hostPath', pointer: '/mounts/1/source' }],
    },
  ],
});
