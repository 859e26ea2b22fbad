import { defineRule, specUrl } from './api.js';
import { programOf, type Lookup } from '../model/program.js';

// The runtime execs args[0] inside the container after pivoting into the rootfs, looking it up as
// src/model/program.ts describes. runc fails with `exec: "x": executable file not found in $PATH` or
// `permission denied`; crun with "executable file `x` not found in $PATH". A path under a mount
// destination may be supplied by that mount, so it is not judged from the rootfs, except under
// a plain tmpfs: that starts out empty, and both runtimes fail with "no such file or directory"
// (runtime oracle). Whether the file found can run (its "#!" interpreter or ELF loader) is
// process-args-interpreter's question.

export default defineRule({
  meta: {
    id: 'process-args-executable',
    description: 'process.args[0] must name an executable regular file in the rootfs.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configProcess'), level: 'MUST' },
    platforms: ['linux', 'solaris', 'vm', 'zos', 'freebsd'],
    needsRootfs: true,
    // crun looks the program up only at start, runc already at create; both fail (runtime oracle).
    messages: {
      missing: {
        headline: 'process.args[0] "{{value}}" does not exist in the rootfs{{where}}',
        detail: 'The runtime cannot start the container\'s process: runc fails with "executable file not found", crun with "executable file `{{value}}` not found".',
        help: 'Add the program to the rootfs, or name one that is there.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      loop: {
        headline: 'process.args[0] "{{value}}" cannot be resolved: too many levels of symlinks',
        help: 'Fix the symlinks on the way to the program.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      notRegular: {
        headline: 'process.args[0] "{{value}}" resolves to {{path}}, a {{type}}',
        detail: 'Only a regular file can be executed.',
        help: 'Point process.args[0] at the program file itself.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      notExecutable: {
        headline: 'process.args[0] "{{value}}" resolves to {{path}}, which has no execute bit',
        detail: 'Its mode is {{mode}}: the exec fails with "permission denied".',
        help: 'Give the file an execute bit (chmod +x) in the rootfs.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      underTmpfs: {
        headline: 'process.args[0] "{{value}}" is under the empty tmpfs at {{destination}}',
        detail: 'A tmpfs mount starts out empty and hides what the rootfs has at its destination, so the program is not there when the container starts.',
        help: 'Move the program out from under the mount, or add "tmpcopyup" to the mount\'s options so the runtime copies the rootfs\'s files into it.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      trailingSlash: {
        headline: 'process.args[0] "{{value}}" ends with "/", but {{path}} is a {{type}}',
        detail: 'A path that ends with "/" names a directory, and the exec fails with "not a directory": runc 1.1.5 ("stat {{value}}: not a directory") and crun 1.8.1 ("open executable: Not a directory") refuse the bundle.',
        help: 'Remove the trailing "/".',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      relativePath: {
        headline: 'process.args[0] "{{value}}" is found through the relative PATH entry "{{dir}}"',
        detail: 'runc looks the program up with Go\'s exec.LookPath, which refuses a program found relative to the working directory ("cannot run executable found relative to current directory"); crun runs {{path}}.',
        help: 'Write absolute directories in PATH, or args[0] as a path ("{{path}}").',
        runtimes: { runc: 'refuses', crun: 'accepts' },
      },
      noPath: {
        headline: 'process.args[0] "{{value}}" has no slash, and process.env sets no PATH',
        detail: 'Without PATH, runc and crun search nothing for a bare program name and fail, although the program is at {{path}}.',
        help: 'Write the program as a path ("{{path}}"), or add PATH to process.env.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
    },
  },
  reads: ['process.args'],
  check(ctx) {
    const program = programOf(ctx);
    if (!program) return;
    const { value, search, found: last } = program;
    const place = { node: ctx.config.process!.args!, key: 0 };

    if (!search.bare) return reportLookup(last.lookup, last.path);
    if (last.lookup.kind === 'ok' || last.lookup.kind === 'mounted') {
      if (search.pathVar === undefined && last.lookup.kind === 'ok') {
        ctx.report({ messageId: 'noPath', ...place, data: { value, path: last.path }, rootfsPath: last.path });
      }
      const dir = search.searched[search.tried.length - 1]!;
      if (search.pathVar !== undefined && !dir.startsWith('/')) {
        ctx.report({ messageId: 'relativePath', ...place, data: { value, dir, path: last.path }, rootfsPath: last.path });
      }
      return;
    }
    const firstBad = search.tried.find((t) => t.lookup.kind === 'not-regular' || t.lookup.kind === 'not-executable');
    if (firstBad) return reportLookup(firstBad.lookup, firstBad.path);
    ctx.report({
      messageId: 'missing',
      ...place,
      data: { value, where: search.pathVar === undefined ? ' (process.env sets no PATH to search)' : ` (searched PATH ${search.searched.join(':')})` },
    });

    function reportLookup(v: Lookup, path: string): void {
      switch (v.kind) {
        case 'ok':
        case 'mounted':
          return;
        case 'missing':
          return ctx.report({ messageId: 'missing', ...place, data: { value, where: path === value ? '' : ` (looked for ${path})` }, rootfsPath: path });
        case 'empty-mount':
          return ctx.report({ messageId: 'underTmpfs', ...place, data: { value, destination: v.destination }, rootfsPath: path });
        case 'loop':
          return ctx.report({ messageId: 'loop', ...place, data: { value }, rootfsPath: path });
        case 'not-regular':
          return ctx.report({ messageId: 'notRegular', ...place, data: { value, path: v.path, type: v.type }, rootfsPath: path });
        case 'not-executable':
          return ctx.report({ messageId: 'notExecutable', ...place, data: { value, path: v.path, mode: v.mode }, rootfsPath: path });
        case 'trailing-slash':
          return ctx.report({ messageId: 'trailingSlash', ...place, data: { value, path: v.path, type: v.type }, rootfsPath: path });
      }
    }
  },
});
