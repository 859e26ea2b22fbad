import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import rule from '../../src/rules/image-user.js';
import { tempDir } from '../helpers/fixture.js';
import { buildImage, found, imageConfig, lintImage, type LayerEntry } from '../helpers/image.js';

const ETC: LayerEntry[] = [
  { path: 'etc', type: 'dir' },
  { path: 'etc/passwd', data: 'root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n' },
  { path: 'etc/group', data: 'root:x:0:\napp:x:1000:\nwheel:x:10:app\n' },
];

async function lintUser(user: string, layer: LayerEntry[] = ETC) {
  const dir = buildImage(path.join(tempDir(), 'img'), { config: imageConfig({ User: user, Cmd: ['/bin/sh'] }), layers: [layer] }).dir;
  return lintImage(dir, [rule]);
}

describe('image-user', () => {
  it('valid: names and numbers the image has, numbers it lacks, no User', async () => {
    for (const user of ['app', 'app:wheel', '1000', '1000:10', '4242', '4242:4242', 'root', '']) {
      assert.deepEqual(found(await lintUser(user)), [], user);
    }
  });

  it('invalid: an unknown user or group, at Config.User', async () => {
    assert.deepEqual(found(await lintUser('nobody')), [['image-user', 'unknownUser', '/config/User']]);
    assert.deepEqual(found(await lintUser('app:staff')), [['image-user', 'unknownGroup', '/config/User']]);
  });

  it('invalid: a name without /etc/passwd or /etc/group', async () => {
    assert.deepEqual(found(await lintUser('app', [{ path: 'bin', type: 'dir' }])), [['image-user', 'noPasswd', '/config/User']]);
    assert.deepEqual(found(await lintUser('0:wheel', [{ path: 'bin', type: 'dir' }])), [['image-user', 'noGroupFile', '/config/User']]);
  });

  it('the finding names the field and points at it in the image config', async () => {
    const r = await lintUser('nobody');
    const d = r.diagnostics[0]!;
    assert.match(r.filePath, /blobs\/sha256\/[0-9a-f]{64}$/);
    assert.match(d.message, /User "nobody"/);
    assert.equal(d.location.range?.start.line, 1);
    assert.ok((d.location.range?.start.column ?? 0) > 1);
  });
});
