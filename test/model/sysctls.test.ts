// How a linux.sysctl key is read (src/model/sysctls.ts), pinned here: runc and crun take "/" for
// ".", and name the same eight IPC sysctls and fs.mqueue.* as the IPC namespace's.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isIpcSysctl, normalizeSysctl } from '../../src/model/sysctls.js';

describe('model/sysctls', () => {
  it('reads "/" separators as "."', () => {
    assert.equal(normalizeSysctl('net/ipv4/ip_forward'), 'net.ipv4.ip_forward');
    assert.equal(normalizeSysctl('kernel.shmmax'), 'kernel.shmmax');
  });

  it('knows the IPC namespace\'s sysctls', () => {
    const keys = ['kernel.msgmax', 'kernel.sem', 'kernel.shm_rmid_forced', 'fs.mqueue.msg_max', 'kernel.domainname', 'kernel.shmmaxx', 'net.ipv4.ip_forward', 'fs.file-max'];
    assert.deepEqual(keys.map(isIpcSysctl), [true, true, true, true, false, false, false, false]);
  });
});
