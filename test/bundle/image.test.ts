// Images read as the bundles they become: the tree the layers make (whiteouts, opaque
// directories, hard links across layers, symlinks, modes), the three containers (OCI layout,
// oci-archive, docker save), choosing an image, the generated config and where findings land,
// and the command line a person runs.

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { ImageTree } from '../../src/bundle/image/tree.js';
import { Rootfs } from '../../src/bundle/rootfs.js';
import { allRules } from '../../src/rules/all.js';
import type { TarEntry } from '../../src/bundle/tar.js';
import { tempDir } from '../helpers/fixture.js';
import { elf } from '../helpers/elf.js';
import { runCli } from '../helpers/cli.js';
import { cliPath } from '../helpers/paths.js';
import { buildImage, found, imageConfig, lintImage, packLayout, type LayerEntry } from '../helpers/image.js';

function layer(entries: Partial<TarEntry>[]): Map<string, TarEntry> {
  return new Map(entries.map((e) => [e.path!, { type: 'file', mode: 0o644, uid: 0, gid: 0, size: 0, offset: 0, ...e } as TarEntry]));
}

describe('image tree', () => {
  it('applies whiteouts of lower layers only, and opaque directories before the layer\'s own entries', () => {
    const t = new ImageTree();
    t.apply(0, layer([{ path: 'a', type: 'dir' }, { path: 'a/b', type: 'dir' }, { path: 'a/b/bar' }, { path: 'a/keep' }, { path: 'x' }]));
    t.apply(1, layer([{ path: 'a/b', type: 'dir' }, { path: 'a/b/foo' }, { path: 'a/.wh..wh..opq' }, { path: '.wh.x' }, { path: 'x2' }]));
    const fs2 = new Rootfs(t);
    assert.deepEqual(fs2.readdir('/')?.sort(), ['a', 'x2']);
    assert.deepEqual(fs2.readdir('/a'), ['b']);
    assert.deepEqual(fs2.readdir('/a/b'), ['foo']);
    assert.equal(t.lstat('a/.wh..wh..opq'), undefined, 'a whiteout is never in the tree');
  });

  it('a whiteout does not hide what its own layer adds', () => {
    const t = new ImageTree();
    t.apply(0, layer([{ path: 'f', size: 1 }]));
    t.apply(1, layer([{ path: 'f', size: 2 }, { path: '.wh.f' }]));
    assert.equal(t.lstat('f')?.size, 2);
  });

  it('a file over a directory replaces it with all below; a directory over a directory keeps the children', () => {
    const t = new ImageTree();
    t.apply(0, layer([{ path: 'd', type: 'dir', mode: 0o700 }, { path: 'd/f' }, { path: 'e', type: 'dir' }, { path: 'e/g' }]));
    t.apply(1, layer([{ path: 'd', type: 'dir', mode: 0o755 }, { path: 'e' }]));
    assert.equal(t.lstat('d')?.mode, 0o755);
    assert.ok(t.lstat('d/f'));
    assert.equal(t.lstat('e')?.type, 'file');
    assert.equal(t.lstat('e/g'), undefined);
  });

  it('a hard link across layers is the file as it was; a later change of the target does not follow', () => {
    const t = new ImageTree();
    t.apply(0, layer([{ path: 'bin', type: 'dir' }, { path: 'bin/a', mode: 0o4755, uid: 7, size: 3, data: new Uint8Array([1, 2, 3]) }]));
    t.apply(1, layer([{ path: 'bin/b', type: 'hardlink', link: 'bin/a' }]));
    t.apply(2, layer([{ path: 'bin/a', mode: 0o600, size: 1 }]));
    assert.deepEqual(t.lstat('bin/b'), { type: 'file', mode: 0o4755, size: 3, uid: 7, gid: 0 });
    assert.deepEqual([...(t.readFile('bin/b', 10) ?? [])], [1, 2, 3]);
    assert.equal(t.node('bin/b')?.layer, 0, 'the link names the layer whose file it is');
  });
});

const HELLO: LayerEntry[] = [
  { path: 'bin', type: 'dir' },
  { path: 'bin/hello', data: elf(), mode: 0o755 },
  { path: 'etc', type: 'dir' },
  { path: 'etc/passwd', data: 'root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000:App:/home/app:/bin/sh\n' },
  { path: 'etc/group', data: 'root:x:0:\napp:x:1000:\nextra:x:20:app\n' },
];

