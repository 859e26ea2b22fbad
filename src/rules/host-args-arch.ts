import { defineRule } from './api.js';
import { elfMachine } from '../model/exec-format.js';
import { elfBehind, execChainOf, programOf } from '../model/program.js';

// --host-specific: the ELF program the container's process runs (args[0], or the interpreter its
// "#!" line leads to) must be for this host's CPU architecture. The kernel refuses another
// architecture's program with ENOEXEC, unless a binfmt_misc handler (qemu-user, typically)
// matches the file's first bytes. runc 1.1.5 and crun 1.8.1 create the container and fail at
// start: "exec /bin/hello: exec format error" (runtime oracle, an arm64 program on x86-64). The
// 32-bit architecture a 64-bit kernel may run as well (i386 on x86-64, arm on arm64) depends on
// how the kernel was built, so it is not judged.

/** e_machine values, named as image platforms name them. */
const ARCH_NAMES: Record<number, string> = {
  3: '386', 8: 'mips', 20: 'ppc', 21: 'ppc64', 22: 's390x', 40: 'arm', 43: 'sparc64', 62: 'amd64', 183: 'arm64', 243: 'riscv64', 258: 'loong64',
};

/** `uname -m` -> the e_machine values the kernel runs natively or may run in a compat mode. */
const HOST_MACHINES: Record<string, readonly number[]> = {
  x86_64: [62, 3], i686: [3], i386: [3], aarch64: [183, 40], armv7l: [40], armv8l: [40], armv6l: [40],
  s390x: [22], ppc64le: [21], ppc64: [21], riscv64: [243], loongarch64: [258], mips64: [8], mips: [8],
};

const BINFMT = '/proc/sys/fs/binfmt_misc';

export default defineRule({
  meta: {
    id: 'host-args-arch',
    description: "The program process.args[0] runs is built for this host's CPU architecture, or a binfmt_misc handler here runs it.",
    category: 'runtime',
    defaultSeverity: 'error',
    platforms: ['linux'],
    needsRootfs: true,
    hostSpecific: true,
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    messages: {
      arch: {
        headline: 'process.args[0] "{{value}}" runs {{file}}, built for {{arch}}, not {{host}}',
        detail: 'This host has no binfmt_misc handler for the program, so the exec fails when the container starts: runc 1.1.5 and crun 1.8.1 create the container, then fail with "exec format error".',
        help: 'Use a build of the program for {{host}}, or register a binfmt_misc handler (such as qemu-user) for {{arch}} programs on this host.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
    },
  },
  reads: ['process.args'],
  check(ctx) {
    const host = ctx.host;
    const program = programOf(ctx);
    if (!host || !program?.file) return;
    const native = HOST_MACHINES[host.machine()];
    const elf = native && elfBehind(execChainOf(ctx));
    const machine = elf && elfMachine(elf.head);
    if (!elf || machine === undefined || native.includes(machine)) return;
    if (handled(elf.head)) return;
    ctx.report({
      messageId: 'arch',
      node: ctx.config.process!.args!,
      key: 0,
      rootfsPath: elf.path,
      data: { value: program.value, file: elf.path, arch: ARCH_NAMES[machine] ?? `ELF machine ${machine}`, host: host.machine() },
    });

    /** Whether an enabled binfmt_misc entry's magic, under its mask, matches the file's first bytes. */
    function handled(head: Uint8Array): boolean {
      if (host!.readSmallFile(`${BINFMT}/status`, 64)?.trim() === 'disabled') return false;
      for (const name of host!.readdir(BINFMT) ?? []) {
        if (name === 'status' || name === 'register') continue;
        const entry = host!.readSmallFile(`${BINFMT}/${name}`, 4096);
        if (!entry || entry.split('\n')[0]?.trim() !== 'enabled') continue;
        const field = (key: string) => entry.split('\n').find((l) => l.startsWith(key + ' '))?.slice(key.length + 1).trim();
        const magic = field('magic');
        if (magic === undefined) continue; // an extension match: never an ELF program's
        const offset = Number(field('offset') ?? 0);
        const mask = field('mask');
        let match = true;
        for (let i = 0; i * 2 < magic.length; i++) {
          const m = mask === undefined ? 0xff : parseInt(mask.slice(i * 2, i * 2 + 2), 16);
          const b = head[offset + i];
          if (b === undefined || (b & m) !== (parseInt(magic.slice(i * 2, i * 2 + 2), 16) & m)) match = false;
        }
        if (match) return true;
      }
      return false;
    }
  },
});
