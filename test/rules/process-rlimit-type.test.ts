import rule from '../../src/rules/process-rlimit-type.js';
import { changedText, testRule } from '../helpers/rule-tester.js';

const rl = (type: string) => ({ type, soft: 1, hard: 1 });

const limits = (types: string[]): string => changedText({ process: { rlimits: types.map(rl) } }, () => {});

testRule(rule, {
  valid: [
    { name: 'all 16 Linux names', config: { process: { rlimits: ['AS', 'CORE', 'CPU', 'DATA', 'FSIZE', 'LOCKS', 'MEMLOCK', 'MSGQUEUE', 'NICE', 'NOFILE', 'NPROC', 'RSS', 'RTPRIO', 'RTTIME', 'SIGPENDING', 'STACK'].map((n) => rl('RLIMIT_' + n)) } } },
    { name: 'Solaris RLIMIT_VMEM on a Solaris config', config: { linux: undefined, solaris: {}, process: { rlimits: [rl('RLIMIT_VMEM')] } } },
    { name: 'Windows config: not judged', config: { linux: undefined, windows: { layerFolders: ['C:\\l'] }, process: { rlimits: [rl('RLIMIT_WHATEVER')] } } },
  ],
  invalid: [
    {
      name: 'unknown name',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/", "args": ["/bin/sh"],\n    "rlimits": [{"type": "RLIMIT_FOO", "soft": 1, "hard": 1}]}\n}\n',
      errors: [{ messageId: 'unknown', pointer: '/process/rlimits/0/type', line: 5, column: 26 }],
    },
    { name: 'near miss', config: { process: { rlimits: [rl('RLIMIT_NOFILES')] } }, errors: [{ messageId: 'didYouMean', pointer: '/process/rlimits/0/type', suggestions: [limits(['RLIMIT_NOFILE'])] }] },
    {
      name: 'one letter off',
      config: { process: { rlimits: [rl('RLIMIT_NPROCS'), rl('RLIMIT_MEMLOK')] } },
      errors: [
        { messageId: 'didYouMean', suggestions: [limits(['RLIMIT_NPROC', 'RLIMIT_MEMLOK'])] },
        { messageId: 'didYouMean', suggestions: [limits(['RLIMIT_NPROCS', 'RLIMIT_MEMLOCK'])] },
      ],
    },
    { name: 'Solaris-only name on Linux', config: { process: { rlimits: [rl('RLIMIT_NOFILE'), rl('RLIMIT_VMEM')] } }, errors: [{ messageId: 'unknown', pointer: '/process/rlimits/1/type' }] },
    { name: 'Linux-only name on Solaris', config: { linux: undefined, solaris: {}, process: { rlimits: [rl('RLIMIT_RTTIME')] } }, errors: [{ messageId: 'unknown' }] },
  ],
});
