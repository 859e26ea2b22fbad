import rule from '../../src/rules/kata-guest-seccomp.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const SECCOMP = { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ names: ['read', 'write'], action: 'SCMP_ACT_ALLOW' }] };
const r = rawConfig(PROCESS, `"linux": {"seccomp": ${JSON.stringify(SECCOMP)}}`);
const ANNOTATION = 'io.katacontainers.config.runtime.disable_guest_seccomp';

testRule(rule, {
  valid: [
    { name: 'no seccomp filter', targets: ['kata'] },
    { name: 'guest seccomp turned on for the pod', targets: ['kata'], config: { annotations: { [ANNOTATION]: 'false' }, linux: { seccomp: SECCOMP } } },
    { name: 'Go spelling of false', targets: ['kata'], config: { annotations: { [ANNOTATION]: 'F' }, linux: { seccomp: SECCOMP } } },
    { name: 'runc applies the filter', targets: ['runc'], config: { linux: { seccomp: SECCOMP } } },
  ],
  invalid: [
    { name: 'filter under the shipped configuration', targets: ['kata'], raw: r.raw, errors: [{ messageId: 'notApplied', pointer: '/linux/seccomp', severity: 'warning', ...r.at('"seccomp"', '{"defaultAction"') }] },
    { name: 'annotation says true', targets: ['kata'], config: { annotations: { [ANNOTATION]: 'true' }, linux: { seccomp: SECCOMP } }, errors: [{ messageId: 'notApplied', pointer: '/linux/seccomp' }] },
    { name: 'kata beside runc', targets: ['runc', 'kata'], config: { linux: { seccomp: SECCOMP } }, errors: [{ messageId: 'notApplied', severity: 'warning' }] },
  ],
});
