import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  acceptingSpans,
  describeRefusals,
  describeSpans,
  NEWEST_RELEASE,
  parseTarget,
  rangeSpans,
  refusingSpans,
  selects,
  targetSet,
  type TargetSelection,
} from '../../src/core/runtimes.js';

const v = (text: string): number => {
  const [a = 0, b = 0, c = 0] = text.split('.').map(Number);
  return a * 1e6 + b * 1e3 + c;
};

function selected(text: string): TargetSelection {
  const s = parseTarget(text);
  assert.equal(typeof s, 'object', `${text}: ${String(s)}`);
  return s as TargetSelection;
}

describe('--target values', () => {
  it('a bare runtime and @latest are its newest known release', () => {
    for (const text of ['runc', 'runc@latest', 'runc@']) {
      const s = selected(text);
      assert.equal(s.runtime, 'runc');
      assert.deepEqual(s.spans, [{ from: v(NEWEST_RELEASE.runc), to: v(NEWEST_RELEASE.runc) + 1 }]);
    }
  });

  it('a release line selects every patch release of it', () => {
    assert.deepEqual(selected('runc@1.2').spans, [{ from: v('1.2.0'), to: v('1.3.0') }]);
    assert.deepEqual(selected('kata@3').spans, [{ from: v('3.0.0'), to: v('4.0.0') }]);
    assert.deepEqual(selected('youki@0.x').spans, [{ from: v('0.0.0'), to: v('1.0.0') }]);
    assert.deepEqual(selected('crun@1.2.x').spans, selected('crun@1.2').spans);
    assert.deepEqual(selected('crun@1.10.x..1.29.x').spans, selected('crun@1.10..1.29').spans);
    assert.deepEqual(selected('crun@1.8.1').spans, [{ from: v('1.8.1'), to: v('1.8.2') }]);
  });

  it('ranges include both ends, and may be open', () => {
    assert.deepEqual(selected('crun@1.8..1.14').spans, [{ from: v('1.8'), to: v('1.15') }]);
    assert.deepEqual(selected('crun@1.15..').spans, [{ from: v('1.15'), to: Infinity }]);
    assert.deepEqual(selected('crun@..1.14').spans, [{ from: 0, to: v('1.15') }]);
  });

  it('says what is wrong with a bad value', () => {
    assert.match(String(parseTarget('runq')), /unknown runtime "runq".*runc, crun, youki, kata/);
    assert.match(String(parseTarget('runc@one')), /bad version "one" in "runc@one"/);
    assert.match(String(parseTarget('runc@1.2.3.4')), /bad version/);
    assert.match(String(parseTarget('crun@1.20..1.8')), /empty version range/);
    assert.match(String(parseTarget('crun@..')), /bad version range/);
  });

  it('merges several values for one runtime', () => {
    const set = targetSet(['runc@1.1', 'runc@1.3', 'crun']);
    assert.deepEqual([...set.names].sort(), ['crun', 'runc']);
    assert.equal(set.releases.get('runc')!.length, 2);
    assert.equal(targetSet(['runc@1.1', 'runc@1.3', 'crun']).key, set.key);
  });
});

describe('verdict ranges', () => {
  it('reads comparators, conjunctions and alternatives', () => {
    assert.deepEqual(rangeSpans('<1.2'), [{ from: 0, to: v('1.2') }]);
    assert.deepEqual(rangeSpans('>=1.2, <1.2.8'), [{ from: v('1.2'), to: v('1.2.8') }]);
    assert.deepEqual(rangeSpans('<=1.1'), [{ from: 0, to: v('1.2') }]);
    assert.deepEqual(rangeSpans('1.1'), [{ from: v('1.1'), to: v('1.2') }]);
    assert.deepEqual(rangeSpans('<1.2.8 || >=1.3 <1.3.3'), [{ from: 0, to: v('1.2.8') }, { from: v('1.3'), to: v('1.3.3') }]);
    assert.throws(() => rangeSpans('before 1.2'), /bad runtime version range/);
  });

  it('tells which selected releases refuse and which run the bundle', () => {
    const verdict = { refuses: '<1.2.8 || >=1.3 <1.3.3' };
    assert.deepEqual(refusingSpans(verdict, selected('runc@1.1').spans), [{ from: v('1.1'), to: v('1.2') }]);
    assert.deepEqual(refusingSpans(verdict, selected('runc@1.4').spans), []);
    assert.deepEqual(acceptingSpans(verdict, selected('runc@1.2').spans), [{ from: v('1.2.8'), to: v('1.3') }]);
    assert.ok(selects(selected('crun@1.8').spans, '<1.14.4'));
    assert.ok(!selects(selected('crun').spans, '<1.14.4'));
  });

  it('names the releases that refuse', () => {
    assert.equal(describeSpans(rangeSpans('<1.2.8 || >=1.3 <1.3.3')), 'before 1.2.8 and 1.3.0 to 1.3.2');
    assert.equal(describeSpans(rangeSpans('>=1.15')), '1.15 and later');
    assert.equal(describeSpans(rangeSpans('1.1')), '1.1');
    assert.equal(describeSpans(rangeSpans('>=1.3 <1.6')), '1.3 to 1.5');
    assert.equal(describeSpans(rangeSpans('>=1.1.14 <1.2')), '1.1.14 and later 1.1 releases');
    assert.equal(describeRefusals({ runc: { refuses: '<1.2' }, crun: 'refuses' }), 'runc before 1.2 and crun');
    assert.equal(describeRefusals({ runc: { refuses: '<1.2' }, crun: 'accepts' }), 'runc before 1.2');
    const targets = new Map([['runc', selected('runc@1.1..1.3').spans]] as const);
    assert.equal(describeRefusals({ runc: { refuses: '<1.2' }, crun: 'refuses' }, targets), 'runc 1.1');
  });
});
