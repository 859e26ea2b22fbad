import rule from '../../src/rules/masked-paths-missing.js';
import { REQUIRED_MASKED_PATHS } from '../../src/rules/data/default-masked-paths.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"linux": {"namespaces": [{"type": "mount"}], "maskedPaths": ["/proc/kcore"]}');

testRule(rule, {
  valid: [
    { name: 'the defaults', config: { linux: { maskedPaths: [...REQUIRED_MASKED_PATHS] } } },
    { name: 'asound read-only instead (podman)', config: { linux: { maskedPaths: REQUIRED_MASKED_PATHS.filter((p) => p !== '/proc/asound'), readonlyPaths: ['/proc/asound'] } } },
  ],
  invalid: [
    { name: 'most missing', raw: r.raw, errors: [{ messageId: 'missing', pointer: '/linux/maskedPaths', ...r.at('maskedPaths', '["/proc/kcore"]') }] },
    { name: 'empty', config: { linux: { maskedPaths: [] } }, errors: [{ messageId: 'none', pointer: '/linux/maskedPaths' }] },
    { name: 'not set', config: {}, errors: [{ messageId: 'none', pointer: '/linux' }] },
  ],
});
