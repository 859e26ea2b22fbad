import rule from '../../src/rules/seccomp-missing.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"linux": {"namespaces": [{"type": "mount"}]}');

testRule(rule, {
  valid: [{ name: 'a profile', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ names: ['read'], action: 'SCMP_ACT_ALLOW' }] } } } }],
  invalid: [
    { name: 'absent', raw: r.raw, errors: [{ messageId: 'missing', pointer: '/linux', ...r.at('"linux"', '"linux"') }] },
    { name: 'no linux section', raw: '{"ociVersion": "1.3.0", "root": {"path": "rootfs"}}', errors: [{ messageId: 'missing', pointer: '' }] },
  ],
});
