import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import rule from '../../src/rules/image-blob.js';
import { tempDir } from '../helpers/fixture.js';
import { blobPath, buildImage, found, imageConfig, lintImage, tarOf, type BuiltImage } from '../helpers/image.js';

// An engine rule: the image source reports it while it reads the blobs.
function image(): BuiltImage {
  const layer = [{ path: 'bin', type: 'dir' as const }, { path: 'bin/app', data: '#!/bin/sh\n', mode: 0o755 }];
  return buildImage(path.join(tempDir(), 'img'), { config: imageConfig({ Cmd: ['/bin/app'] }), layers: [layer, [{ path: 'etc', type: 'dir' }]] });
}

describe('image-blob', () => {
  it('valid: an image whose blobs all match', async () => {
    const r = await lintImage(image().dir, [rule]);
    assert.deepEqual(found(r), []);
    assert.equal(r.rootfsChecked, true);
  });

  it('invalid: a layer missing; nothing of the rootfs is checked', async () => {
    const img = image();
    fs.rmSync(blobPath(img.dir, img.layers[1]!));
    const r = await lintImage(img.dir, [rule]);
    assert.deepEqual(found(r), [['image-blob', 'missing', '']]);
    assert.match(r.diagnostics[0]!.message, /layer 2 of 2 \(sha256:[0-9a-f]{12}\) of .*img is missing/);
    assert.equal(r.rootfsChecked, false);
  });

  it('invalid: the config missing; there is nothing to lint', async () => {
    const img = image();
    fs.rmSync(blobPath(img.dir, img.config));
    const r = await lintImage(img.dir, [rule]);
    assert.deepEqual(found(r), [['image-blob', 'missing', '']]);
    assert.equal(r.specVersion, undefined);
  });

  it('invalid: a layer whose bytes are not its digest\'s, naming the layer', async () => {
    const img = image();
    const file = blobPath(img.dir, img.layers[0]!);
    const tar = tarOf([{ path: 'bin', type: 'dir' }, { path: 'bin/app', data: '#!/bin/XX\n', mode: 0o755 }]);
    const swapped = gzipSync(tar);
    fs.writeFileSync(file, swapped);
    const r = await lintImage(img.dir, [rule]);
    const ids = found(r).map((f) => f[1]);
    assert.ok(ids.includes('digest'), JSON.stringify(found(r)));
    assert.ok(ids.includes('diffId'));
    assert.match(r.diagnostics.find((d) => d.messageId === 'digest')!.message, /layer 1 of 2/);
  });

  it('invalid: a config whose size is not its descriptor\'s', async () => {
    const img = image();
    const file = blobPath(img.dir, img.config);
    fs.appendFileSync(file, ' ');
    const r = await lintImage(img.dir, [rule]);
    assert.deepEqual(found(r).map((f) => f[1]).sort(), ['digest', 'size']);
  });

  it('a blob that is a FIFO is not opened for reading: no hang', async () => {
    const img = image();
    const file = blobPath(img.dir, img.layers[1]!);
    fs.rmSync(file);
    execFileSync('mkfifo', [file]);
    assert.deepEqual(found(await lintImage(img.dir, [rule])), [['image-blob', 'unreadable', '']]);
  });

  it('a blob that is a symlink is not followed', async () => {
    const img = image();
    const file = blobPath(img.dir, img.config);
    const elsewhere = path.join(path.dirname(img.dir), 'elsewhere');
    fs.renameSync(file, elsewhere);
    fs.symlinkSync(elsewhere, file);
    assert.deepEqual(found(await lintImage(img.dir, [rule])), [['image-blob', 'unreadable', '']]);
  });
});
