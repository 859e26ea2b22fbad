import { defineRule, specUrl } from './api.js';
import { programOf, type Lookup } from './util/program.js';

// The runtime execs args[0] inside the container after pivoting into the rootfs, looking it up as
// util/program.ts describes. runc fails with `exec: "x": executable file not found in $PATH` or
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
    // crun looks the program up only at start, runc already at create; both fail.
    runtimes: {
      missing: { runc: 'refuses', crun: 'refuses' },
      loop: { runc: 'refuses', crun: 'refuses' },
      notRegular: { runc: 'refuses', crun: 'refuses' },
      notExecutable: { runc: 'refuses', crun: 'refuses' },
      noPath: { runc: 'refuses', crun: 'refuses' },
      underTmpfs: { runc: 'refuses', crun: 'refuses' },
    },
    messages: {
      missing: 'process.args[0] "{{value}}" does not exist in the rootfs{{where}}.',
      loop: 'process.args[0] "{{value}}" cannot be resolved in the rootfs: too many levels of symlinks.',
      notRegular: 'process.args[0] "{{value}}" resolves to {{path}}, which is a {{type}}, not a regular file.',
      notExecutable: 'process.args[0] "{{value}}" resolves to {{path}}, which has no execute bit (mode {{mode}}).',
      underTmpfs: 'process.args[0] "{{value}}" is under the tmpfs mounted at {{destination}}, which starts out empty and hides what the rootfs has there.',
      noPath: 'process.args[0] "{{value}}" has no slash and process.env sets no PATH, so runc and crun search nothing and fail (the program is at {{path}}).',
    },
  },
  check(ctx) {
    const program = programOf(ctx);
    if (!program) return;
    const { value, search, found: last } = program;
    const pointer = '/process/args/0';

    if (!search.bare) return reportLookup(last.lookup, last.path);
    if (last.lookup.kind === 'ok' || last.lookup.kind === 'mounted') {
      if (search.pathVar === undefined && last.lookup.kind === 'ok') {
        ctx.report({ messageId: 'noPath', pointer, data: { value, path: last.path }, rootfsPath: last.path });
      }
      return;
    }
    const firstBad = search.tried.find((t) => t.lookup.kind === 'not-regular' || t.lookup.kind === 'not-executable');
    if (firstBad) return reportLookup(firstBad.lookup, firstBad.path);
    ctx.report({
      messageId: 'missing',
      pointer,
      data: { value, where: search.pathVar === undefined ? ' (process.env sets no PATH to search)' : ` (searched PATH ${search.searched.join(':')})` },
    });

    function reportLookup(v: Lookup, path: string): void {
      switch (v.kind) {
        case 'ok':
        case 'mounted':
          return;
        case 'missing':
          return ctx.report({ messageId: 'missing', pointer, data: { value, where: path === value ? '' : ` (looked for ${path})` }, rootfsPath: path });
        case 'empty-mount':
          return ctx.report({ messageId: 'underTmpfs', pointer, data: { value, destination: v.destination }, rootfsPath: path });
        case 'loop':
          return ctx.report({ messageId: 'loop', pointer, data: { value }, rootfsPath: path });
        case 'not-regular':
          return ctx.report({ messageId: 'notRegular', pointer, data: { value, path: v.path, type: v.type }, rootfsPath: path });
        case 'not-executable':
          return ctx.report({ messageId: 'notExecutable', pointer, data: { value, path: v.path, mode: v.mode }, rootfsPath: path });
      }
    }
  },
});
