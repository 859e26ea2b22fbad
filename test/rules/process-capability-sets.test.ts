import rule from '../../src/rules/process-capability-sets.js';
import { testRule } from '../helpers/rule-tester.js';

const three = ['CAP_AUDIT_WRITE', 'CAP_KILL', 'CAP_NET_BIND_SERVICE'];

testRule(rule, {
  valid: [
    { name: 'all sets equal', config: { process: { capabilities: { bounding: three, effective: three, inheritable: three, permitted: three, ambient: three } } } },
    { name: 'permitted outside bounding is accepted by runtimes', config: { process: { capabilities: { bounding: ['CAP_KILL'], permitted: ['CAP_KILL', 'CAP_CHOWN'], effective: ['CAP_CHOWN'] } } } },
    { name: 'inheritable with no bounding list', config: { process: { capabilities: { inheritable: ['CAP_CHOWN'] } } } },
    { name: 'unknown names are another rule\'s business', config: { process: { capabilities: { effective: ['CAP_FOO'], permitted: [] } } } },
    // runc ignores the effective "cap_kill" (not in upper case); crun reads it, and it is permitted (both run it).
    { name: 'effective in lower case, permitted in upper case', config: { process: { capabilities: { bounding: ['CAP_KILL'], effective: ['cap_kill'], permitted: ['CAP_KILL'] } } } },
  ],
  invalid: [
    {
      name: 'runc spec default: ambient without inheritable, uid 0 (info)',
      config: { process: { user: { uid: 0, gid: 0 }, capabilities: { bounding: three, effective: three, permitted: three, ambient: three } } },
      errors: [{ messageId: 'ambientNotRaised', pointer: '/process/capabilities/ambient', severity: 'info' }],
    },
    {
      name: 'ambient without inheritable for a non-root uid (warning)',
      config: { process: { user: { uid: 1000, gid: 1000 }, capabilities: { bounding: ['CAP_KILL'], permitted: ['CAP_KILL'], ambient: ['CAP_KILL'] } } },
      errors: [{ messageId: 'ambientNotRaised', pointer: '/process/capabilities/ambient/0', severity: 'warning' }],
    },
    {
      name: 'effective outside permitted',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/", "args": ["/bin/sh"], "user": {"uid": 0, "gid": 0},\n    "capabilities": {"effective": ["CAP_KILL", "CAP_CHOWN"], "permitted": ["CAP_KILL"]}}\n}\n',
      errors: [{ messageId: 'effectiveNotPermitted', pointer: '/process/capabilities/effective/1', line: 5, column: 48, severity: 'error' }],
    },
    { name: 'effective with no permitted list', config: { process: { capabilities: { effective: ['CAP_KILL'] } } }, errors: [{ messageId: 'effectiveNotPermitted' }] },
    // Runtime oracle (runc 1.1.5, crun 1.8.1): runc ignores "cap_kill" and aborts ("unable to apply
    // caps"), crun reads it and runs the container; so a warning, an error with --target runc.
    {
      name: 'effective permitted only in lower case',
      config: { process: { capabilities: { bounding: ['CAP_KILL'], effective: ['CAP_KILL'], permitted: ['cap_kill'] } } },
      errors: [{ messageId: 'effectiveSpelling', pointer: '/process/capabilities/effective/0', severity: 'warning' }],
    },
    {
      name: 'effective permitted only in lower case, --target runc',
      config: { process: { capabilities: { bounding: ['CAP_KILL'], effective: ['CAP_KILL'], permitted: ['cap_kill'] } } },
      targets: ['runc'],
      errors: [{ messageId: 'effectiveSpelling', severity: 'error' }],
    },
    // runc ignores the lower-case name and runs the container; crun reads it: capset fails.
    {
      name: 'effective in lower case, not permitted',
      config: { process: { capabilities: { bounding: ['CAP_KILL'], effective: ['cap_kill'], permitted: [] } } },
      errors: [{ messageId: 'effectiveNotPermitted', pointer: '/process/capabilities/effective/0', severity: 'warning' }],
    },
    {
      name: 'inheritable bounded only in lower case',
      config: { process: { capabilities: { bounding: ['cap_kill'], inheritable: ['CAP_KILL'], permitted: [] } } },
      errors: [{ messageId: 'inheritableSpelling', pointer: '/process/capabilities/inheritable/0', severity: 'warning' }],
    },
    {
      name: 'inheritable in lower case, outside bounding, --target crun',
      config: { process: { capabilities: { bounding: ['CAP_CHOWN'], inheritable: ['cap_kill'], permitted: [] } } },
      targets: ['crun'],
      errors: [{ messageId: 'inheritableNotBounding', pointer: '/process/capabilities/inheritable/0', severity: 'error' }],
    },
    {
      name: 'inheritable outside bounding',
      config: { process: { capabilities: { bounding: ['CAP_KILL'], inheritable: ['CAP_CHOWN'], permitted: ['CAP_CHOWN'] } } },
      errors: [{ messageId: 'inheritableNotBounding', pointer: '/process/capabilities/inheritable/0', severity: 'error' }],
    },
  ],
});
