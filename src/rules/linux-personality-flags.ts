import { defineRule, specUrl } from './api.js';

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
      ignored: {
        headline: 'linux.personality.flags[{{index}}] "{{value}}" is not a defined flag',
        detail: 'The spec defines no personality flags yet; runc and crun accept any string here and apply none, so the flag has no effect.',
        help: 'Remove the flag; where the behaviour is needed, set it in the process itself (for example with setarch).',
      },
    },
  },
  reads: ['linux.personality'],
  check(ctx) {
    const flags = ctx.config.linux?.personality?.flags;
    flags?.forEach((value, index) => {
      if (value !== undefined) ctx.report({ messageId: 'ignored', node: flags, key: index, data: { index, value } });
    });
  },
});
