import { defineRule, type ReportData } from './api.js';
import { EXEC_HEAD, execFormat } from './util/exec-format.js';
import { cleanPath } from './util/process.js';
import { lookupExecutable, MAX_SCRIPTS, programOf, type Lookup } from './util/program.js';

// Once the runtime has found args[0] (process-args-executable), the kernel's execve decides
// whether it runs: a "#!" script needs its interpreter, a dynamically linked ELF program its
// loader (PT_INTERP), both inside the container's root and executable; anything else is "exec
// format error". runc 1.1.5 and crun 1.8.1 create such a container and fail when it starts
// (runtime oracle, `--run`): runc "exec /bin/hello: no such file or directory", crun "exec
// container process (missing dynamic library?) `/bin/hello`: No such file or directory". The
// kernel follows at most five nested scripts (ELOOP after that), reads 256 bytes of a "#!" line,
// and takes a relative interpreter path from the working directory, process.cwd.

const ELF_TYPES: Record<number, string> = { 0: 'file of no type', 1: 'relocatable object (a .o file)', 4: 'core dump' };

export default defineRule({
  meta: {
    id: 'process-args-interpreter',
    description: 'process.args[0] must be a program the kernel can start: an ELF file whose loader is in the rootfs, or a "#!" script whose interpreter is.',
    category: 'runtime',
    defaultSeverity: 'error',
    platforms: ['linux'],
    needsRootfs: true,
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    // Both create the container and fail at start.
    runtimes: {
      missing: { runc: 'refuses', crun: 'refuses' },
      underTmpfs: { runc: 'refuses', crun: 'refuses' },
      linkLoop: { runc: 'refuses', crun: 'refuses' },
      notRegular: { runc: 'refuses', crun: 'refuses' },
      notExecutable: { runc: 'refuses', crun: 'refuses' },
      loop: { runc: 'refuses', crun: 'refuses' },
      noInterpreter: { runc: 'refuses', crun: 'refuses' },
      truncated: { runc: 'refuses', crun: 'refuses' },
      unknownFormat: { runc: 'refuses', crun: 'refuses' },
      elfType: { runc: 'refuses', crun: 'refuses' },
      loaderNotElf: { runc: 'refuses', crun: 'refuses' },
    },
    messages: {
      missing: 'process.args[0] "{{value}}" runs {{subject}}: no such file in the rootfs{{hint}}, so the exec fails when the container starts ("no such file or directory").',
      underTmpfs: 'process.args[0] "{{value}}" runs {{subject}}: that is under the tmpfs mounted at {{destination}}, which starts out empty, so the exec fails when the container starts ("no such file or directory").',
      linkLoop: 'process.args[0] "{{value}}" runs {{subject}}: that cannot be resolved in the rootfs (too many levels of symlinks), so the exec fails when the container starts.',
      notRegular: 'process.args[0] "{{value}}" runs {{subject}}: that is a {{type}}, not a regular file, so the exec fails when the container starts ("permission denied").',
      notExecutable: 'process.args[0] "{{value}}" runs {{subject}}: that has no execute bit (mode {{mode}}), so the exec fails when the container starts ("permission denied").',
      loop: 'process.args[0] "{{value}}" runs more than {{max}} nested "#!" scripts ({{chain}}), so the kernel gives up when the container starts ("too many levels of symbolic links").',
      noInterpreter: 'process.args[0] "{{value}}" runs the script {{script}}, whose "#!" line names no interpreter, so the exec fails when the container starts.',
      truncated: 'process.args[0] "{{value}}" runs the script {{script}}, whose "#!" line goes past the 256 bytes the kernel reads with the interpreter\'s path still unfinished, so the exec fails when the container starts ("exec format error").',
      unknownFormat: 'process.args[0] "{{value}}" runs {{file}}, which is neither an ELF program nor a "#!" script{{empty}}, so the exec fails when the container starts ("exec format error").',
      elfType: 'process.args[0] "{{value}}" runs {{file}}, an ELF {{elfType}} rather than a program, so the exec fails when the container starts ("exec format error").',
      loaderNotElf: 'process.args[0] "{{value}}" runs the dynamically linked program {{file}}, whose loader {{loader}} is not an ELF file, so the exec fails when the container starts.',
    },
  },
  check(ctx) {
    const program = programOf(ctx);
    const rootfs = ctx.rootfs;
    if (!program || !rootfs) return;
    const { value, cwd, mounts, search, found: { lookup: found } } = program;
    const pointer = '/process/args/0';
    // Not found, or found only by a search the runtimes do not make: process-args-executable's.
    if (found.kind !== 'ok' || (search.bare && search.pathVar === undefined)) return;

    const report = (messageId: Parameters<typeof ctx.report>[0]['messageId'], rootfsPath: string, data: ReportData) =>
      ctx.report({ messageId, pointer, rootfsPath, data: { value, ...data } });
    const chain = [found.path];
    let file = found;
    for (let scripts = 0; ; ) {
      const head = rootfs.readFile(file.path, EXEC_HEAD);
      if (!head) return;
      const format = execFormat(head, file.stat.size);
      const named = chain.length === 1 ? file.path : `${file.path} (the interpreter of ${chain[chain.length - 2]})`;
      switch (format.kind) {
        case 'unknown':
          return;
        case 'other':
          return report('unknownFormat', file.path, { file: named, empty: file.stat.size === 0 ? ' (it is empty)' : '' });
        case 'elf-bad-type':
          return report('elfType', file.path, { file: named, elfType: ELF_TYPES[format.type] ?? `file of type ${format.type}` });
        case 'script-bad':
          return report(format.reason === 'empty' ? 'noInterpreter' : 'truncated', file.path, { script: file.path });
        case 'elf': {
          if (format.loader === undefined) return; // statically linked
          const loader = lookupExecutable(rootfs, pathOf(format.loader), mounts);
          if (loader.kind !== 'ok') return reportLookup(loader, `the dynamically linked program ${named}, whose loader is ${JSON.stringify(format.loader)}`, file.path, format.loader);
          const loaderHead = rootfs.readFile(loader.path, EXEC_HEAD);
          const loaderFormat = loaderHead && execFormat(loaderHead, loader.stat.size);
          if (!loaderFormat || loaderFormat.kind === 'unknown' || loaderFormat.kind === 'elf' || loaderFormat.kind === 'elf-bad-type') return;
          return report('loaderNotElf', loader.path, { file: named, loader: JSON.stringify(format.loader) });
        }
        case 'script': {
          if (format.interpreter === '') return report('noInterpreter', file.path, { script: file.path });
          if (++scripts > MAX_SCRIPTS) return report('loop', file.path, { max: MAX_SCRIPTS, chain: chain.join(' -> ') + ' -> ...' });
          const next = lookupExecutable(rootfs, pathOf(format.interpreter), mounts);
          if (next.kind !== 'ok') return reportLookup(next, `the script ${file.path}, whose "#!" line names ${JSON.stringify(format.interpreter)}`, file.path, format.interpreter);
          chain.push(next.path);
          file = next;
        }
      }
    }

    function pathOf(name: string): string {
      return cleanPath(name.startsWith('/') ? name : `${cwd}/${name}`);
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
      }
    }
  },
});