function helloImage(config: Record<string, unknown> = {}, more: LayerEntry[][] = []): string {
  return buildImage(path.join(tempDir(), 'img'), { config: imageConfig({ Entrypoint: ['/bin/hello'], ...config }), layers: [HELLO, ...more] }).dir;
}

describe('image sources', () => {
  it('a clean image is clean, with its rootfs checked, in a layout and in an oci-archive; nothing is written', async () => {
    const dir = helloImage({ User: 'app', WorkingDir: '/' });
    const tar = packLayout(dir);
    const listing = (): string => execFileSync('find', [path.dirname(dir), '-printf', '%p %s %T@ %m\n'], { encoding: 'utf8' });
    const before = listing();
    for (const input of [dir, tar]) {
      const r = await lintImage(input, allRules, {}, 'recommended');
      assert.deepEqual(found(r), [], input);
      assert.equal(r.rootfsChecked, true);
    }
    assert.equal(listing(), before);
  });

  it('an entrypoint no layer has is found at Entrypoint[0]; removed by a whiteout, too', async () => {
    const gone = helloImage({}, [[{ path: 'bin/.wh.hello' }]]);
    const r = await lintImage(gone, allRules);
    const d = r.diagnostics.find((x) => x.ruleId === 'process-args-executable');
    assert.ok(d, JSON.stringify(found(r)));
    assert.equal('pointer' in d.location && d.location.pointer, '/config/Entrypoint/0');
    const text = fs.readFileSync(r.filePath, 'utf8');
    assert.equal(text.slice(d.location.range!.start.offset, d.location.range!.end.offset), '"/bin/hello"');
  });

  it('a script whose interpreter the image lacks is found, naming the layer of the script', async () => {
    const dir = helloImage({ Entrypoint: ['/bin/run'] }, [[{ path: 'bin/run', data: '#!/bin/bash\necho\n', mode: 0o755 }]]);
    const r = await lintImage(dir, allRules);
    const d = r.diagnostics.find((x) => x.ruleId === 'process-args-interpreter');
    assert.ok(d, JSON.stringify(found(r)));
    assert.match(d.detail ?? '', /comes from layer 2 of 2/);
  });

  it('modes from the layers: a program the user may not execute', async () => {
    const dir = helloImage({ User: 'app' }, [[{ path: 'bin/hello', data: elf(), mode: 0o700, uid: 0 }]]);
    const r = await lintImage(dir, allRules);
    assert.ok(found(r).some((f) => f[0] === 'process-args-permission'), JSON.stringify(found(r)));
  });

  it('a symlinked entrypoint is followed inside the tree', async () => {
    const dir = helloImage({ Entrypoint: ['/usr/bin/hi'] }, [[{ path: 'usr', type: 'dir' }, { path: 'usr/bin', type: 'dir' }, { path: 'usr/bin/hi', type: 'symlink', link: '../../bin/hello' }]]);
    assert.deepEqual(found(await lintImage(dir, allRules)).filter((f) => f[0].startsWith('process-args')), []);
  });

  it('zstd and uncompressed layers read like gzip ones', async () => {
    for (const compression of ['zstd', 'none'] as const) {
      const dir = buildImage(path.join(tempDir(), 'img'), { config: imageConfig({ Entrypoint: ['/bin/hello'] }), layers: [HELLO], compression }).dir;
      const r = await lintImage(dir, allRules);
      assert.deepEqual(found(r).filter((f) => f[0].startsWith('image-') || f[0].startsWith('process-args')), [], compression);
    }
  });

  it('a docker save archive (written by skopeo) lints as its OCI layout does', { skip: hasTool('skopeo') ? false : 'no skopeo here' }, async () => {
    const dir = helloImage({ User: 'nobody' });
    const tar = path.join(path.dirname(dir), 'saved.tar');
    execFileSync('skopeo', ['copy', '--quiet', `oci:${dir}:latest`, `docker-archive:${tar}:example/hello:1.0`]);
    const a = await lintImage(dir, allRules);
    const b = await lintImage(tar, allRules);
    assert.deepEqual(found(b), found(a));
    assert.match(b.filePath, /saved\.tar!\/[0-9a-f]{64}\.json$/);
    assert.deepEqual(found(await lintImage(tar, allRules, { ref: 'example/hello:1.0' })), found(a));
  });

  it('several images: --image-ref or --platform chooses; otherwise an error that lists them', async () => {
    const dir = helloImage();
    const index = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')) as { manifests: Record<string, unknown>[] };
    const arm = buildImage(path.join(tempDir(), 'arm'), { config: imageConfig({ Entrypoint: ['/bin/hello'] }, { architecture: 'arm64' }), layers: [HELLO] });
    for (const f of fs.readdirSync(path.join(arm.dir, 'blobs', 'sha256'))) fs.copyFileSync(path.join(arm.dir, 'blobs', 'sha256', f), path.join(dir, 'blobs', 'sha256', f));
    const armIndex = JSON.parse(fs.readFileSync(path.join(arm.dir, 'index.json'), 'utf8')) as { manifests: Record<string, unknown>[] };
    index.manifests[0]!['platform'] = { os: 'linux', architecture: 'amd64' };
    index.manifests.push({ ...armIndex.manifests[0]!, annotations: { 'org.opencontainers.image.ref.name': 'arm' }, platform: { os: 'linux', architecture: 'arm64' } });
    index.manifests.push({ ...armIndex.manifests[0]!, annotations: { 'org.opencontainers.image.ref.name': 'arm-too' }, platform: { os: 'linux', architecture: 'arm64' } });
    const s390 = buildImage(path.join(tempDir(), 's390'), { config: imageConfig({ Entrypoint: ['/bin/hello'] }, { architecture: 's390x' }), layers: [HELLO] });
    for (const f of fs.readdirSync(path.join(s390.dir, 'blobs', 'sha256'))) fs.copyFileSync(path.join(s390.dir, 'blobs', 'sha256', f), path.join(dir, 'blobs', 'sha256', f));
    const s390Index = JSON.parse(fs.readFileSync(path.join(s390.dir, 'index.json'), 'utf8')) as { manifests: Record<string, unknown>[] };
    index.manifests.push({ ...s390Index.manifests[0]!, annotations: { 'org.opencontainers.image.ref.name': 'z' }, platform: { os: 'linux', architecture: 's390x' } });
    fs.writeFileSync(path.join(dir, 'index.json'), JSON.stringify(index));
    const armOnly = await lintImage(dir, allRules, { platform: { os: 'linux', architecture: 'arm64' } });
    assert.ok(found(armOnly).some((f) => f[0] === 'image-program-arch'), 'the arm64 image runs an x86-64 program');
    const byRef = await lintImage(dir, allRules, { ref: 'latest' });
    assert.ok(!found(byRef).some((f) => f[0] === 'image-program-arch'));
    // The host's platform decides between the two when nothing is asked for, on amd64.
    if (process.arch === 'x64') assert.ok(!found(await lintImage(dir, allRules)).some((f) => f[0] === 'image-program-arch'));
    await assert.rejects(lintImage(dir, allRules, { platform: { os: 'linux', architecture: 'riscv64' } }), /no image matches --platform linux\/riscv64; it holds: latest linux\/amd64; arm, arm-too linux\/arm64; z linux\/s390x/);
    // Two images, neither for this machine (as on an amd64 host): the choice is the user's.
    const cli = runCli([dir, '--image-ref', 'arm']);
    assert.equal(cli.code, 1, cli.stderr);
    fs.writeFileSync(path.join(dir, 'index.json'), JSON.stringify({ ...index, manifests: index.manifests.slice(1) }));
    const ambiguous = runCli([dir]);
    assert.equal(ambiguous.code, 2);
    assert.match(ambiguous.stderr, /holds 2 images; choose one with --image-ref or --platform: arm, arm-too linux\/arm64; z linux\/s390x/);
  });

  it('--bundle-template: the image is converted over the user\'s config', async () => {
    const dir = helloImage();
    const template = path.join(path.dirname(dir), 'template.json');
    fs.writeFileSync(template, JSON.stringify({ ociVersion: '1.0.2', process: { user: { uid: 0, gid: 0 }, cwd: '/', args: ['x'] }, root: { path: 'rootfs' }, linux: { namespaces: [{ type: 'pid' }, { type: 'mount' }] } }));
    const r = runCli([dir, '--bundle-template', template, '-f', 'json', '--preset', 'all']);
    const out = JSON.parse(r.stdout) as { results: { messages: { ruleId: string; detail: string | null }[] }[] };
    const seccomp = out.results[0]!.messages.find((m) => m.ruleId === 'seccomp-missing');
    assert.ok(seccomp);
    const bad = runCli([dir, '--bundle-template', path.join(path.dirname(dir), 'none.json')]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--bundle-template .*none\.json: cannot be read \(ENOENT\)/);
  });

  it('labels become annotations: dev.ocilint.ignore in a label suppresses, as in a bundle', async () => {
    const dir = helloImage({ Entrypoint: ['/bin/none'], Labels: { 'dev.ocilint.ignore/process-args-executable': 'built later' } });
    const r = await lintImage(dir, allRules);
    assert.ok(!found(r).some((f) => f[0] === 'process-args-executable'));
    assert.equal(r.suppressed[0]?.ruleId, 'process-args-executable');
  });
});

