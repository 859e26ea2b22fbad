import { defineRule, specUrl } from './api.js';

// youki's container init process takes the linux and process sections as given and fails
// ("no linux in spec", "no process in spec") when either is missing; both are optional in the
// spec. Read in youki's crates/libcontainer/src/process/container_init_process.rs.
const BLOCKS = ['linux', 'process'] as const;

export default defineRule({
  meta: {
    id: 'youki-required-blocks',
    description: 'youki refuses a Linux config without a linux or process block.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configProcess'), level: 'MAY' },
    targets: ['youki'],
    runtimeVersions: 'youki (libcontainer container_init_process.rs)',
    platforms: ['linux'],
    messages: {
      missing: {
        headline: 'The config has no "{{block}}" block, which youki requires',
        detail: 'youki fails without it ("no {{block}} in spec"), although the spec allows leaving it out.',
        help: 'Add a "{{block}}" block.',
      },
    },
  },
  // Runs whether or not the blocks are there: their absence is the finding.
  check(ctx) {
    if (ctx.platforms.has('windows')) return;
    for (const block of BLOCKS) {
      // A block of the wrong type is there all the same. A config that is not a JSON object has a
      // schema finding at its root, which makes every part of it invalid: nothing is judged then.
      if (!ctx.has(ctx.config, block) && ctx.valid(ctx.config, block)) ctx.report({ messageId: 'missing', data: { block } });
    }
  },
});
