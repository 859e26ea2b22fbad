import { defineRule, isObject, ptr, specUrl } from './api.js';
import { LINUX_SYSCALLS } from './data/linux-syscalls.js';

// config-linux.md "Seccomp": syscalls[].names are system call names. A name no architecture knows
// is most likely a typo; runc drops it silently and crun prints "unknown seccomp syscall `x`
// ignored", so the rule it belongs to does nothing. A warning, because a kernel newer than our
// list may have added the call. Profiles commonly list calls of every architecture at once, so the
// list is the union over all architectures. An empty name is refused by libseccomp.
export default defineRule({
  meta: {
    id: 'linux-seccomp-syscall-name',
    description: 'Seccomp rules should name system calls that exist on Linux.',
    category: 'runtime',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config-linux.md', 'configLinuxSeccomp'), level: 'MAY' },
    platforms: ['linux'],
    messages: {
      unknown: 'linux.seccomp.syscalls[{{index}}].names[{{n}}] "{{name}}" is not a Linux system call on any architecture; runtimes ignore it.{{hint}}',
      duplicate: 'linux.seccomp.syscalls[{{index}}].names[{{n}}] "{{name}}" is listed twice in the same rule.',
    },
  },
  check(ctx) {
    (ctx.array('/linux/seccomp/syscalls') ?? []).forEach((s, index) => {
      if (!isObject(s) || !Array.isArray(s['names'])) return;
      const names = s['names'] as unknown[];
      // A rule lists hundreds of names: one lookup each finds both a known name and a repeat of
      // it (its mark in `seen` is this rule's), with no set built per rule. Unknown names, rare,
      // keep their own set.
      const mark = nextMark();
      let unknownSeen: Set<string> | undefined;
      for (let n = 0; n < names.length; n++) {
        const name = names[n];
        if (typeof name !== 'string') continue;
        const known = SYSCALL_NUMBER.get(name);
        let repeated: boolean;
        if (known !== undefined) {
          repeated = seen[known] === mark;
          seen[known] = mark;
        } else {
          repeated = (unknownSeen ??= new Set()).has(name);
          unknownSeen.add(name);
        }
        if (repeated) ctx.report({ messageId: 'duplicate', pointer: ptr('linux', 'seccomp', 'syscalls', index, 'names', n), severity: 'info', data: { index, n, name } });
        if (known !== undefined) continue;
        const lower = name.toLowerCase().replace(/^sys_/, '');
        const hint = lower !== name && LINUX_SYSCALLS.has(lower) ? ` Did you mean "${lower}"?` : '';
        ctx.report({ messageId: 'unknown', pointer: ptr('linux', 'seccomp', 'syscalls', index, 'names', n), data: { index, n, name, hint } });
      }
    });
  },
});

/** Each known system call name's position in LINUX_SYSCALLS. */
const SYSCALL_NUMBER = new Map([...LINUX_SYSCALLS].map((name, i) => [name, i]));
/** Per known name, the mark of the last rule that listed it. */
const seen = new Uint32Array(SYSCALL_NUMBER.size);
let lastMark = 0;

function nextMark(): number {
  if (++lastMark === 0xffffffff) {
    seen.fill(0);
    lastMark = 1;
  }
  return lastMark;
}