describe('image inputs on the command line', () => {
  it('a directory search lints the layouts it meets as images, and the image archives', () => {
    const root = tempDir();
    const dir = buildImage(path.join(root, 'images', 'hello'), { config: imageConfig({ Entrypoint: ['/bin/none'] }), layers: [HELLO] }).dir;
    packLayout(dir, path.join(root, 'images', 'hello.tar'));
    const r = runCli([path.join(root, 'images'), '-f', 'json']);
    const out = JSON.parse(r.stdout) as { results: { filePath: string; messages: { ruleId: string }[] }[] };
    assert.equal(out.results.length, 2);
    for (const res of out.results) assert.ok(res.messages.some((m) => m.ruleId === 'process-args-executable'), res.filePath);
    // The layout's index.json named as a file is the layout.
    const byFile = runCli([path.join(dir, 'index.json'), '-f', 'json']);
    assert.match(byFile.stdout, /process-args-executable/);
  });

  it('a large compressed image archive, or one on standard input, gets a message saying what to do', () => {
    const dir = helloImage();
    // Padding past the size read whole, so that it is streamed.
    fs.writeFileSync(path.join(dir, 'padding'), randomBytes(20 * 1024 * 1024));
    const gz = path.join(path.dirname(dir), 'img.tar.gz');
    fs.writeFileSync(gz, gzipSync(fs.readFileSync(packLayout(dir)), { level: 1 }));
    // Wide enough that the headline is on one line (stylish wraps at 80 columns when piped).
    const r = runCli([gz], { env: { COLUMNS: '1000' } });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /img\.tar\.gz is a compressed image archive, which ocilint does not stream/);
    const json = JSON.parse(runCli([gz, '-f', 'json']).stdout) as { results: { messages: { ruleId: string; help: string }[] }[] };
    assert.match(json.results[0]!.messages[0]!.help, /gunzip -k .*umoci unpack --image img:latest bundle/);
    const tar = packLayout(helloImage());
    const stdin = runCli(['-', '--stdin-format', 'tar'], { input: fs.readFileSync(tar), env: { COLUMNS: '1000' } });
    assert.match(stdin.stdout, /is a container image archive, which ocilint reads from a file only/);
  });

  it('--cache does not record an image archive: its result depends on --platform and the template too', () => {
    const tar = packLayout(helloImage());
    const cache = path.join(path.dirname(tar), 'cache.json');
    runCli([tar, '--cache', '--cache-location', cache]);
    const recorded = fs.existsSync(cache) ? fs.readFileSync(cache, 'utf8') : '';
    assert.ok(!recorded.includes(path.basename(tar)), recorded.slice(0, 300));
  });

  it('in a terminal of 80 columns: the image config, then the finding at Entrypoint', { skip: hasTool('tmux') ? false : 'no tmux here' }, () => {
    const dir = helloImage({ Entrypoint: ['/bin/none'] });
    const session = `ocilint-image-${process.pid}`;
    execFileSync('tmux', ['new-session', '-d', '-s', session, '-x', '80', '-y', '30', `${process.execPath} ${cliPath} ${dir}; echo EXIT=$?; sleep 30`]);
    try {
      let screen = '';
      for (let i = 0; i < 100 && !/EXIT=/.test(screen); i++) {
        spawnSync('sleep', ['0.1']);
        screen = execFileSync('tmux', ['capture-pane', '-p', '-J', '-t', session], { encoding: 'utf8' });
      }
      assert.match(screen, /blobs\/sha256\/[0-9a-f]{64}/);
      assert.match(screen, /process\.args\[0\] "\/bin\/none" does not exist in the rootfs/);
      assert.match(screen, /EXIT=1/);
    } finally {
      spawnSync('tmux', ['kill-session', '-t', session]);
    }
  });

  it('the report names the image config and what is wrong', () => {
    const dir = helloImage({ Entrypoint: ['/bin/none'] });
    const r = runCli([dir]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /blobs\/sha256\/[0-9a-f]{64}\n/);
    assert.match(r.stdout, /process\.args\[0\] "\/bin\/none" does not exist in the rootfs/);
  });
});

function hasTool(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}
