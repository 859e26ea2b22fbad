// Which linux.resources.devices entries cover every device (src/model/devices.ts), pinned here:
// the kernel's device cgroup reads type "a" as all devices with all access and ignores the rest,
// and an entry without a type is of type "a". runc 1.1.5 left "a *:* rwm" in devices.list for
// {type "a", 1:3, "r"}, {type "a", "m"} and {no type, "m"} (created on cgroup v1); crun writes a bare
// "a" for each of them.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allowAllInForce, coversEveryDevice } from '../../src/model/devices.js';
import { factsOf } from '../helpers/facts.js';

describe('model/devices', () => {
  it('an entry of type "a", or of no type, covers every device whatever its numbers and access', async () => {
    const facts = await factsOf({
      ociVersion: '1.3.0',
      linux: {
        resources: {
          devices: [
            { allow: true, type: 'a', major: 1, minor: 3, access: 'r' },
            { allow: true, type: 'a', access: 'm' },
            { allow: true, access: 'm' },
            { allow: false },
            { allow: true, type: 'c', access: 'rwm' },
            { allow: true, type: 'b', major: 8, access: 'm' },
            { allow: true, type: 7, access: 'rwm' },
          ],
        },
      },
    });
    const list = facts.config.linux!.resources!.devices!;
    assert.deepEqual(
      list.map((d) => coversEveryDevice(facts, d!)),
      [true, true, true, true, false, false, false],
    );
  });

  it('the allow-all entry in force: the last one, unless a later entry denies every device', async () => {
    const at = async (devices: unknown[]) => allowAllInForce(await factsOf({ ociVersion: '1.3.0', linux: { resources: { devices } } }));
    assert.equal(await at([{ allow: false }, { allow: true, type: 'c', major: 1, minor: 3, access: 'rw' }]), undefined);
    assert.equal(await at([{ allow: true, access: 'rwm' }, { allow: false, access: 'rwm' }]), undefined);
    assert.equal(await at([{ allow: true }, { allow: false, type: 'a', major: 1, minor: 3 }, { allow: true, type: 'a', access: 'm' }]), 2);
    assert.equal(await at([{ allow: true }, { allow: false, type: 'c', access: 'rwm' }]), 0);
    assert.equal(await at([]), undefined);
  });
});
