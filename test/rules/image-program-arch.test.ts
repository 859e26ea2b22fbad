import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import rule from '../../src/rules/image-program-arch.js';
import { tempDir } from '../helpers/fixture.js';
import { elf } from '../helpers/elf.js';
import { buildImage, found, imageConfig, lintImage } from '../helpers/image.js';

async function lintArch(arch: string, machine: number, viaScript = false) {
  const layer = [
    { path: 'bin', type: 'dir' as const },
    { path: 'bin/app', data: elf({ machine }), mode: 0o755 },
    { path: 'bin/run', data: '#!/bin/app\n', mode: 0o755 },
  ];
  const dir = buildImage(path.join(tempDir(), 'img'), { config: imageConfig({ Entrypoint: [viaScript ? '/bin/run' : '/bin/app'] }, { architecture: arch }), layers: [layer] }).dir;
  return lintImage(dir, [rule]);
}

describe('image-program-arch', () => {
  it('valid: the program is for the image\'s architecture (or its 32-bit one)', async () => {
    assert.deepEqual(found(await lintArch('amd64', 62)), []);
    assert.deepEqual(found(await lintArch('arm64', 183)), []);
    assert.deepEqual(found(await lintArch('amd64', 3)), []);
    assert.deepEqual(found(await lintArch('sparc', 183)), [], 'an architecture ocilint does not know is not judged');
  });

  it('invalid: an arm64 program in an amd64 image, found at Entrypoint[0]', async () => {
    const r = await lintArch('amd64', 183);
    assert.deepEqual(found(r), [['image-program-arch', 'arch', '/bin/app']]);
    const loc = r.diagnostics[0]!.location;
    assert.equal(loc.kind === 'rootfs' && loc.pointer, '/config/Entrypoint/0');
    assert.match(r.diagnostics[0]!.detail ?? '', /\/bin\/app comes from layer 1 of 1 \(sha256:/);
  });

  it('invalid: the interpreter a script runs', async () => {
    assert.deepEqual(found(await lintArch('arm64', 62, true)), [['image-program-arch', 'arch', '/bin/app']]);
  });
});
