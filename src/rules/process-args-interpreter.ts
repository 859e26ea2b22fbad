import { defineRule, type ReportData } from './api.js';
import { execChainOf, MAX_SCRIPTS, programOf, type ExecStep, type Lookup } from '../model/program.js';

// Once the runtime has found args[0] (process-args-executable), the kernel's execve decides
// whether it runs: a "#!" script needs its interpreter, a dynamically linked ELF program its
// loader (PT_INTERP), both inside the container's root and executable; anything else is "exec
// format error". runc 1.1.5 and crun 1.8.1 create such a container and fail when it starts
// (runtime oracle, `--run`): runc "exec /bin/hello: no such file or directory", crun "exec
// container process (missing dynamic library?) `/bin/hello`: No such file or directory". The
// kernel follows at most five nested scripts (ELOOP after that), reads 256 bytes of a "#!" line,
// and takes a relative interpreter path from the working directory, process.cwd.

const ELF_TYPES: Record<number, string> = { 0: 'file of no type', 1: 'relocatable object (a .o file)', 4: 'core dump' };

const AT_START = 'runc 1.1.5 and crun 1.8.1 create the container and fail when it starts.';

export default defineRule({
  meta: {
    id: 'process-args-interpreter',
    description: 'process.args[0] must be a program the kernel can start: an ELF file whose loader is in the rootfs, or a "#!" script whose interpreter is.',
    category: 'runtime',
    defaultSeverity: 'error',
    platforms: ['linux'],
    needsRootfs: true,
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    // Both create the container and fail at start (runtime oracle, `--run`).
    messages: {
      missing: {
        headline: 'process.args[0] "{{value}}" runs {{subject}}: not in the rootfs',
        detail: `There is no such file in the rootfs{{hint}}, so the exec fails ("no such file or directory"). ${AT_START}`,
        help: 'Install the interpreter or loader in the image, or change the "#!" line to one the image has (such as "#!/bin/sh"); convert scripts to Unix line endings.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      underTmpfs: {
        headline: 'process.args[0] "{{value}}" runs {{subject}}: under the empty tmpfs at {{destination}}',
        detail: `A tmpfs mount starts out empty and hides what the rootfs has there, so the exec fails ("no such file or directory"). ${AT_START}`,
        help: 'Move the file out from under the mount, or add "tmpcopyup" to the mount\'s options so the runtime copies the rootfs\'s files into it.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      linkLoop: {
        headline: 'process.args[0] "{{value}}" runs {{subject}}: too many levels of symlinks',
        detail: `It cannot be resolved in the rootfs, so the exec fails. ${AT_START}`,
        help: 'Fix the symlinks on the way to the file.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      notRegular: {
        headline: 'process.args[0] "{{value}}" runs {{subject}}: a {{type}}, not a regular file',
        detail: `The exec fails ("permission denied"). ${AT_START}`,
        help: 'Put the executable file itself at that path.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      notExecutable: {
        headline: 'process.args[0] "{{value}}" runs {{subject}}: it has no execute bit',
        detail: `Its mode is {{mode}}, so the exec fails ("permission denied"). ${AT_START}`,
        help: 'Give the file an execute bit (chmod +x) in the rootfs.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      loop: {
        headline: 'process.args[0] "{{value}}" runs more than {{max}} nested "#!" scripts',
        detail: `The chain is {{chain}}: the kernel gives up ("too many levels of symbolic links"). ${AT_START}`,
        help: 'Make a script of the chain name its final interpreter directly.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      noInterpreter: {
        headline: 'process.args[0] "{{value}}" runs the script {{script}}, whose "#!" line is empty',
        detail: `The "#!" line names no interpreter, so the exec fails. ${AT_START}`,
        help: 'Name the interpreter after "#!", such as "#!/bin/sh".',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      truncated: {
        headline: 'process.args[0] "{{value}}" runs the script {{script}}, whose "#!" line is too long',
        detail: `The line goes past the 256 bytes the kernel reads with the interpreter\'s path still unfinished, so the exec fails ("exec format error"). ${AT_START}`,
        help: 'Shorten the interpreter\'s path on the "#!" line.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      unknownFormat: {
        headline: 'process.args[0] "{{value}}" runs {{file}}, neither ELF nor a "#!" script',
        detail: `The file{{empty}} is not a program the kernel can start, so the exec fails ("exec format error"). ${AT_START}`,
        help: 'Name a program in process.args[0], or start the script with a "#!" line.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      elfType: {
        headline: 'process.args[0] "{{value}}" runs {{file}}, an ELF {{elfType}}',
        detail: `It is not a program, so the exec fails ("exec format error"). ${AT_START}`,
        help: 'Name an ELF executable in process.args[0].',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      loaderNotElf: {
        headline: 'process.args[0] "{{value}}" runs {{file}}, whose loader {{loader}} is not ELF',
        detail: `The program is dynamically linked, and the kernel reads its loader's ELF header, so the exec fails. ${AT_START}`,
        help: 'Copy the program\'s loader and libraries into the image, use an image with the same C library, or link the program statically.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
    },
  },
  reads: ['process.args'],
  check(ctx) {
    // The walk itself is model/program.ts's execChain, shared with process-args-permission and
    // host-args-arch; this rule judges the step it ends on and why it ended.
    const { steps, end } = execChainOf(ctx);
    const program = programOf(ctx);
    const last = steps[steps.length - 1];
    if (!program || !last || end.kind === 'unread') return;
    const { value, cwd } = program;
    const args = ctx.config.process!.args!;
    const report = (messageId: Parameters<typeof ctx.report>[0]['messageId'], rootfsPath: string, data: ReportData) =>
      ctx.report({ messageId, node: args, key: 0, rootfsPath, data: { value, ...data } });
    /** A step as the findings name it: args[0]'s file, or an interpreter with the script that names it. */
    const named = (step: ExecStep): string => {
      const i = steps.indexOf(step);
      return i === 0 ? step.path : `${step.path} (the interpreter of ${steps[i - 1]!.path})`;
    };

    switch (end.kind) {
      case 'loop':
        return report('loop', last.path, { max: MAX_SCRIPTS, chain: steps.map((s) => s.path).join(' -> ') + ' -> ...' });
      case 'loader': {
        // The kernel reads the loader's ELF header; anything else fails the exec.
        const kind = last.format.kind;
        if (kind === 'unknown' || kind === 'elf' || kind === 'elf-bad-type') return;
        const program = steps[steps.length - 2]!;
        return report('loaderNotElf', last.path, { file: named(program), loader: JSON.stringify(loaderOf(program)) });
      }
      case 'lookup': {
        const subject =
          last.format.kind === 'script'
            ? `the script ${last.path}, whose "#!" line names ${JSON.stringify(end.name)}`
            : `the dynamically linked program ${named(last)}, whose loader is ${JSON.stringify(end.name)}`;
        return reportLookup(end.lookup, subject, last.path, end.name);
      }
      case 'format': {
        const f = last.format;
        switch (f.kind) {
          case 'other':
            return report('unknownFormat', last.path, { file: named(last), empty: last.stat.size === 0 ? ' (it is empty)' : '' });
          case 'elf-bad-type':
            return report('elfType', last.path, { file: named(last), elfType: ELF_TYPES[f.type] ?? `file of type ${f.type}` });
          case 'script-bad':
            return report(f.reason === 'empty' ? 'noInterpreter' : 'truncated', last.path, { script: last.path });
          case 'script': // a "#!" line whose name is empty
            return report('noInterpreter', last.path, { script: last.path });
          default: // a static ELF program, or a head this parser cannot read
            return;
        }
      }
    }

    function reportLookup(l: Exclude<Lookup, { kind: 'ok' }>, subject: string, at: string, name: string): void {
      switch (l.kind) {
        case 'mounted':
          return;
        case 'missing': {
          const hint = name.endsWith('\r')
            ? ' (the line ends in a carriage return: the script has Windows line endings)'
            : name.startsWith('/') ? '' : ` (a relative path, taken from process.cwd "${cwd}")`;
          return report('missing', at, { subject, hint });
        }
        case 'loop':
          return report('linkLoop', at, { subject });
        case 'empty-mount':
          return report('underTmpfs', at, { subject, destination: l.destination });
        case 'not-regular':
          return report('notRegular', at, { subject, type: l.type });
        case 'not-executable':
          return report('notExecutable', at, { subject, mode: l.mode });
        case 'trailing-slash':
          // Only args[0] is read with its trailing "/" (process-args-executable reports it).
          return;
      }
    }
  },
});

/** The loader an ELF step names. */
function loaderOf(step: ExecStep): string | undefined {
  return step.format.kind === 'elf' ? step.format.loader : undefined;
}
