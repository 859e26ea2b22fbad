import rule from '../../src/rules/process-umask.js';
import { changedText, testRule } from '../helpers/rule-tester.js';

const umask = (n: number): string => changedText({ process: { user: { uid: 0, gid: 0, umask: n } } }, () => {});

testRule(rule, {
  valid: [
    { name: '0o022 as 18', config: { process: { user: { uid: 0, gid: 0, umask: 18 } } } },
    { name: '0o777', config: { process: { user: { uid: 0, gid: 0, umask: 511 } } } },
    { name: 'zero', config: { process: { user: { uid: 0, gid: 0, umask: 0 } } } },
    { name: 'before 1.0.2 the field is not checked here', specVersion: '1.0.1', config: { process: { user: { uid: 0, gid: 0, umask: 755 } } } },
  ],
  invalid: [
    {
      name: 'octal digits',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/", "args": ["/bin/sh"],\n    "user": {"uid": 0, "gid": 0, "umask": 755}}\n}\n',
      errors: [{ messageId: 'octalDigits', pointer: '/process/user/umask', line: 5, column: 43, severity: 'warning', suggestions: ['{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/", "args": ["/bin/sh"],\n    "user": {"uid": 0, "gid": 0, "umask": 493}}\n}\n'] }],
    },
    { name: 'too large', config: { process: { user: { uid: 0, gid: 0, umask: 4294967295 } } }, errors: [{ messageId: 'tooLarge', suggestions: [umask(511)] }] },
    { name: '999', config: { process: { user: { uid: 0, gid: 0, umask: 999 } } }, errors: [{ messageId: 'tooLarge', suggestions: [umask(487)] }] },
  ],
});
