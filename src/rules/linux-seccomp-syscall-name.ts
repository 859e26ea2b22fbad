import { defineRule, specUrl } from './api.js';
import { didYouMean, removeEntry } from './util/fixes.js';
import { closest } from '../core/suggest.js';
import { LINUX_SYSCALLS } from './data/linux-syscalls.js';
import { fieldOf } from '../model/view.js';

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
    fixable: '`--fix` removes a name repeated in the same rule.',
    suggests: 'for an unknown name, the nearest system call.',
    messages: {
      unknown: {
        headline: '{{field}} "{{name}}" is not a Linux system call on any architecture',
        detail: 'Runtimes ignore the name, so the rule does nothing for it: runc drops it silently, crun with a warning ("unknown seccomp syscall ... ignored"). A kernel newer than ocilint\'s list of system calls may have added it.',
        help: 'Correct the name, or remove it.{{hint}}',
      },
      duplicate: {
        headline: '{{field}} "{{name}}" is listed twice in the same rule',
        help: 'Remove the repeated name.',
        severity: 'info',
      },
    },
  },
  reads: ['linux.seccomp.syscalls'],
  check(ctx) {
    for (const s of ctx.config.linux?.seccomp?.syscalls ?? []) {
      const names = s?.names;
      if (!names) continue;
      // A rule lists hundreds of names: one lookup each finds both a known name and a repeat of
      // it (its bit in `seen`, one bit per known name, 30 to a small integer), with no set of
      // strings built per rule. Unknown names, rare, keep their own set.
      const seen: number[] = new Array<number>(SEEN_WORDS).fill(0);
      let unknownSeen: Set<string> | undefined;
      for (let n = 0; n < names.length; n++) {
        const name = names[n];
        if (name === undefined) continue;
        const known = SYSCALL_NUMBER.get(name);
        let repeated: boolean;
        if (known !== undefined) {
          const word = (known / 30) | 0;
          const bit = 1 << known % 30;
          repeated = (seen[word]! & bit) !== 0;
          seen[word]! |= bit;
        } else {
          repeated = (unknownSeen ??= new Set()).has(name);
          unknownSeen.add(name);
        }
        // The same name twice in one rule means what it means once: the repeat goes.
        if (repeated) ctx.report({ messageId: 'duplicate', node: names, key: n, data: { field: fieldOf(names, n), name }, fix: removeEntry(names, n, `the repeated "${name}"`) });
        if (known !== undefined) continue;
        const lower = name.toLowerCase().replace(/^sys_/, '');
        const near = lower !== name && LINUX_SYSCALLS.has(lower) ? lower : closest(name, LINUX_SYSCALLS);
        const hint = near === undefined ? '' : ` Did you mean "${near}"?`;
        ctx.report({ messageId: 'unknown', node: names, key: n, data: { field: fieldOf(names, n), name, hint }, suggestions: didYouMean(names, n, [near]) });
      }
    }
  },
});

/** Each known system call name's position in LINUX_SYSCALLS. */
const SYSCALL_NUMBER = new Map([...LINUX_SYSCALLS].map((name, i) => [name, i]));
const SEEN_WORDS = Math.ceil(SYSCALL_NUMBER.size / 30);
