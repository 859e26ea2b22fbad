// ocilint's image mode against a real converter: Debian's umoci (0.4.7) unpacks each image built
// here into a bundle, and ocilint must find the same things in the image as in that bundle.
//
// - Rootfs: the image is linted with umoci's own config.json as the --bundle-template, so that both
//   sides have the same runtime settings and any difference is in the rootfs the layers make
//   (whiteouts, opaque directories, hard links across layers, symlinks, owners and modes).
//   Every finding must agree (rule, message, rootfs path).
// - Config: with the default template, the generated process section must match umoci's for the
//   fields the image-spec's conversion document defines (args, cwd, env, user).

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ImageBundleSource } from '../../src/bundle/image/source.js';
import { DirStore } from '../../src/bundle/image/store.js';
import { DirBundleSource } from '../../src/bundle/dir-source.js';
import { lintSource, type FileResult } from '../../src/engine/lint.js';
import { resolveSettings } from '../../src/engine/presets.js';
import { allRules } from '../../src/rules/all.js';
import { elf } from '../helpers/elf.js';
import { tempDir } from '../helpers/fixture.js';
import { buildImage, imageConfig, type LayerEntry } from '../helpers/image.js';

const umoci = spawnSync('umoci', ['--version']).status === 0;
const settings = resolveSettings(allRules.map((r) => r.meta), 'all');

const ETC: LayerEntry[] = [
  { path: 'etc', type: 'dir' },
  { path: 'etc/passwd', data: 'root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000:App:/home/app:/bin/sh\nsvc:x:1001:1001::/srv:/bin/sh\n' },
  { path: 'etc/group', data: 'root:x:0:\napp:x:1000:\nsvc:x:1001:\nstaff:x:50:app,svc\nwheel:x:10:app\n' },
];
const BASE: LayerEntry[] = [
  { path: 'bin', type: 'dir' },
  { path: 'bin/hello', data: elf(), mode: 0o755 },
  { path: 'usr', type: 'dir' },
  { path: 'usr/bin', type: 'dir' },
  { path: 'usr/bin/old', data: elf(), mode: 0o755 },
  { path: 'usr/bin/setuid', data: elf(), mode: 0o4755 },
  { path: 'opt', type: 'dir' },
  { path: 'opt/lower', data: elf(), mode: 0o755 },
  { path: 'secret', type: 'dir', mode: 0o700, uid: 1001, gid: 1001 },
  { path: 'secret/tool', data: elf(), mode: 0o755, uid: 1001, gid: 1001 },
  { path: 'proc', type: 'dir' },
  { path: 'dev', type: 'dir' },
  { path: 'sys', type: 'dir' },
  ...ETC,
];

interface Case {
  name: string;
  /** Findings both sides must have (so that agreement is not agreement on nothing). */
  expect: string[];
  config: Record<string, unknown>;
  layers: LayerEntry[][];
  top?: Record<string, unknown>;
}

