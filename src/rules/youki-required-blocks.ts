import { defineRule, specUrl } from './api.js';

// youki's container init process takes the linux and process sections as given and fails
// ("no linux in spec", "no process in spec") when either is missing; both are optional in the
// spec. Read in youki's crates/libcontainer/src/process/container_init_process.rs.
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
      missing: 'youki fails without a "{{block}}" block ("no {{block}} in spec"), although the spec allows leaving it out.',
    },
  },
  check(ctx) {
    const config = ctx.object('');
    if (!config || ctx.platforms.has('windows')) return;
    for (const block of ['linux', 'process']) {
      if (!(block in config)) ctx.report({ messageId: 'missing', pointer: '', data: { block } });
    }
  },
});
