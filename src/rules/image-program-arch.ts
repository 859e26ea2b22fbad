import { defineRule } from './api.js';
import { elfMachine } from '../model/exec-format.js';
import { elfBehind, execChainOf, programOf } from '../model/program.js';
import { ELF_MACHINES, machineName } from './data/elf-machines.js';

// An image names the CPU architecture it is for (config.md, "architecture"), and a runtime picks
// the image by it: an arm64 program in an image that says amd64 is pulled onto amd64 machines,
// where the exec fails ("exec format error", runc 1.1.5 and crun 1.8.1 at start) unless a
// binfmt_misc handler emulates it. Judged from the image alone: the ELF file the process runs
// (args[0], or the interpreter its "#!" line leads to) against the image's own architecture.
// host-args-arch judges the same file against the machine (--host-specific).
export default defineRule({
  meta: {
    id: 'image-program-arch',
    description: 'The program an image runs must be built for the architecture the image config names.',
    category: 'runtime',
    defaultSeverity: 'error',
    platforms: ['linux'],
    needsRootfs: true,
    spec: { url: 'https://github.com/opencontainers/image-spec/blob/v1.1.0/config.md#properties', level: 'MUST' },
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    messages: {
      arch: {
        headline: 'process.args[0] "{{value}}" runs {{file}}, built for {{elf}}, in a {{arch}} image',
        detail: 'Runtimes choose the image by its architecture, so it runs on {{arch}} machines, where the exec fails with "exec format error" (runc 1.1.5 and crun 1.8.1, at start) unless a binfmt_misc handler emulates {{elf}}.',
        help: 'Build the image for {{arch}} with programs for {{arch}} (docker buildx --platform), or set its architecture to {{elf}}.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
    },
  },
  reads: ['process.args'],
  check(ctx) {
    const arch = ctx.image?.platform.architecture;
    const program = programOf(ctx);
    const accepted = arch === undefined ? undefined : ELF_MACHINES[arch];
    if (!accepted || !program?.file) return;
    const elf = elfBehind(execChainOf(ctx));
    const machine = elf && elfMachine(elf.head);
    if (!elf || machine === undefined || accepted.includes(machine)) return;
    ctx.report({
      messageId: 'arch',
      node: ctx.config.process!.args!,
      key: 0,
      rootfsPath: elf.path,
      data: { value: program.value, file: elf.path, elf: machineName(machine), arch: arch! },
    });
  },
});
