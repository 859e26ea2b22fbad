import { defineRule } from './api.js';
import { BASELINE_CAPABILITIES, DANGEROUS_CAPABILITIES } from './data/capabilities.js';
import { capabilities, firstPerName } from '../model/capabilities.js';
import { hasOwn } from './util/own.js';

// The Pod Security Standards baseline allows only a short list of capabilities (the container
// engines' traditional defaults minus NET_RAW). The dangerous ones and CAP_NET_RAW have rules of
// their own (capability-dangerous, capability-net-raw) and are not repeated here.
export default defineRule({
  meta: {
    id: 'capability-beyond-baseline',
    description: 'The process should hold no capability outside the Pod Security Standards baseline set.',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'medium',
    platforms: ['linux'],
    messages: {
      beyond: {
        headline: 'process.capabilities.{{set}}[{{index}}] "{{name}}" is outside the baseline set',
        detail: 'The process holds {{name}} (in {{sets}}), which is not in the Pod Security Standards baseline set: the container engines\' traditional defaults without CAP_NET_RAW.',
        help: 'Remove {{name}} from every set; add back only what the workload needs, and only from the baseline set.',
      },
    },
  },
  reads: ['process.capabilities'],
  check(ctx) {
    const hits = capabilities(ctx).filter(
      (c) => c.set !== 'inheritable' && !BASELINE_CAPABILITIES.includes(c.name) && !hasOwn(DANGEROUS_CAPABILITIES, c.name) && c.name !== 'CAP_NET_RAW',
    );
    for (const { entry, sets } of firstPerName(hits)) {
      ctx.report({ messageId: 'beyond', node: entry.list, key: entry.index, data: { set: entry.set, index: entry.index, name: entry.name, sets } });
    }
  },
});
