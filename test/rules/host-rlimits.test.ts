import rule from '../../src/rules/host-rlimits.js';
import { fakeHost } from '../helpers/fake-host.js';
import { testRule } from '../helpers/rule-tester.js';

const limits = [
  'Limit                     Soft Limit           Hard Limit           Units     ',
  'Max cpu time              unlimited            unlimited            seconds   ',
  'Max open files            1024                 4096                 files     ',
  'Max processes             1000                 2000                 processes ',
  '',
].join('\n');
const status = (capEff: string) => ({ type: 'file', content: `Name:\tocilint\nCapEff:\t${capEff}\n` }) as const;
const host = fakeHost({ '/proc/self/limits': { type: 'file', content: limits }, '/proc/self/status': status('0000000000000000') });
const root = fakeHost({ '/proc/self/limits': { type: 'file', content: limits }, '/proc/self/status': status('000001ffffffffff'), '/proc/sys/fs/nr_open': { type: 'file', content: '1048576\n' } });
const rl = (...r: [string, number, number][]) => ({ process: { rlimits: r.map(([type, soft, hard]) => ({ type, soft, hard })) } });

testRule(rule, {
  valid: [
    { name: 'within limits', host, config: rl(['RLIMIT_NOFILE', 1024, 4096], ['RLIMIT_NPROC', 10, 2000]) },
    { name: 'unlimited on the host', host, config: rl(['RLIMIT_CPU', 10, 100000]) },
    { name: 'CAP_SYS_RESOURCE may raise a hard limit', host: root, config: rl(['RLIMIT_NOFILE', 1024, 1048576], ['RLIMIT_NPROC', 10, 99999]) },
  ],
  invalid: [
    {
      name: 'above the hard limit',
      host,
      raw: '{"ociVersion": "1.3.0", "process": {"args": ["/bin/sh"], "cwd": "/",\n "rlimits": [{"type": "RLIMIT_NOFILE", "soft": 1024, "hard": 1048576}]}, "root": {"path": "rootfs"}}\n',
      errors: [{ messageId: 'aboveHard', pointer: '/process/rlimits/0/hard', line: 2, column: 62, severity: 'warning' }],
    },
    { name: 'above fs.nr_open even with CAP_SYS_RESOURCE', host: root, config: rl(['RLIMIT_NOFILE', 1024, 2000000]), errors: [{ messageId: 'aboveNrOpen' }] },
  ],
});
