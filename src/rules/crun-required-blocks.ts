import { defineRule, specUrl } from './api.js';

// crun's check_config_file refuses a Linux config without a "linux", "root" or "mounts" object
// ("invalid config file, no 'mounts' block specified"), although the spec makes all three
// optional. Checked with the runtime oracle for linux and mounts.
const BLOCKS = ['linux', 'root', 'mounts'] as const;

export default defineRule({
  meta: {
    id: 'crun-required-blocks',
    description: 'crun refuses a config without a linux, root or mounts block.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configPlatformSpecificConfiguration'), level: 'MAY' },
    targets: ['crun'],
    runtimeVersions: 'crun 1.8.1',
    platforms: ['linux'],
    messages: {
      missing: {
        headline: 'The config has no "{{block}}" block, which crun requires',
        detail: 'crun refuses the bundle ("invalid config file, no \'{{block}}\' block specified"), although the spec allows leaving the block out.',
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