const CASES: Case[] = [
  {
    name: 'whiteouts, an opaque directory, a hard link across layers and a symlink', expect: ['process-cwd-exists/missing /srv'],
    config: { User: 'app', WorkingDir: '/srv', Env: ['FOO=1', 'PATH=/usr/bin:/bin'], Entrypoint: ['/usr/bin/hi'], Cmd: ['--serve'] },
    layers: [
      BASE,
      [
        { path: 'usr/bin/.wh.old' },
        { path: 'opt/.wh..wh..opq' },
        { path: 'opt/upper', data: elf(), mode: 0o755 },
        { path: 'bin/hello2', type: 'hardlink', link: 'bin/hello' },
        { path: 'usr/bin/hi', type: 'symlink', link: '../../bin/hello2' },
      ],
    ],
  },
  { name: 'an entrypoint removed by a later whiteout', expect: ['process-args-executable/missing /usr/bin/old'], config: { Entrypoint: ['/usr/bin/old'] }, layers: [BASE, [{ path: 'usr/bin/.wh.old' }]] },
  { name: 'a script whose interpreter no layer has', expect: ['process-args-interpreter/missing /usr/bin/run'], config: { Cmd: ['/usr/bin/run'] }, layers: [BASE, [{ path: 'usr/bin/run', data: '#!/bin/bash\nexit 0\n', mode: 0o755 }]] },
  { name: 'a program the user may not execute (mode changed by a later layer)', expect: ['process-args-permission/file /bin/hello'], config: { User: 'svc', Entrypoint: ['/bin/hello'] }, layers: [BASE, [{ path: 'bin/hello', data: elf(), mode: 0o700 }]] },
  { name: 'a directory on the way the user may not search', expect: ['process-args-permission/dir /secret'], config: { User: 'app', Entrypoint: ['/secret/tool'] }, layers: [BASE] },
  { name: 'a bare name searched on PATH, and an arm64 program', expect: [], config: { User: '1000:50', Env: ['PATH=/opt:/bin'], Cmd: ['lower'] }, layers: [BASE, [{ path: 'opt/lower', data: elf({ machine: 183 }), mode: 0o755 }]] },
  { name: 'no command at all; a numeric user without an entry', expect: ['process-args-executable/missing'], config: { User: '4242' }, layers: [BASE] },
  { name: 'a working directory that is a file', expect: ['process-cwd-exists/notDir /bin/hello'], config: { WorkingDir: '/bin/hello', Entrypoint: ['/bin/hello'], User: 'root' }, layers: [BASE] },
];

/** [rule, message, rootfs path] of every finding, image-only rules left out, sorted. */
function findings(r: FileResult): string[] {
  return r.diagnostics
    .filter((d) => !d.ruleId.startsWith('image-'))
    .map((d) => `${d.ruleId}/${d.messageId}${d.location.kind === 'rootfs' ? ` ${d.location.path}` : ''}`)
    .sort();
}

function unpack(image: string): string {
  const bundle = path.join(path.dirname(image), 'bundle');
  const rootless = process.getuid?.() === 0 ? [] : ['--rootless'];
  execFileSync('umoci', ['unpack', ...rootless, '--image', `${image}:latest`, bundle], { stdio: 'pipe' });
  return bundle;
}

describe('image mode against umoci unpack', { skip: umoci ? false : 'umoci is not installed' }, () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const image = buildImage(path.join(tempDir(), 'image'), { config: imageConfig(c.config, c.top), layers: c.layers }).dir;
      const bundle = unpack(image);
      const umociConfig = JSON.parse(fs.readFileSync(path.join(bundle, 'config.json'), 'utf8')) as { process: Record<string, unknown> };

      // The rootfs: the same runtime settings on both sides.
      const template = { value: umociConfig as unknown as Record<string, unknown>, name: 'umoci config.json' };
      const fromImage = await lintSource(new ImageBundleSource(new DirStore(image), { template }, image), { rules: allRules, settings });
      const fromBundle = await lintSource(new DirBundleSource(path.join(bundle, 'config.json'), bundle), { rules: allRules, settings });
      assert.equal(fromImage.rootfsChecked, true);
      assert.deepEqual(findings(fromImage), findings(fromBundle));
      for (const e of c.expect) assert.ok(findings(fromImage).includes(e), `${e} in ${findings(fromImage).join(', ')}`);
      // Of the program's own findings, only the expected ones: the tree hides and links as umoci's does.
      assert.deepEqual(findings(fromImage).filter((f) => /^process-(args|cwd)/.test(f)), c.expect.filter((e) => /^process-(args|cwd)/.test(e)));

      // The process section the conversion defines, over ocilint's default template.
      const source = new ImageBundleSource(new DirStore(image), {}, image);
      const ours = JSON.parse(Buffer.from(await source.readConfig(1 << 24)).toString('utf8')) as { process: Record<string, unknown> };
      const pick = (p: Record<string, unknown>) => {
        const user = p['user'] as Record<string, unknown>;
        return { args: p['args'], cwd: p['cwd'], env: p['env'], uid: user['uid'], gid: user['gid'], additionalGids: (user['additionalGids'] as number[] | undefined) ?? [] };
      };
      assert.deepEqual(pick(ours.process), pick(umociConfig.process));
      source.close();
    });
  }
});
