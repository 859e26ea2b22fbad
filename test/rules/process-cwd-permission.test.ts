import rule from '../../src/rules/process-cwd-permission.js';
import { testRule } from '../helpers/rule-tester.js';

// The rootfs is written by whoever runs the tests: its files are owned by this uid and gid.
const me = process.getuid?.() ?? 0;
const myGroup = process.getgid?.() ?? 0;
type Map = { containerID: number; hostID: number; size: number };
/** A new user namespace with these mappings, its root as process.user, cwd /work. */
const inUserns = (uidMappings: Map[], gidMappings: Map[] = uidMappings, user: Record<string, unknown> = { uid: 0, gid: 0 }, caps: string[] = []) => ({
  process: { cwd: '/work', user, capabilities: { bounding: caps, effective: caps, permitted: caps } },
  linux: { namespaces: [{ type: 'user' }, { type: 'mount' }], uidMappings, gidMappings },
});
const FAR = [{ containerID: 0, hostID: me + 100000, size: 65536 }];
const work = (mode: number) => ({ work: { dir: true as const, mode } });

testRule(rule, {
  valid: [
    // Without a user namespace the runtime enters it as the host's root (runc 1.1.5, crun 1.8.1).
    { name: 'no user namespace, uid 65534 and a 0700 directory', config: { process: { cwd: '/work', user: { uid: 65534, gid: 65534 } } }, files: work(0o700) },
    { name: 'a directory anyone may search', config: inUserns(FAR), files: work(0o711) },
    { name: 'the namespace maps the owner and group: its root\'s capabilities count', config: inUserns([...FAR.map((m) => ({ ...m, size: 1 })), { containerID: 5, hostID: me, size: 1 }], [{ containerID: 0, hostID: myGroup + 100000, size: 1 }, { containerID: 5, hostID: myGroup, size: 1 }]), files: work(0o700) },
    { name: 'process.user is the owner: the second attempt gets in', config: inUserns([{ containerID: 0, hostID: me + 100000, size: 1 }, { containerID: 1000, hostID: me, size: 1 }], [{ containerID: 0, hostID: myGroup + 100000, size: 1 }, { containerID: 1000, hostID: myGroup, size: 1 }], { uid: 1000, gid: 1000 }), files: work(0o700) },
    { name: 'a joined user namespace: its mappings are not known', config: { ...inUserns(FAR), linux: { namespaces: [{ type: 'user', path: '/proc/1/ns/user' }, { type: 'mount' }] } }, files: work(0o700) },
    { name: 'a missing cwd is process-cwd-exists\' finding', config: inUserns(FAR) },
    { name: 'under a mount', config: { ...inUserns(FAR), mounts: [{ destination: '/work', type: 'tmpfs', source: 'tmpfs' }] }, files: work(0o700) },
  ],
  invalid: [
    // Runtime oracle: runc 1.1.5 "chdir to cwd ("/work") set in config.json failed: permission denied", crun 1.8.1 "chdir `/work`: Permission denied".
    { name: 'a 0700 directory of an owner the namespace leaves out', config: inUserns(FAR), files: work(0o700), errors: [{ messageId: 'noSearch', pointer: '/process/cwd', rootfsPath: '/work', severity: 'error' }] },
    { name: 'capabilities do not help', config: inUserns(FAR, FAR, { uid: 0, gid: 0 }, ['CAP_DAC_OVERRIDE', 'CAP_DAC_READ_SEARCH']), files: work(0o700), errors: [{ messageId: 'noSearch' }] },
    { name: 'a parent directory', config: { ...inUserns(FAR), process: { cwd: '/srv/work', user: { uid: 0, gid: 0 } } }, files: { srv: { dir: true, mode: 0o700 }, 'srv/work': { dir: true, mode: 0o755 } }, errors: [{ messageId: 'noSearch', rootfsPath: '/srv' }] },
  ],
});
