import { defineRule, specUrl } from './api.js';
import { writeValue } from './util/fixes.js';

// config-linux.md "Cgroups path": an absolute path is taken from the cgroup root, a relative one
// from a runtime-defined place. runc and crun with the systemd driver expect instead the form
// "slice:prefix:name" and refuse anything else; with the cgroupfs driver the same string is just an
// odd directory name. Which driver runs is chosen on the runtime's command line, not in the bundle,
// so the rule can only point it out. runc cleans the path lexically (specconv, LexicallyCleanPath at
// v1.5.1); crun 1.8.1 uses it as written, so its ".." are resolved by the kernel below the cgroup
// mount. Runtime oracle, runc 1.1.5 and crun 1.8.1 on a cgroup v1 host:
//   "/a/../b", "a/../b": both accept; crun also creates "a", and leaves it behind;
//   "/a/../../b", "/../b": runc accepts ("/b"), crun climbs out of the controller's mount, writes
//                          memory.limit_in_bytes and cgroup.procs as plain files into a new
//                          /sys/fs/cgroup/b on the tmpfs, and fails
//                          (``open `/sys/fs/cgroup/cpuset/a/../../b/cpuset.cpus` ``);
//   "/", "a/..": the root cgroup; both fail to set the container's cgroup up there.
// crun 1.29.1 still joins the path as written (make_cgroup_path, cgroup-cgroupfs.c).
export default defineRule({
  meta: {
    id: 'linux-cgroups-path',
    description: 'linux.cgroupsPath should name a cgroup below the root, in a form the cgroup driver reads.',
    category: 'runtime',
    defaultSeverity: 'info',
    spec: { url: specUrl('config-linux.md', 'configLinuxCgroupsPath'), level: 'MAY' },
    platforms: ['linux'],
    fixable: '`--fix` writes a path whose ".." components stay inside the hierarchy as the path they name.',
    messages: {
      systemd: {
        headline: 'linux.cgroupsPath "{{value}}" is in systemd form (slice:prefix:name)',
        detail: 'Only a runtime run with the systemd cgroup driver reads this form; with the cgroupfs driver it becomes a directory of that name.',
        help: 'Keep this form for runtimes started with the systemd cgroup driver, and write a plain path for the cgroupfs driver.',
      },
      dotdot: {
        headline: 'linux.cgroupsPath "{{value}}" climbs above the cgroup root with ".."',
        detail: 'runc cleans the path first and reads "{{clean}}". crun uses it as written: the ".." lead out of the cgroup mounts, where crun writes the limits into plain files and then fails.',
        help: 'Write the path without ".." components.',
        severity: 'error',
        runtimes: { runc: 'accepts', crun: 'refuses' },
      },
      dotdotInside: {
        headline: 'linux.cgroupsPath "{{value}}" contains "..", and names "{{clean}}"',
        detail: 'runc cleans the path first; crun 1.8.1 creates each directory as written, so it also leaves an empty cgroup behind for each component a ".." steps out of.',
        help: 'Write "{{clean}}".',
      },
      root: {
        headline: 'linux.cgroupsPath "{{value}}" names the root cgroup',
        detail: 'The container would have no cgroup of its own: its limits would be set on the root of the hierarchy, which holds the whole host. On a cgroup v1 host runc 1.1.5 and crun 1.8.1 both fail to set it up.',
        help: 'Name a cgroup below the root, or leave cgroupsPath out and let the runtime choose.',
        severity: 'error',
      },
    },
  },
  reads: ['linux.cgroupsPath'],
  check(ctx) {
    const linux = ctx.config.linux;
    const value = linux?.cgroupsPath;
    // An empty path is no path: the runtime chooses.
    if (linux === undefined || value === undefined || value === '') return;
    if (/^[^/:]*:[^/:]*:[^/:]+$/.test(value)) ctx.report({ messageId: 'systemd', node: linux, key: 'cgroupsPath', data: { value } });
    else {
      const { clean, escapes, dotdot } = cleanCgroupPath(value);
      if (escapes) ctx.report({ messageId: 'dotdot', node: linux, key: 'cgroupsPath', data: { value, clean } });
      else if (clean === '' || clean === '/') ctx.report({ messageId: 'root', node: linux, key: 'cgroupsPath', data: { value } });
      else if (dotdot) ctx.report({ messageId: 'dotdotInside', node: linux, key: 'cgroupsPath', data: { value, clean }, fix: writeValue(linux, 'cgroupsPath', clean) });
    }
  },
});

/**
 * The path with "." and ".." resolved lexically, as runc reads it (above the root, ".." stays
 * there); whether a ".." climbs above the root, as crun then fails to; whether it has any "..".
 */
function cleanCgroupPath(value: string): { clean: string; escapes: boolean; dotdot: boolean } {
  const parts: string[] = [];
  let escapes = false;
  let dotdot = false;
  for (const c of value.split('/')) {
    if (c === '' || c === '.') continue;
    if (c !== '..') parts.push(c);
    else {
      dotdot = true;
      if (parts.pop() === undefined) escapes = true;
    }
  }
  return { clean: (value.startsWith('/') ? '/' : '') + parts.join('/'), escapes, dotdot };
}
