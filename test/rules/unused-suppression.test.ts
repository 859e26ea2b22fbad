import rule from '../../src/rules/unused-suppression.js';
import { changedText, testRule } from '../helpers/rule-tester.js';

// Only this rule runs here, so a suppression for any other rule is either unknown to ocilint or
// for a rule that did not run; engine-level behaviour (used vs unused) is in test/engine/.
testRule(rule, {
  valid: [
    { name: 'no annotations', config: {} },
    { name: 'a rule that did not run', config: { annotations: { 'dev.ocilint.ignore/process-cwd-absolute': 'template' } } },
    { name: 'an empty reason is another rule\'s finding', config: { annotations: { 'dev.ocilint.ignore-all': '' } } },
  ],
  invalid: [
    {
      name: 'ignore-all that silences nothing',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"args": ["/bin/sh"], "cwd": "/"},\n  "annotations": {"dev.ocilint.ignore-all": "legacy"}\n}\n',
      errors: [{ messageId: 'unusedAll', pointer: '/annotations/dev.ocilint.ignore-all', line: 5, column: 19, suggestions: ['{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"args": ["/bin/sh"], "cwd": "/"},\n  "annotations": {}\n}\n'] }],
    },
    {
      name: 'a rule that does not exist',
      config: { annotations: { 'dev.ocilint.ignore/process-cwd-absolut': 'typo' } },
      errors: [
        {
          messageId: 'unknownRule',
          pointer: '/annotations/dev.ocilint.ignore~1process-cwd-absolut',
          suggestions: [
            changedText({ annotations: { 'dev.ocilint.ignore/process-cwd-absolute': 'typo' } }, () => {}),
            changedText({ annotations: {} }, () => {}),
          ],
        },
      ],
    },
  ],
});
