import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rule from '../../src/rules/linux-seccomp-syscall-name.js';
import { changedText, testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';
import { runCli } from '../helpers/cli.js';

/** The text of the base config with these seccomp rules. */
const seccomp = (syscalls: unknown[]): string => changedText({ linux: { seccomp: { defaultAction: 'SCMP_ACT_ERRNO', syscalls } } }, () => {});

testRule(rule, {
  valid: [
    { name: 'a name in two rules is no repeat', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ names: ['read', 'write'], action: 'SCMP_ACT_ALLOW' }, { names: ['write', 'read'], action: 'SCMP_ACT_LOG' }] } } } },
    { name: 'names from several architectures', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ names: ['read', 'write', '_llseek', 'arm_fadvise64_64', 'clone3', 'socketcall', 'riscv_flush_icache', 'fchmodat2'], action: 'SCMP_ACT_ALLOW' }] } } } },
  ],
  invalid: [
    {
      name: 'a typo',
      raw: rawLinux('{"seccomp": {"defaultAction": "SCMP_ACT_ERRNO", "syscalls": [\n  {"names": ["read", "wrtie"], "action": "SCMP_ACT_ALLOW"}\n]}}'),
      errors: [{ messageId: 'unknown', pointer: '/linux/seccomp/syscalls/0/names/1', line: 8, column: 22, severity: 'warning', suggestions: [rawLinux('{"seccomp": {"defaultAction": "SCMP_ACT_ERRNO", "syscalls": [\n  {"names": ["read", "write"], "action": "SCMP_ACT_ALLOW"}\n]}}')] }],
    },
    { name: 'upper case', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ names: ['SYS_OPENAT'], action: 'SCMP_ACT_ALLOW' }] } } }, errors: [{ messageId: 'unknown', suggestions: [seccomp([{ names: ['openat'], action: 'SCMP_ACT_ALLOW' }])] }] },
    { name: 'listed twice', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ names: ['read', 'read'], action: 'SCMP_ACT_ALLOW' }] } } }, errors: [{ messageId: 'duplicate', severity: 'info' }], output: seccomp([{ names: ['read'], action: 'SCMP_ACT_ALLOW' }]) },
    {
      name: 'repeats in the second of two rules, known and unknown',
      config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ names: ['read', 'nosuch'], action: 'SCMP_ACT_ALLOW' }, { names: ['nosuch', 'read', 'nosuch', 'read'], action: 'SCMP_ACT_LOG' }] } } },
      errors: [
        { messageId: 'unknown', pointer: '/linux/seccomp/syscalls/0/names/1' },
        { messageId: 'unknown', pointer: '/linux/seccomp/syscalls/1/names/0' },
        { messageId: 'duplicate', pointer: '/linux/seccomp/syscalls/1/names/2' },
        { messageId: 'unknown', pointer: '/linux/seccomp/syscalls/1/names/2' },
        { messageId: 'duplicate', pointer: '/linux/seccomp/syscalls/1/names/3' },
      ],
      // The two repeats' removals touch the same comma: the second waits for the next pass.
      output: seccomp([{ names: ['read', 'nosuch'], action: 'SCMP_ACT_ALLOW' }, { names: ['nosuch', 'read'], action: 'SCMP_ACT_LOG' }]),
    },
  ],
});

describe('linux-seccomp-syscall-name on the command line', () => {
  it('names the system call it suggests in the finding\'s help, which a terminal shows with --hints', () => {
    const config = { ociVersion: '1.2.0', root: { path: 'rootfs' }, linux: { seccomp: { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ names: ['opne', 'SYS_READ', 'zzzzzzzz'], action: 'SCMP_ACT_ALLOW' }] } } };
    const r = runCli(['-f', 'json', '-'], { input: JSON.stringify(config) });
    const found = (JSON.parse(r.stdout) as { results: { messages: { ruleId: string; help: string; suggestions: { title: string }[] }[] }[] }).results[0]!.messages.filter((m) => m.ruleId === 'linux-seccomp-syscall-name');
    const named = found.map((m) => ({ help: /"([a-z0-9_]+)"\?$/.exec(m.help)?.[1], suggested: m.suggestions.map((s) => /^Write "(.*)"$/.exec(s.title)?.[1]).find((x) => x !== undefined) }));
    assert.deepEqual(named, [
      { help: 'open', suggested: 'open' },
      { help: 'read', suggested: 'read' },
      { help: undefined, suggested: undefined },
    ]);
  });
});
