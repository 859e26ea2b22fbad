// What runc writes into the device cgroup for linux.resources.devices entries of type "a" (or of no
// type), against what device-cgroup-allow-all says: each bundle is created (not started) with the
// installed runc, and the container's devices.list read from the cgroup v1 hierarchy. The kernel
// reads a rule of type "a" as every device with every access, so ocilint must report an entry that
// leaves "a *:* rwm" there, and only one. Needs root, runc and a cgroup v1 devices hierarchy;
// skipped otherwise (set OCILINT_ORACLE=0 to skip it on purpose).

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { DirBundleSource } from '../../src/bundle/dir-source.js';
import { lintSources } from '../../src/engine/run.js';
import { allRules } from '../../src/rules/all.js';
import { createContainer, has, helloBundle } from '../helpers/runtimes.js';

const DEVICES = '/sys/fs/cgroup/devices';
const skip =
  process.env['OCILINT_ORACLE'] === '0'
    ? 'OCILINT_ORACLE=0'
    : process.getuid?.() !== 0
      ? 'needs root'
      : !has('runc')
        ? 'runc is not installed'
        : !fs.existsSync(path.join(DEVICES, 'devices.list'))
          ? 'no cgroup v1 devices hierarchy'
          : false;

const CASES: { name: string; entry: Record<string, unknown> }[] = [
  { name: 'type "a" with 1:3 and "r"', entry: { allow: true, type: 'a', major: 1, minor: 3, access: 'r' } },
  { name: 'type "a" with "m"', entry: { allow: true, type: 'a', access: 'm' } },
  { name: 'no type, "m"', entry: { allow: true, access: 'm' } },
  { name: 'type "c" with "m"', entry: { allow: true, type: 'c', access: 'm' } },
  { name: 'type "c" with 1:3 and "rwm"', entry: { allow: true, type: 'c', major: 1, minor: 3, access: 'rwm' } },
];

/** The container's devices.list once runc has created it. */
function devicesList(bundle: string, id: string, cgroup: string): string {
  const container = createContainer('runc', bundle, id);
  try {
    assert.ok(container.ok, `runc create: ${container.output}`);
    return fs.readFileSync(path.join(DEVICES, cgroup, 'devices.list'), 'utf8');
  } finally {
    container.remove();
  }
}

describe('device cgroup entries of type "a", against the devices.list runc leaves', { skip }, () => {
  CASES.forEach(({ name, entry }, i) => {
    it(name, async () => {
      const id = `ocilint-devcg-${process.pid}-${i}`;
      const bundle = helloBundle((config) => {
        config['linux']['cgroupsPath'] = `/${id}`;
        config['linux']['resources'] = { devices: [{ allow: false, access: 'rwm' }, entry] };
      }, 'ocilint-devcg-');

      const [result] = await lintSources([new DirBundleSource(path.join(bundle, 'config.json'), bundle)], { rules: allRules });
      const reported = result!.diagnostics.some((d) => d.ruleId === 'device-cgroup-allow-all');
      const everything = devicesList(bundle, id, id).split('\n').includes('a *:* rwm');
      assert.equal(reported, everything, `runc left ${everything ? '' : 'no '}"a *:* rwm", and ocilint ${reported ? 'reports' : 'does not report'} the entry`);
    });
  });
});
