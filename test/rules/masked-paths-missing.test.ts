import rule from '../../src/rules/masked-paths-missing.js';
import { REQUIRED_MASKED_PATHS } from '../../src/rules/data/default-masked-paths.js';
import { changedText, testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"linux": {"namespaces": [{"type": "mount"}], "maskedPaths": ["/proc/kcore"]}');

/** After the suggestion: the missing paths appended, on the list's one line. */
const withMissing = rawConfig(PROCESS, `"linux": {"namespaces": [{"type": "mount"}], "maskedPaths": [${['/proc/kcore', ...REQUIRED_MASKED_PATHS.filter((p) => p !== '/proc/kcore')].map((p) => JSON.stringify(p)).join(', ')}]}`).raw;

testRule(rule, {
  valid: [
    { name: 'the defaults', config: { linux: { maskedPaths: [...REQUIRED_MASKED_PATHS] } } },
    { name: 'asound read-only instead (podman)', config: { linux: { maskedPaths: REQUIRED_MASKED_PATHS.filter((p) => p !== '/proc/asound'), readonlyPaths: ['/proc/asound'] } } },
  ],
  invalid: [
    { name: 'most missing', raw: r.raw, errors: [{ messageId: 'missing', pointer: '/linux/maskedPaths', ...r.at('maskedPaths', '["/proc/kcore"]'), suggestions: [withMissing] }] },
    { name: 'empty', config: { linux: { maskedPaths: [] } }, errors: [{ messageId: 'none', pointer: '/linux/maskedPaths', suggestions: [changedText({ linux: { maskedPaths: [...REQUIRED_MASKED_PATHS] } }, () => {})] }] },
    { name: 'not set', config: {}, errors: [{ messageId: 'none', pointer: '/linux', suggestions: [changedText({}, (c) => (c.linux.maskedPaths = [...REQUIRED_MASKED_PATHS]))] }] },
  ],
});
