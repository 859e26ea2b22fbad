import rule from '../../src/rules/readonly-paths-missing.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"linux": {"namespaces": [{"type": "mount"}], "readonlyPaths": ["/proc/bus", "/proc/fs"]}');
const all = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'];

testRule(rule, {
  valid: [
    { name: 'the defaults', config: { linux: { readonlyPaths: all } } },
    { name: 'one masked instead', config: { linux: { readonlyPaths: all.slice(0, 4), maskedPaths: ['/proc/sysrq-trigger'] } } },
  ],
  invalid: [
    { name: 'three missing', raw: r.raw, errors: [{ messageId: 'missing', pointer: '/linux/readonlyPaths', ...r.at('readonlyPaths', '["/proc/bus"') }] },
    { name: 'not set', config: {}, errors: [{ messageId: 'none', pointer: '/linux' }] },
  ],
});
