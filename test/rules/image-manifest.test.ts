import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import rule from '../../src/rules/image-manifest.js';
import { tempDir } from '../helpers/fixture.js';
import { blobPath, buildImage, found, imageConfig, lintImage, writeBlob, type BuiltImage } from '../helpers/image.js';

function image(config = imageConfig({ Cmd: ['/bin/sh'] })): BuiltImage {
  return buildImage(path.join(tempDir(), 'img'), { config, layers: [[{ path: 'bin', type: 'dir' }]] });
}

const index = (dir: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')) as Record<string, unknown>;
const writeIndex = (dir: string, v: unknown): void => fs.writeFileSync(path.join(dir, 'index.json'), JSON.stringify(v));

describe('image-manifest', () => {
  it('valid: a well-formed layout', async () => {
    assert.deepEqual(found(await lintImage(image().dir, [rule])), []);
  });

  it('invalid: an index that includes itself is a loop, reported and not followed', async () => {
    const img = image();
    // A nested index that lists the image and an index that lists the nested one again.
    const inner = { schemaVersion: 2, manifests: [] as unknown[] };
    const innerBytes = Buffer.from(JSON.stringify(inner));
    const innerDigest = writeBlob(img.dir, innerBytes);
    const outer = { schemaVersion: 2, manifests: [{ mediaType: 'application/vnd.oci.image.index.v1+json', digest: innerDigest, size: innerBytes.length }] };
    // Make the inner index list the outer one: content addressing forbids a true cycle, so the
    // loop is built by rewriting the inner blob after its digest is taken, as a hostile layout can.
    const outerBytes = Buffer.from(JSON.stringify(outer));
    const outerDigest = writeBlob(img.dir, outerBytes);
    fs.writeFileSync(blobPath(img.dir, innerDigest), JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: 'application/vnd.oci.image.index.v1+json', digest: innerDigest, size: innerBytes.length }, ...(index(img.dir)['manifests'] as unknown[])] }));
    writeIndex(img.dir, { schemaVersion: 2, manifests: [{ mediaType: 'application/vnd.oci.image.index.v1+json', digest: outerDigest, size: outerBytes.length }] });
    const r = await lintImage(img.dir, [rule]);
    assert.ok(found(r).some((f) => f[1] === 'loop'), JSON.stringify(found(r)));
  });

  it('invalid: index.json that is not JSON, and a layout without oci-layout', async () => {
    const img = image();
    fs.writeFileSync(path.join(img.dir, 'index.json'), '{"manifests": [');
    assert.deepEqual(found(await lintImage(img.dir, [rule])), [['image-manifest', 'badJson', '']]);
    const other = image();
    fs.rmSync(path.join(other.dir, 'oci-layout'));
    const r = await lintImage(other.dir, [rule]);
    assert.deepEqual(r.diagnostics.map((d) => [d.messageId, d.severity]), [['noLayoutFile', 'warning']]);
  });

  it('invalid: a manifest whose config is not an image config', async () => {
    const img = image();
    const file = blobPath(img.dir, img.manifest);
    const m = JSON.parse(fs.readFileSync(file, 'utf8')) as { config: { mediaType: string } };
    m.config.mediaType = 'application/vnd.example.sbom+json';
    const bytes = Buffer.from(JSON.stringify(m));
    const digest = writeBlob(img.dir, bytes);
    writeIndex(img.dir, { schemaVersion: 2, manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest, size: bytes.length }] });
    assert.deepEqual(found(await lintImage(img.dir, [rule])), [['image-manifest', 'configType', '']]);
  });

  it('invalid: as many diff_ids as layers', async () => {
    const img = image({ ...imageConfig({ Cmd: ['/bin/sh'] }), rootfs: { type: 'layers', diff_ids: [] } });
    assert.deepEqual(found(await lintImage(img.dir, [rule])), [['image-manifest', 'diffIds', '']]);
  });
});
