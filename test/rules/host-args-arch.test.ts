import assert from 'node:assert/strict';
import { it } from 'node:test';
import rule from '../../src/rules/host-args-arch.js';
import { fakeHost, type FakeEntry } from '../helpers/fake-host.js';
import { elf } from '../helpers/elf.js';
import { lintCase, testRule } from '../helpers/rule-tester.js';

// BASE_TREE's /bin/sh is an x86-64 ELF program and /usr/bin/app a "#!/bin/sh" script.
const ARM64 = { file: elf({ machine: 183 }), mode: 0o755 };
const run = (args0: string) => ({ process: { args: [args0] } });
const x86 = fakeHost({ '/proc/sys/fs/binfmt_misc/status': { type: 'file', content: 'enabled\n' } });
const arm = fakeHost({}, 'aarch64');
/** A qemu-user entry as qemu's binfmt script registers it for arm64 ELF programs. */
const qemu = (state: string): FakeEntry => ({
  type: 'file',
  content: `${state}\ninterpreter /usr/libexec/qemu-binfmt/aarch64-binfmt-P\nflags: POCF\noffset 0\nmagic 7f454c460201010000000000000000000200b700\nmask ffffffffffffff00fffffffffffffffffeffffff\n`,
});
const withQemu = (state: string, status = 'enabled') =>
  fakeHost({ '/proc/sys/fs/binfmt_misc/status': { type: 'file', content: status + '\n' }, '/proc/sys/fs/binfmt_misc/register': { type: 'file' }, '/proc/sys/fs/binfmt_misc/qemu-aarch64': qemu(state) });

testRule(rule, {
  valid: [
    { name: "the host's own architecture", host: x86, config: run('/bin/sh') },
    { name: 'a script whose interpreter is for this host', host: x86, config: run('/usr/bin/app') },
    { name: 'a 32-bit x86 program on x86-64 (compat mode, not judged)', host: x86, config: run('/bin/x'), files: { 'bin/x': { file: elf({ bits: 32, machine: 3 }), mode: 0o755 } } },
    { name: 'an arm64 program with an enabled qemu handler', host: withQemu('enabled'), config: run('/bin/x'), files: { 'bin/x': ARM64 } },
    { name: 'an arm64 PIE program: the handler\'s mask lets ET_DYN through', host: withQemu('enabled'), config: run('/bin/x'), files: { 'bin/x': { file: elf({ machine: 183, type: 3 }), mode: 0o755 } } },
    { name: 'an arm64 program on arm64', host: arm, config: run('/bin/x'), files: { 'bin/x': ARM64 } },
    { name: 'a big-endian s390x program on s390x', host: fakeHost({}, 's390x'), config: run('/bin/x'), files: { 'bin/x': { file: elf({ bigEndian: true, machine: 22 }), mode: 0o755 } } },
    { name: 'a host this rule does not know', host: fakeHost({}, 'sparc64'), config: run('/bin/sh') },
    { name: 'not an ELF program: process-args-interpreter\'s', host: x86, config: run('/bin/x'), files: { 'bin/x': { file: 'echo\n', mode: 0o755 } } },
    { name: 'an interpreter that is missing: process-args-interpreter\'s', host: x86, config: run('/bin/x'), files: { 'bin/x': { file: '#!/bin/none\n', mode: 0o755 } } },
  ],
  invalid: [
    {
      name: 'an arm64 program on x86-64',
      host: x86,
      raw: '{"ociVersion": "1.3.0", "root": {"path": "rootfs"},\n "process": {"cwd": "/", "args": ["/bin/x"]}}\n',
      files: { 'bin/x': ARM64 },
      errors: [{ messageId: 'arch', pointer: '/process/args/0', line: 2, column: 35, rootfsPath: '/bin/x', severity: 'error' }],
    },
    { name: 'a script run by an arm64 interpreter', host: x86, config: run('/usr/bin/app'), files: { 'bin/sh': ARM64 }, errors: [{ messageId: 'arch', rootfsPath: '/bin/sh' }] },
    { name: 'an arm64 dynamic program, its loader for this host', host: x86, config: run('/bin/x'), files: { 'bin/x': { file: elf({ machine: 183, type: 3, interp: '/lib/ld.so' }), mode: 0o755 }, 'lib/ld.so': { file: elf(), mode: 0o755 } }, errors: [{ messageId: 'arch', rootfsPath: '/bin/x' }] },
    { name: 'found along PATH', host: x86, config: { process: { args: ['x'], env: ['PATH=/usr/bin:/bin'] } }, files: { 'bin/x': ARM64 }, errors: [{ messageId: 'arch' }] },
    { name: 'an x86-64 program on arm64', host: arm, config: run('/bin/sh'), errors: [{ messageId: 'arch' }] },
    { name: 'the qemu handler is disabled', host: withQemu('disabled'), config: run('/bin/x'), files: { 'bin/x': ARM64 }, errors: [{ messageId: 'arch' }] },
    { name: 'binfmt_misc is disabled as a whole', host: withQemu('enabled', 'disabled'), config: run('/bin/x'), files: { 'bin/x': ARM64 }, errors: [{ messageId: 'arch' }] },
    { name: 'a handler for another architecture', host: withQemu('enabled'), config: run('/bin/x'), files: { 'bin/x': { file: elf({ machine: 243 }), mode: 0o755 } }, errors: [{ messageId: 'arch' }] },
  ],
});

it('host-args-arch does not run without a host view', async () => {
  const { result } = await lintCase(rule, { config: run('/bin/x'), files: { 'bin/x': ARM64 } });
  assert.deepEqual(result.diagnostics.filter((d) => d.ruleId === rule.meta.id), []);
});
