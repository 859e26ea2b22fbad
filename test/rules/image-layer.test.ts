import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import rule from '../../src/rules/image-layer.js';
import { tempDir } from '../helpers/fixture.js';
import { buildImage, found, imageConfig, lintImage, tarOf, type ImageSpec, type LayerEntry } from '../helpers/image.js';
import type { ImageOptions } from '../../src/bundle/image/source.js';

const BIN: LayerEntry[] = [{ path: 'bin', type: 'dir' }, { path: 'bin/sh', data: '#!/bin/sh\n', mode: 0o755 }];

async function lintLayers(layers: ImageSpec['layers'], opts: ImageOptions = {}) {
  const dir = buildImage(path.join(tempDir(), 'img'), { config: imageConfig({ Cmd: ['/bin/sh'] }), layers }).dir;
  return lintImage(dir, [rule], opts);
}

describe('image-layer', () => {
  it('valid: gzip, zstd and plain tar layers, whiteouts and hard links that resolve', async () => {
    const r = await lintLayers([
      { entries: BIN, compression: 'gzip' },
      { entries: [{ path: 'etc', type: 'dir' }, { path: 'etc/x', data: 'x' }], compression: 'zstd' },
      { entries: [{ path: 'etc/.wh.x' }, { path: 'bin/sh2', type: 'hardlink', link: 'bin/sh' }], compression: 'none' },
    ]);
    assert.deepEqual(found(r), []);
    assert.equal(r.rootfsChecked, true);
  });

  it('invalid: a gzip layer whose media type says plain tar', async () => {
    assert.deepEqual(found(await lintLayers([{ entries: BIN, compression: 'gzip', mediaType: 'application/vnd.oci.image.layer.v1.tar' }])), [['image-layer', 'mediaType', '']]);
  });

  it('invalid: corrupt gzip, and a damaged tar; the rootfs is not checked', async () => {
    const gz = gzipSync(tarOf(BIN));
    const cut = gz.subarray(0, gz.length - 20);
    let r = await lintLayers([{ raw: Buffer.concat([cut, Buffer.from('garbage-garbage-garbage')]) }]);
    assert.deepEqual(found(r), [['image-layer', 'corrupt', '']]);
    assert.equal(r.rootfsChecked, false);
    const tar = tarOf(BIN);
    tar.writeUInt8(tar[600]! ^ 0xff, 600); // inside the second header
    r = await lintLayers([{ raw: gzipSync(tar) }]);
    assert.deepEqual(found(r), [['image-layer', 'tar', '']]);
  });

  it('invalid: entries that climb out or are absolute, named', async () => {
    const r = await lintLayers([[...BIN, { path: '../../etc/evil', data: 'x' }, { path: '/etc/abs', data: 'x' }]]);
    assert.deepEqual(found(r).map((f) => f[1]).sort(), ['absolute', 'climbsOut']);
    assert.match(r.diagnostics.find((d) => d.messageId === 'climbsOut')!.message, /"\.\.\/\.\.\/etc\/evil"/);
  });

  it('invalid: a hard link to a file no layer has', async () => {
    assert.deepEqual(found(await lintLayers([[...BIN, { path: 'bin/x', type: 'hardlink', link: 'bin/none' }]])), [['image-layer', 'hardlink', '']]);
  });

  it('invalid: a decompression bomb is stopped at the limit, naming the layer', async () => {
    const zeros = tarOf([{ path: 'big', data: Buffer.alloc(4 * 1024 * 1024) }]);
    const r = await lintLayers([BIN, { raw: gzipSync(zeros) }], { limits: { totalBytes: 2 ** 40, ratio: 10, ratioAfter: 1024 * 1024, entries: 1000 } });
    assert.deepEqual(found(r), [['image-layer', 'bomb', '']]);
    assert.match(r.diagnostics[0]!.message, /layer 2 of 2/);
    assert.equal(r.rootfsChecked, false);
  });

  it('invalid: too many entries is stopped at the limit', async () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ path: `f${i}`, data: '' }));
    const r = await lintLayers([many], { limits: { totalBytes: 2 ** 40, ratio: 1000, ratioAfter: 1 << 30, entries: 20 } });
    assert.deepEqual(found(r), [['image-layer', 'tooManyEntries', '']]);
  });
});
