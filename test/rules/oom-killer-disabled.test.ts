import rule from '../../src/rules/oom-killer-disabled.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"linux": {"resources": {"memory": {"disableOOMKiller": true}}}');

testRule(rule, {
  valid: [{ name: 'docker false', config: { linux: { resources: { memory: { disableOOMKiller: false } } } } }],
  invalid: [
    { name: 'no limit', raw: r.raw, errors: [{ messageId: 'noLimit', pointer: '/linux/resources/memory/disableOOMKiller', ...r.at('disableOOMKiller', 'true') }] },
    { name: 'with limit', config: { linux: { resources: { memory: { limit: 1048576, disableOOMKiller: true } } } }, errors: [{ messageId: 'withLimit' }] },
  ],
});
