// One answer to each question about mounts (src/model/mounts.ts), pinned here. What counts as a
// bind mount is what runc (1.1.5 to 1.3.x, specconv's createLibcontainerMount) and crun (1.8.1 to
// 1.2x, linux.c's do_mounts) decide: MS_BIND comes only from a "bind" or "rbind" option. A mount
// typed "bind" without one is handed to mount(2) as a filesystem named "bind" and fails with
// ENODEV in both; the differential test (test/differential/) asks the installed runc and crun.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MountPoints, bindOption, engineSources, hasOption, hostBinds, isBind, isReadOnly, mountPoints, mounts, startsEmpty } from '../../src/model/mounts.js';
import { factsOf } from '../helpers/facts.js';

async function engines(sources: string[]): Promise<(string | undefined)[]> {
  const facts = await factsOf({ ociVersion: '1.3.0', mounts: sources.map((source, i) => ({ destination: `/m${i}`, type: 'bind', source, options: ['rbind'] })) });
  const found = engineSources(facts);
  return sources.map((_, i) => found.get(i));
}

async function entries(list: unknown[]) {
  return mounts(await factsOf({ ociVersion: '1.3.0', mounts: list }));
}

describe('model/mounts', () => {
  it('a bind mount is one whose options say bind or rbind, whatever its type', async () => {
    const m = await entries([
      { destination: '/a', type: 'bind', source: '/x', options: ['rbind'] },
      { destination: '/b', source: '/x', options: ['ro', 'bind'] },
      { destination: '/c', type: 'none', source: '/x', options: ['rbind'] },
      { destination: '/d', type: 'bind', source: '/x' },
      { destination: '/e', type: 'rbind', source: '/x', options: ['ro'] },
      { destination: '/f', type: 'tmpfs', source: 'tmpfs' },
    ]);
    assert.deepEqual(m.map(isBind), [true, true, true, false, false, false]);
    assert.deepEqual(m.map(bindOption), ['rbind', 'bind', 'rbind', undefined, undefined, undefined]);
  });

  it('a host bind: a bind mount of an absolute source that no engine made for the container', async () => {
    const facts = await factsOf({
      ociVersion: '1.3.0',
      mounts: [
        { destination: '/a', type: 'bind', source: '/srv/data', options: ['rbind'] },
        { destination: '/b', type: 'bind', source: 'data', options: ['bind'] },
        { destination: '/c', type: 'bind', source: '/srv/data' },
        { destination: '/etc/hosts', type: 'bind', source: `/var/lib/docker/containers/${'a'.repeat(64)}/hosts`, options: ['rbind'] },
        { type: 'bind', source: '/srv/x', options: ['bind'] },
        { destination: '/d', source: '/srv/data', options: ['bind', 'ro'] },
      ],
    });
    assert.deepEqual(hostBinds(facts).map((m) => m.index), [0, 5]);
  });

  it('reads options left to right: the last of ro and rw wins', async () => {
    const m = await entries([
      { destination: '/a', options: ['ro'] },
      { destination: '/b', options: ['ro', 'rw'] },
      { destination: '/c', options: ['rw', 'rro'] },
      { destination: '/d', options: [] },
    ]);
    assert.deepEqual(m.map(isReadOnly), [true, false, true, false]);
    assert.equal(hasOption(m[0]!, 'ro'), true);
  });

  it('keeps only string options, with their index in the document', async () => {
    const [m] = await entries([{ destination: '/a', options: [5, 'ro', null, 'nosuid'] }]);
    assert.deepEqual(m!.options, [{ index: 1, value: 'ro' }, { index: 3, value: 'nosuid' }]);
  });

  it('a tmpfs or ramfs starts out empty unless it is a bind mount or has tmpcopyup', async () => {
    const m = await entries([
      { destination: '/a', type: 'tmpfs' },
      { destination: '/b', type: 'ramfs' },
      { destination: '/c', type: 'tmpfs', options: ['tmpcopyup'] },
      { destination: '/d', type: 'tmpfs', options: ['rbind'] },
      { destination: '/e', type: 'proc' },
    ]);
    assert.deepEqual(m.map(startsEmpty), [true, true, false, false, false]);
  });

  it('mount points are cleaned lexically, `..` folded; the last mount made is on top', async () => {
    const points = mountPoints(await factsOf({ mounts: [{ destination: '/srv/../data', type: 'bind', source: '/x', options: ['rbind'] }, { destination: '/data/cache', type: 'tmpfs' }] }));
    assert.equal(points.covers('/data/file'), true);
    assert.equal(points.covers('/srv/file'), false);
    assert.deepEqual(points.topAt('/data/cache/x'), { destination: '/data/cache', empty: true });
    assert.deepEqual(points.topAt('/data/x'), { destination: '/data', empty: false });
    const p = new MountPoints();
    p.add('/');
    assert.equal(p.covers('/anything'), false, 'a mount at / does not hide the rootfs from the rules');
  });
  it("knows the files and volumes engines make for one container, at their default places", async () => {
    const id = 'e6923dc316c1d53265dbf005b4a8822495e09efad63935f7ae0f95672e40c51e';
    const pod = 'ed49ab34-c5b1-40c9-b9df-eae280275137';
    assert.deepEqual(
      await engines([
        `/var/lib/docker/containers/${id}/resolv.conf`,
        `/var/lib/docker/containers/${id}/mounts/shm`,
        `/run/containers/storage/overlay-containers/${id}/userdata/.containerenv`,
        `/var/lib/containers/storage/overlay-containers/${id}/userdata/shm`,
        `/run/user/1000/containers/overlay-containers/${id}/userdata/hosts`,
        `/var/lib/containerd/io.containerd.grpc.v1.cri/sandboxes/${id}/hostname`,
        `/run/containerd/io.containerd.grpc.v1.cri/sandboxes/${id}/shm`,
        `/var/lib/kubelet/pods/${pod}/volumes/kubernetes.io~secret/flannel-token-lghzr`,
        `/var/lib/kubelet/pods/${pod}/etc-hosts`,
        `/var/lib/kubelet/pods/${pod}/containers/app/3f2b9c1e`,
      ]),
      ['Docker', 'Docker', 'Podman or CRI-O', 'Podman or CRI-O', 'rootless Podman', 'containerd', 'containerd', 'the kubelet', 'the kubelet', 'the kubelet'],
    );
  });

  it('knows nothing else in those places, nor a path that climbs out of them', async () => {
    const id = 'e6923dc316c1d53265dbf005b4a8822495e09efad63935f7ae0f95672e40c51e';
    assert.deepEqual(
      await engines([
        `/var/lib/docker/containers/${id}/config.v2.json`,
        `/var/lib/docker/containers/${id}`,
        `/var/lib/docker/containers/${id}/../../../../etc/resolv.conf`,
        `/run/containers/storage/overlay-containers/${id}/userdata/run/secrets`,
        '/var/lib/kubelet/pods/ed49ab34-c5b1-40c9-b9df-eae280275137/volumes/kubernetes.io~host-path/x',
        '/var/lib/docker/containers/short/resolv.conf',
        '/mnt/docker/containers/' + id + '/resolv.conf',
      ]),
      [undefined, undefined, undefined, undefined, undefined, undefined, undefined],
    );
  });

  it("counts an engine's files only when they are one container's", async () => {
    const a = 'a'.repeat(64);
    const b = 'b'.repeat(64);
    assert.deepEqual(await engines([`/var/lib/docker/containers/${a}/hosts`, `/var/lib/docker/containers/${b}/hosts`, `/var/lib/kubelet/pods/${'1'.repeat(8)}-1111-1111-1111-${'1'.repeat(12)}/etc-hosts`]), [undefined, undefined, 'the kubelet']);
  });
});
