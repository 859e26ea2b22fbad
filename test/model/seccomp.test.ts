// Which seccomp entry decides for a system call (src/model/seccomp.ts, decidingRule), pinned: the
// runtimes leave out entries whose action and errno are the default's, and the first of the others
// counts (runc 1.1.5 and crun 1.8.1 with libseccomp 2.5.4, run to the start; the differential
// test's seccomp mutations run Podman's generated profile with such entries).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decidingRule } from '../../src/model/seccomp.js';
import { factsOf } from '../helpers/facts.js';

async function decides(defaultAction: string, syscalls: unknown[], name = 'setns', defaultErrnoRet?: number): Promise<string> {
  const facts = await factsOf({ ociVersion: '1.3.0', linux: { seccomp: { defaultAction, ...(defaultErrnoRet !== undefined && { defaultErrnoRet }), syscalls } } });
  const d = decidingRule(facts, name);
  return d.kind === 'rule' ? `syscalls[${d.rule.index}]` : d.kind;
}

describe('model/seccomp: the entry that decides', () => {
  it('the first entry naming the call counts; later ones are void', async () => {
    assert.equal(await decides('SCMP_ACT_ERRNO', [{ names: ['setns'], action: 'SCMP_ACT_ALLOW' }, { names: ['setns'], action: 'SCMP_ACT_KILL' }]), 'syscalls[0]');
    assert.equal(await decides('SCMP_ACT_ERRNO', [{ names: ['setns'], action: 'SCMP_ACT_KILL' }, { names: ['setns'], action: 'SCMP_ACT_ALLOW' }]), 'syscalls[0]');
  });

  it('an entry with the default action and errno is left out', async () => {
    assert.equal(await decides('SCMP_ACT_ALLOW', [{ names: ['setns'], action: 'SCMP_ACT_ALLOW' }, { names: ['setns'], action: 'SCMP_ACT_ERRNO' }]), 'syscalls[1]');
    assert.equal(await decides('SCMP_ACT_ERRNO', [{ names: ['setns'], action: 'SCMP_ACT_ERRNO', errnoRet: 38 }, { names: ['setns'], action: 'SCMP_ACT_ALLOW' }], 'setns', 38), 'syscalls[1]');
    // An errno not written is EPERM, on both sides.
    assert.equal(await decides('SCMP_ACT_ERRNO', [{ names: ['setns'], action: 'SCMP_ACT_ERRNO', errnoRet: 1 }, { names: ['setns'], action: 'SCMP_ACT_ALLOW' }]), 'syscalls[1]');
  });

  it('the default action with another errno is an action of its own', async () => {
    assert.equal(await decides('SCMP_ACT_ERRNO', [{ names: ['setns'], action: 'SCMP_ACT_ERRNO', errnoRet: 1 }, { names: ['setns'], action: 'SCMP_ACT_ALLOW' }], 'setns', 38), 'syscalls[0]');
  });

  it('no entry: the default; an entry with argument conditions: not known', async () => {
    assert.equal(await decides('SCMP_ACT_ERRNO', [{ names: ['read'], action: 'SCMP_ACT_ALLOW' }]), 'default');
    assert.equal(await decides('SCMP_ACT_ERRNO', [{ names: ['setns'], action: 'SCMP_ACT_ALLOW' }, { names: ['setns'], action: 'SCMP_ACT_KILL', args: [{ index: 1, value: 0, op: 'SCMP_CMP_EQ' }] }]), 'unknown');
  });
});
