import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import rule from '../../src/rules/image-platform.js';
import { tempDir } from '../helpers/fixture.js';
import { buildImage, found, imageConfig, lintImage, type ImageSpec } from '../helpers/image.js';
import type { ImageOptions } from '../../src/bundle/image/source.js';

async function lintTop(top: Record<string, unknown>, extra: Partial<ImageSpec> = {}, opts: ImageOptions = {}) {
  const dir = buildImage(path.join(tempDir(), 'img'), { config: { ...top, config: { Cmd: ['/bin/sh'] } }, layers: [[{ path: 'bin', type: 'dir' }]], ...extra }).dir;
  return lintImage(dir, [rule], opts);
}

describe('image-platform', () => {
  it('valid: a Linux image listed and asked for as what it is', async () => {
    assert.deepEqual(found(await lintTop({ os: 'linux', architecture: 'arm64' }, { platform: { os: 'linux', architecture: 'arm64' } }, { platform: { os: 'linux', architecture: 'arm64' } })), []);
    const dir = buildImage(path.join(tempDir(), 'img'), { config: imageConfig({ Cmd: ['x'] }), layers: [[]] }).dir;
    assert.deepEqual(found(await lintImage(dir, [rule])), []);
  });

  it('invalid: os or architecture missing, at the config top', async () => {
    assert.deepEqual(found(await lintTop({ os: 'linux' })), [['image-platform', 'missing', '']]);
    assert.deepEqual(found(await lintTop({ architecture: 'amd64' })), [['image-platform', 'missing', '']]);
  });

  it('invalid: not Linux', async () => {
    assert.deepEqual(found(await lintTop({ os: 'windows', architecture: 'amd64' })), [['image-platform', 'notLinux', '/os']]);
  });

  it('invalid: listed by the index, or asked for, as another platform, at architecture', async () => {
    assert.deepEqual(found(await lintTop({ os: 'linux', architecture: 'arm64' }, { platform: { os: 'linux', architecture: 'amd64' } })), [['image-platform', 'listed', '/architecture']]);
    assert.deepEqual(
      found(await lintTop({ os: 'linux', architecture: 'arm64' }, { platform: { os: 'linux', architecture: 'amd64' } }, { platform: { os: 'linux', architecture: 'amd64' } })),
      [['image-platform', 'listed', '/architecture']],
    );
  });
});
