import rule from '../../src/rules/process-args-interpreter.js';
import { elf, HELLO_ELF } from '../helpers/elf.js';
import type { Tree } from '../helpers/fixture.js';
import { testRule } from '../helpers/rule-tester.js';

// BASE_TREE: /bin/sh is a static ELF program, /usr/bin/app a "#!/bin/sh" script.
const run = (args0: string, extra: Record<string, unknown> = {}) => ({ process: { args: [args0], ...extra } });
const script = (text: string): Tree[string] => ({ file: text, mode: 0o755 });
const LOADER = '/lib64/ld-linux-x86-64.so.2';
const dynamic = (o: Parameters<typeof elf>[0] = {}): Tree[string] => ({ file: elf({ type: 3, interp: LOADER, ...o }), mode: 0o755 });
const withLoader: Tree = { 'lib64/ld-linux-x86-64.so.2': { file: HELLO_ELF, mode: 0o755 } };
const chain = (n: number): Tree => {
  // /bin/s1 runs /bin/s2 ... /bin/sN runs /bin/sh: n scripts in all.
  const t: Tree = {};
  for (let i = 1; i <= n; i++) t[`bin/s${i}`] = script(`#!${i === n ? '/bin/sh' : `/bin/s${i + 1}`}\n`);
  return t;
};
/** An ELF whose program headers lie past the bytes read (e_phoff = 4096): not judged. */
const farHeaders = (): Uint8Array => {
  const b = elf({ type: 3, interp: '/nowhere/ld.so' });
  new DataView(b.buffer, b.byteOffset).setBigUint64(32, 4096n, true);
  return b;
};
const tmpfs = (destination: string, options: string[] = []) => ({ destination, type: 'tmpfs', source: 'tmpfs', options });
const proc = { destination: '/proc', type: 'proc', source: 'proc' };

