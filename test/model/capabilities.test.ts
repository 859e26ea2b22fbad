// One answer to each question about capabilities (src/model/capabilities.ts).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CAP_SETS, capabilities, capSet, firstPerName, grantedCaps } from '../../src/model/capabilities.js';
import { ALL_CAPABILITIES } from '../../src/rules/data/capabilities.js';
import { factsOf } from '../helpers/facts.js';

describe('model/capabilities', () => {
  it('lists every named capability set by set, upper-cased as the runtimes read it', async () => {
    const f = await factsOf({ process: { capabilities: { ambient: ['CAP_KILL'], bounding: ['cap_kill', 5], inheritable: ['CAP_CHOWN'] } } });
    assert.deepEqual(capabilities(f).map((c) => [c.set, c.index, c.name, c.written]), [
      ['bounding', 0, 'CAP_KILL', 'cap_kill'],
      ['inheritable', 0, 'CAP_CHOWN', 'CAP_CHOWN'],
      ['ambient', 0, 'CAP_KILL', 'CAP_KILL'],
    ]);
    assert.deepEqual(CAP_SETS, ['bounding', 'effective', 'inheritable', 'permitted', 'ambient']);
  });

  it('reads names as each runtime does: crun in any case, runc in upper case only', async () => {
    // Runtime oracle: runc 1.1.5 warns "ignoring unknown or unavailable capabilities: [cap_kill]";
    // crun 1.8.1 grants it (test/rules/process-capability-sets.test.ts has the consequences).
    const f = await factsOf({ process: { capabilities: { effective: ['CAP_KILL', 'cap_chown'], permitted: ['Cap_Chown'] } } });
    assert.deepEqual(capabilities(f).map((c) => [c.written, c.exact]), [['CAP_KILL', true], ['cap_chown', false], ['Cap_Chown', false]]);
    assert.deepEqual([...capSet(f, 'crun', 'effective')], ['CAP_KILL', 'CAP_CHOWN']);
    assert.deepEqual([...capSet(f, 'crun', 'permitted')], ['CAP_CHOWN']);
    assert.deepEqual([...capSet(f, 'runc', 'effective')], ['CAP_KILL']);
    assert.deepEqual([...capSet(f, 'runc', 'permitted')], []);
    const upper = await factsOf({ process: { capabilities: { effective: ['CAP_KILL'] } } });
    assert.equal(capSet(upper, 'runc', 'effective'), capSet(upper, 'crun', 'effective'), 'every name in upper case: one reading');
  });

  it('what the process can hold: every set but inheritable', async () => {
    const f = await factsOf({ process: { capabilities: { inheritable: ['CAP_SYS_ADMIN'], permitted: ['CAP_KILL'] } } });
    assert.deepEqual([...grantedCaps(f)], ['CAP_KILL']);
  });

  it('one finding per name, at its first entry, naming its sets', async () => {
    const f = await factsOf({ process: { capabilities: { bounding: ['CAP_KILL'], effective: ['CAP_KILL', 'CAP_CHOWN'] } } });
    assert.deepEqual(firstPerName(capabilities(f)).map(({ entry, sets }) => [entry.set, entry.name, sets]), [['bounding', 'CAP_KILL', 'bounding, effective'], ['effective', 'CAP_CHOWN', 'effective']]);
  });

  it('knows the 41 capabilities of Linux 5.9 and later, in kernel order', () => {
    assert.equal(ALL_CAPABILITIES.length, 41);
    assert.equal(ALL_CAPABILITIES[0], 'CAP_CHOWN');
    assert.equal(ALL_CAPABILITIES[40], 'CAP_CHECKPOINT_RESTORE');
  });
});
