import rule from '../../src/rules/process-args-nul-byte.js';
import { testRule } from '../helpers/rule-tester.js';

const args = (a: string[]) => ({ process: { args: a } });

// Runtime oracle run to start: runc 1.1.5 fails ("exec /bin/hello: invalid argument"), crun 1.8.1 cuts the argument.
testRule(rule, {
  valid: [{ name: 'plain arguments', config: args(['/bin/hello', 'a', '']) }],
  invalid: [
    { name: 'a NUL in an argument', config: args(['/bin/hello', 'a\u0000b']), errors: [{ messageId: 'nul', pointer: '/process/args/1', severity: 'warning' }] },
    { name: 'a NUL in the program', targets: ['runc'], config: args(['/bin/hello\u0000x']), errors: [{ messageId: 'nul', pointer: '/process/args/0', severity: 'error' }] },
    { name: 'for crun, which cuts it', targets: ['crun'], config: args(['/bin/hello', '\u0000']), errors: [{ messageId: 'nul', severity: 'warning' }] },
  ],
});
