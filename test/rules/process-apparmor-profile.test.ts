import rule from '../../src/rules/process-apparmor-profile.js';
import { changedText, testRule } from '../helpers/rule-tester.js';

const prof = (p: string) => ({ process: { apparmorProfile: p } });

testRule(rule, {
  valid: [
    { name: 'docker default', config: prof('docker-default') },
    { name: 'unconfined', config: prof('unconfined') },
    { name: 'path-named profile with a hat', config: prof('/usr/bin/app//child') },
    { name: 'empty', config: prof('') },
  ],
  invalid: [
    {
      name: 'newline',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/", "args": ["/bin/sh"],\n    "apparmorProfile": "a\\nb"}\n}\n',
      errors: [{ messageId: 'control', pointer: '/process/apparmorProfile', line: 5, column: 24, severity: 'error' }],
    },
    { name: 'blanks', config: prof(' docker-default') , errors: [{ messageId: 'blank', severity: 'warning', suggestions: [changedText(prof('docker-default'), () => {})] }] },
    { name: 'kubernetes localhost form', config: prof('localhost/my-profile'), errors: [{ messageId: 'k8sPrefix', severity: 'warning', suggestions: [changedText(prof('my-profile'), () => {})] }] },
    { name: 'kubernetes runtime/default', config: prof('runtime/default'), errors: [{ messageId: 'k8sPrefix' }] },
  ],
});