testRule(rule, {
  valid: [
    { name: 'a static ELF program', config: run('/bin/sh') },
    { name: 'a script run by a static program', config: run('/usr/bin/app') },
    { name: 'a script found along PATH', config: run('app') },
    { name: 'spaces around the interpreter, and an argument', config: run('/bin/x'), files: { 'bin/x': script('#!  /bin/sh   -e  \n') } },
    { name: 'an argument cut off by the 256-byte buffer', config: run('/bin/x'), files: { 'bin/x': script('#!/bin/sh ' + 'x'.repeat(400)) } },
    { name: 'no newline in a short file', config: run('/bin/x'), files: { 'bin/x': script('#!/bin/sh') } },
    { name: 'five nested scripts', config: run('/bin/s1'), files: chain(5) },
    { name: 'a relative interpreter, from process.cwd', config: run('/bin/x', { cwd: '/' }), files: { 'bin/x': script('#!bin/sh\n') } },
    { name: 'a dynamic program and its loader', config: run('/bin/x'), files: { 'bin/x': dynamic(), ...withLoader } },
    { name: 'a loader behind a symlinked directory', config: run('/bin/x'), files: { 'bin/x': dynamic(), lib64: { symlink: 'usr/lib64' }, 'usr/lib64/ld-linux-x86-64.so.2': { file: HELLO_ELF, mode: 0o755 } } },
    { name: 'a 32-bit program and its loader', config: run('/bin/x'), files: { 'bin/x': dynamic({ bits: 32, machine: 3 }), ...withLoader } },
    { name: 'a big-endian program and its loader', config: run('/bin/x'), files: { 'bin/x': dynamic({ bigEndian: true, machine: 22 }), ...withLoader } },
    { name: 'program headers past the bytes read', config: run('/bin/x'), files: { 'bin/x': { file: farHeaders(), mode: 0o755 } } },
    { name: 'ELF magic and nothing more', config: run('/bin/x'), files: { 'bin/x': { file: '\x7fELF', mode: 0o755 } } },
    {
      name: 'an interpreter a bind mount supplies',
      config: { ...run('/bin/x'), mounts: [proc, { destination: '/opt', type: 'bind', source: '/opt', options: ['rbind', 'ro'] }] },
      files: { 'bin/x': script('#!/opt/python/bin/python3\n') },
    },
    {
      name: 'an interpreter under a tmpfs filled by tmpcopyup',
      config: { ...run('/bin/x'), mounts: [proc, tmpfs('/usr', ['tmpcopyup'])] },
      files: { 'bin/x': script('#!/usr/bin/app\n') },
    },
    { name: 'a bare name without PATH is process-args-executable\'s', config: run('x', { env: [] }), files: { 'bin/x': script('#!/nowhere\n') } },
    { name: 'a missing program is process-args-executable\'s', config: run('/bin/nothere') },
    { name: 'a program under a tmpfs is process-args-executable\'s', config: { ...run('/tmp/x'), mounts: [proc, tmpfs('/tmp')] }, files: { 'tmp/x': script('#!/nowhere\n') } },
    { name: 'config only', configOnly: true, config: run('/bin/x'), files: { 'bin/x': script('#!/nowhere\n') } },
  ],
  invalid: [
    {
      name: 'the interpreter is missing',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/",\n    "args": ["/bin/x"]}\n}\n',
      files: { 'bin/x': script('#!/bin/bash\necho hi\n') },
      errors: [{ messageId: 'missing', pointer: '/process/args/0', line: 5, column: 14, rootfsPath: '/bin/x', severity: 'error' }],
    },
    { name: 'Windows line endings', config: run('/bin/x'), files: { 'bin/x': script('#!/bin/sh\r\necho hi\r\n') }, errors: [{ messageId: 'missing', rootfsPath: '/bin/x' }] },
    { name: 'a relative interpreter from another cwd', config: run('/bin/x', { cwd: '/etc' }), files: { 'bin/x': script('#!bin/sh\n') }, errors: [{ messageId: 'missing' }] },
    { name: 'found along PATH', config: run('x', { env: ['PATH=/usr/local/bin:/bin'] }), files: { 'bin/x': script('#!/usr/bin/python3\n') }, errors: [{ messageId: 'missing', rootfsPath: '/bin/x' }] },
    { name: 'the interpreter is a directory', config: run('/bin/x'), files: { 'bin/x': script('#!/usr\n') }, errors: [{ messageId: 'notRegular' }] },
    { name: 'the interpreter has no execute bit', config: run('/bin/x'), files: { 'bin/x': script('#!/bin/tool\n'), 'bin/tool': { file: HELLO_ELF, mode: 0o644 } }, errors: [{ messageId: 'notExecutable' }] },
    { name: 'the interpreter is under a tmpfs', config: { ...run('/bin/x'), mounts: [proc, tmpfs('/usr')] }, files: { 'bin/x': script('#!/usr/bin/app\n') }, errors: [{ messageId: 'underTmpfs' }] },
    { name: 'the interpreter is a symlink loop', config: run('/bin/x'), files: { 'bin/x': script('#!/bin/a\n'), 'bin/a': { symlink: 'b' }, 'bin/b': { symlink: 'a' } }, errors: [{ messageId: 'linkLoop' }] },
    { name: 'six nested scripts', config: run('/bin/s1'), files: chain(6), errors: [{ messageId: 'loop', rootfsPath: '/bin/s6' }] },
    { name: 'a script that names itself', config: run('/bin/x'), files: { 'bin/x': script('#!/bin/x\n') }, errors: [{ messageId: 'loop' }] },
    { name: 'a nested interpreter is missing', config: run('/bin/s1'), files: { ...chain(2), 'bin/s2': script('#!/bin/gone\n') }, errors: [{ messageId: 'missing', rootfsPath: '/bin/s2' }] },
    { name: '"#!" and a newline', config: run('/bin/x'), files: { 'bin/x': script('#!  \necho\n') }, errors: [{ messageId: 'noInterpreter' }] },
    { name: '"#!" alone', config: run('/bin/x'), files: { 'bin/x': script('#!') }, errors: [{ messageId: 'noInterpreter' }] },
    { name: 'an interpreter path longer than the buffer', config: run('/bin/x'), files: { 'bin/x': script('#!/' + 'a'.repeat(300) + '\n') }, errors: [{ messageId: 'truncated' }] },
    { name: 'text without "#!"', config: run('/bin/x'), files: { 'bin/x': script('echo hi\n') }, errors: [{ messageId: 'unknownFormat', rootfsPath: '/bin/x' }] },
    { name: 'an empty file', config: run('/bin/x'), files: { 'bin/x': script('') }, errors: [{ messageId: 'unknownFormat' }] },
    { name: 'an interpreter that is no program', config: run('/bin/x'), files: { 'bin/x': script('#!/bin/data\n'), 'bin/data': script('data\n') }, errors: [{ messageId: 'unknownFormat', rootfsPath: '/bin/data' }] },
    { name: 'a relocatable object', config: run('/bin/x'), files: { 'bin/x': { file: elf({ type: 1 }), mode: 0o755 } }, errors: [{ messageId: 'elfType' }] },
    { name: 'a core dump', config: run('/bin/x'), files: { 'bin/x': { file: elf({ type: 4 }), mode: 0o755 } }, errors: [{ messageId: 'elfType' }] },
    { name: 'the loader is missing', config: run('/bin/x'), files: { 'bin/x': dynamic() }, errors: [{ messageId: 'missing', rootfsPath: '/bin/x' }] },
    { name: 'a 32-bit program without its loader', config: run('/bin/x'), files: { 'bin/x': dynamic({ bits: 32, machine: 3 }) }, errors: [{ messageId: 'missing' }] },
    { name: 'a big-endian program without its loader', config: run('/bin/x'), files: { 'bin/x': dynamic({ bigEndian: true, machine: 22 }) }, errors: [{ messageId: 'missing' }] },
    { name: 'the loader has no execute bit', config: run('/bin/x'), files: { 'bin/x': dynamic(), 'lib64/ld-linux-x86-64.so.2': { file: HELLO_ELF, mode: 0o644 } }, errors: [{ messageId: 'notExecutable' }] },
    { name: 'the loader is a script', config: run('/bin/x'), files: { 'bin/x': dynamic(), 'lib64/ld-linux-x86-64.so.2': script('#!/bin/sh\n') }, errors: [{ messageId: 'loaderNotElf', rootfsPath: LOADER }] },
    { name: 'a script whose interpreter lacks its loader', config: run('/bin/x'), files: { 'bin/x': script('#!/bin/dyn\n'), 'bin/dyn': dynamic() }, errors: [{ messageId: 'missing', rootfsPath: '/bin/dyn' }] },
  ],
});
