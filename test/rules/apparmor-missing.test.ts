import assert from 'node:assert/strict';
import { it } from 'node:test';
import rule from '../../src/rules/apparmor-missing.js';
import { presetSeverity } from '../../src/engine/presets.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawConfig } from '../helpers/security.js';

const r = rawConfig('"process": {"cwd": "/", "args": ["/bin/sh"], "user": {"uid": 0, "gid": 0}}');

testRule(rule, {
  valid: [
    { name: 'a profile', config: { process: { apparmorProfile: 'docker-default' } } },
    { name: 'no process', raw: '{"ociVersion": "1.3.0", "root": {"path": "rootfs"}}' },
  ],
  invalid: [{ name: 'absent', raw: r.raw, errors: [{ messageId: 'missing', pointer: '/process', ...r.at('"process"', '"process"') }] }],
});

it('apparmor-missing runs only with --preset all (it depends on the host)', () => {
  assert.equal(presetSeverity(rule.meta, 'recommended'), 'off');
  assert.equal(presetSeverity(rule.meta, 'restricted'), 'off');
  assert.equal(presetSeverity(rule.meta, 'all'), 'info');
});
