import rule from '../../src/rules/linux-intel-rdt.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    { name: 'schemata lines', config: { linux: { intelRdt: { closID: 'guaranteed_group', schemata: ['L3:0=7f0;1=1f', 'L2:0=f;1=f;2=f;3=f', 'MB:0=20;1=70'] } } } },
    { name: 'l3 and mb', config: { linux: { intelRdt: { l3CacheSchema: 'L3:0=ffff0;1=3ff', memBwSchema: 'MB:0=20;1=70' } } } },
  ],
  invalid: [
    {
      name: 'slash in closID',
      raw: rawLinux('{"intelRdt": {\n  "closID": "a/b"\n}}'),
      errors: [{ messageId: 'closID', pointer: '/linux/intelRdt/closID', line: 8, column: 13 }],
    },
    { name: 'dot dot', config: { linux: { intelRdt: { closID: '..' } } }, errors: [{ messageId: 'closID' }] },
    { name: 'default CLOS before 1.3.0', config: { ociVersion: '1.2.0', linux: { intelRdt: { closID: '/' } } }, errors: [{ messageId: 'defaultClos', severity: 'error' }] },
    { name: 'default CLOS in 1.3.0', config: { linux: { intelRdt: { closID: '/' } } }, errors: [{ messageId: 'defaultClos', severity: 'warning' }] },
    // runc refuses any "/" before 1.4.0 and takes "/" alone for the default class from then on.
    { name: 'default CLOS for runc 1.3', targets: ['runc@1.3'], config: { linux: { intelRdt: { closID: '/' } } }, errors: [{ messageId: 'defaultClos', severity: 'error' }] },
    { name: 'default CLOS for runc 1.4', targets: ['runc@1.4'], config: { linux: { intelRdt: { closID: '/' } } }, errors: [{ messageId: 'defaultClos', severity: 'warning' }] },
    { name: 'newline', config: { linux: { intelRdt: { schemata: ['L3:0=f\nMB:0=20'] } } }, errors: [{ messageId: 'newline', pointer: '/linux/intelRdt/schemata/0' }] },
    { name: 'l3 prefix', config: { linux: { intelRdt: { l3CacheSchema: '0=ff' } } }, errors: [{ messageId: 'l3Prefix', severity: 'warning' }] },
    { name: 'not a schemata line', config: { linux: { intelRdt: { schemata: ['MB 20'] } } }, errors: [{ messageId: 'syntax', severity: 'warning' }] },
  ],
});
