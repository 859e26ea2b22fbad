import { defineRule, targetsRelease } from './api.js';
import { runsAsHostRoot } from '../model/namespaces.js';
import { describeSpans, refusingSpans } from '../core/runtimes.js';

// config.md "Linux Process": process.capabilities is OPTIONAL, and what a runtime does without it
// differs. runc 1.1 and 1.2 pass an empty set to libcontainer/capabilities.New and drop every
// capability (init_linux.go: `caps := &configs.Capabilities{}`); runc 1.3 and later pass nil, and
// New(nil) applies nothing (commit 049a5f76, "libct/cap: allow New(nil)"), so the process keeps
// every capability runc's init holds: as root without a user namespace, all of them. youki (every
// 0.x release) drops capabilities only when the config lists them (process/init). crun drops
// every capability (libcrun_set_caps with no capabilities). A non-root process loses them at exec.
const KEEPS = '>=1.3';

export default defineRule({
  meta: {
    id: 'capabilities-missing',
    description: 'A root process should have process.capabilities: without it, runc 1.3 and later and youki leave it every capability.',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'high',
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.0 to 1.5.1, crun 1.29.1 and youki 0.7.0 from source',
    messages: {
      allCapabilities: {
        headline: 'process.capabilities is not set: the root process keeps every capability with {{who}}',
        detail: 'runc 1.3 and later and youki apply no capability set when the config has none, so the process keeps every capability the runtime holds: a privileged container in all but name. runc 1.1 and 1.2 and crun drop every capability instead, so the same config means opposite things on different hosts.',
        help: 'Add process.capabilities with the capabilities the workload needs in bounding, effective and permitted (empty lists drop them all).',
      },
    },
  },
  reads: ['process'],
  check(ctx) {
    const process = ctx.config.process;
    // A non-root process loses its capabilities at exec (and no uid set is uid 0).
    if (!process || ctx.has(process, 'capabilities') || !runsAsHostRoot(ctx)) return;
    const who: string[] = [];
    if (ctx.targets.size === 0) who.push(`runc ${describeSpans(refusingSpans({ refuses: KEEPS }))}`, 'youki');
    else {
      const runc = ctx.targetReleases.get('runc');
      if (runc && targetsRelease(ctx, 'runc', KEEPS)) who.push(`runc ${describeSpans(refusingSpans({ refuses: KEEPS }, runc))}`);
      if (targetsRelease(ctx, 'youki')) who.push('youki');
    }
    if (who.length === 0) return;
    ctx.report({ messageId: 'allCapabilities', node: ctx.config, key: 'process', target: 'key', data: { who: who.join(' and ') } });
  },
});
