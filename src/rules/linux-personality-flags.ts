import { defineRule, ptr, specUrl } from './api.js';

// config-linux.md "Personality": `flags` exists, but the spec defines no flag values yet. runc and
// crun accept any string there and apply none of them (verified with ADDR_NO_RANDOMIZE), so a flag
// the author relies on silently does nothing.
export default defineRule({
  meta: {
    id: 'linux-personality-flags',
    description: 'linux.personality.flags has no defined values; runtimes ignore whatever is listed.',
    category: 'spec',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config-linux.md', 'configLinuxPersonality'), level: 'MAY' },
    versions: '>=1.0.2',
    platforms: ['linux'],
    messages: {
      ignored: 'linux.personality.flags[{{index}}] "{{value}}" is not a defined flag (the spec defines none yet); runtimes ignore it.',
    },
  },
  check(ctx) {
    (ctx.array('/linux/personality/flags') ?? []).forEach((value, index) => {
      if (typeof value === 'string') ctx.report({ messageId: 'ignored', pointer: ptr('linux', 'personality', 'flags', index), data: { index, value } });
    });
  },
});
