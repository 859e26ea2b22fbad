import { defineRule, specUrl } from './api.js';

// config-linux.md "Cgroups path": an absolute path is taken from the cgroup root, a relative one
// from a runtime-defined place. runc and crun with the systemd driver expect instead the form
// "slice:prefix:name" and refuse anything else; with the cgroupfs driver the same string is just an
// odd directory name. Which driver runs is chosen on the runtime's command line, not in the bundle,
// so the rule can only point it out. A ".." component is an error: runc cleans the path, but crun
// 1.8.1 uses it as written and fails (``open `/sys/fs/cgroup/cpuset/a/../../b/cpuset.cpus` ``).
export default defineRule({
  meta: {
    id: 'linux-cgroups-path',
    description: 'Notes a linux.cgroupsPath in systemd form, which only the systemd cgroup driver understands.',
    category: 'runtime',
    defaultSeverity: 'info',
    spec: { url: specUrl('config-linux.md', 'configLinuxCgroupsPath'), level: 'MAY' },
    platforms: ['linux'],
    messages: {
      systemd: {
        headline: 'linux.cgroupsPath "{{value}}" is in systemd form (slice:prefix:name)',
        detail: 'Only a runtime run with the systemd cgroup driver reads this form; with the cgroupfs driver it becomes a directory of that name.',
        help: 'Keep this form for runtimes started with the systemd cgroup driver, and write a plain path for the cgroupfs driver.',
      },
      dotdot: {
        headline: 'linux.cgroupsPath "{{value}}" contains ".."',
        detail: 'runc cleans the ".." away, while crun 1.8.1 uses the path as written and fails to find the cgroup.',
        help: 'Write the path without ".." components.',
        severity: 'error',
      },
    },
  },
  reads: ['linux.cgroupsPath'],
  check(ctx) {
    const linux = ctx.config.linux;
    const value = linux?.cgroupsPath;
    if (linux === undefined || value === undefined) return;
    if (/^[^/:]*:[^/:]*:[^/:]+$/.test(value)) ctx.report({ messageId: 'systemd', node: linux, key: 'cgroupsPath', data: { value } });
    else if (value.split('/').includes('..')) ctx.report({ messageId: 'dotdot', node: linux, key: 'cgroupsPath', data: { value } });
  },
});
