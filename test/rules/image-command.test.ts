import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import rule from '../../src/rules/image-command.js';
import { tempDir } from '../helpers/fixture.js';
import { buildImage, found, imageConfig, lintImage } from '../helpers/image.js';

async function lintConfig(config: Record<string, unknown>) {
  const dir = buildImage(path.join(tempDir(), 'img'), { config: imageConfig(config), layers: [[{ path: 'bin', type: 'dir' }]] }).dir;
  return lintImage(dir, [rule]);
}

describe('image-command', () => {
  it('valid: Entrypoint, Cmd, or both', async () => {
    for (const c of [{ Entrypoint: ['/bin/app'] }, { Cmd: ['/bin/app'] }, { Entrypoint: ['/bin/app'], Cmd: ['-v'] }, { Entrypoint: [], Cmd: ['x'] }]) {
      assert.deepEqual(found(await lintConfig(c)), [], JSON.stringify(c));
    }
  });

  it('invalid: both empty, null or absent, at the field or the config object', async () => {
    assert.deepEqual(found(await lintConfig({ Cmd: [] })), [['image-command', 'empty', '/config/Cmd']]);
    assert.deepEqual(found(await lintConfig({ Entrypoint: null, Cmd: null })), [['image-command', 'empty', '/config/Cmd']]);
    assert.deepEqual(found(await lintConfig({ Entrypoint: [] })), [['image-command', 'empty', '/config/Entrypoint']]);
    assert.deepEqual(found(await lintConfig({})), [['image-command', 'empty', '/config']]);
  });
});
