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
      missing: 'crun refuses a config without a "{{block}}" block ("invalid config file, no \'{{block}}\' block specified"), although the spec allows it.',
    },
  },
  check(ctx) {
    const config = ctx.object('');
    if (!config || ctx.platforms.has('windows')) return;
    for (const block of BLOCKS) {
      if (!(block in config)) ctx.report({ messageId: 'missing', pointer: '', data: { block } });
    }
  },
});
