import rule from '../../src/rules/solaris-values.js';
import { testRule } from '../helpers/rule-tester.js';

const sol = (solaris: Record<string, unknown>) => ({ linux: undefined, solaris });

testRule(rule, {
  valid: [
    { name: 'documented forms', config: sol({ maxShmMemory: '512m', cappedCPU: { ncpus: '.75' }, cappedMemory: { physical: '1G', swap: '2048' }, anet: [{ linkname: 'net0', configureAllowedAddress: 'true' }] }) },
    { name: 'whole CPUs', config: sol({ cappedCPU: { ncpus: '8' } }) },
  ],
  invalid: [
    {
      name: 'size with a unit word',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "solaris": {"cappedMemory": {"physical": "512 MB"}}\n}\n',
      errors: [{ messageId: 'size', pointer: '/solaris/cappedMemory/physical', line: 4, column: 44, severity: 'warning' }],
    },
    { name: 'percentage for ncpus', config: sol({ cappedCPU: { ncpus: '75%' } }), errors: [{ messageId: 'ncpus' }] },
    { name: 'yes for a boolean', config: sol({ anet: [{ configureAllowedAddress: 'yes' }] }), errors: [{ messageId: 'bool', pointer: '/solaris/anet/0/configureAllowedAddress' }] },
  ],
});
