import { defineRule, specUrl, type Fixer } from './api.js';
import { ALL_CAPABILITIES } from './data/capabilities.js';
import { capabilities } from '../model/capabilities.js';
import { fieldOf } from '../model/view.js';
import { didYouMean } from './util/fixes.js';
import { closest } from '../core/suggest.js';

// config-linux / config.md "Linux Process": capability names are those of capabilities(7). The
// spec asks runtimes to log a warning for a name they cannot map and not to fail, and that is what
// both do (checked): runc 1.1.5 warns "ignoring unknown or unavailable capabilities: [CAP_FOO]",
// crun 1.8.1 warns "unknown cap: `CAP_FOO`". Case is where they part: crun parses names with
// libcap, case-insensitively, and grants `cap_chown`; runc ignores it.
export default defineRule({
  meta: {
    id: 'process-capability-name',
    description: 'process.capabilities entries should be capability names from capabilities(7), written in upper case.',
    category: 'spec',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config.md', 'configLinuxProcess'), level: 'MUST' },
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    fixable: '`--fix` writes a name in lower or mixed case, or without its prefix, as the capability it can only be (`sys_admin` is `CAP_SYS_ADMIN`).',
    suggests: 'for an unknown name, the nearest capability.',
    messages: {
      unknown: {
        headline: '{{field}} "{{value}}" is not a Linux capability',
        detail: 'runc 1.1.5 and crun 1.8.1 ignore it with a warning ("ignoring unknown or unavailable capabilities", "unknown cap").',
        help: 'Use a name from capabilities(7), in upper case with the CAP_ prefix, or remove the entry.',
        runtimes: { runc: 'accepts', crun: 'accepts' },
      },
      wrongCase: {
        headline: '{{field}} "{{value}}" is not in upper case',
        detail: 'runc 1.1.5 ignores it; crun 1.8.1 reads names case-insensitively and grants it.',
        help: 'Write it "{{suggestion}}".',
        runtimes: { runc: 'accepts', crun: 'accepts' },
      },
      noPrefix: {
        headline: '{{field}} "{{value}}" lacks the CAP_ prefix',
        detail: 'runc 1.1.5 and crun 1.8.1 ignore it.',
        help: 'Write it "{{suggestion}}".',
        runtimes: { runc: 'accepts', crun: 'accepts' },
      },
    },
  },
  reads: ['process.capabilities'],
  check(ctx) {
    for (const c of capabilities(ctx)) {
      const value = c.written;
      if (KNOWN.has(value) || !ctx.valid(c.list, c.index)) continue;
      const place = { node: c.list, key: c.index };
      const field = fieldOf(c.list, c.index);
      const upper = value.toUpperCase();
      // A name that is a capability once upper-cased or prefixed can only mean that one: a fix.
      const named = KNOWN.has(upper) ? upper : KNOWN.has('CAP_' + upper) ? 'CAP_' + upper : undefined;
      const fix = named && { title: `Write "${named}"`, edit: (f: Fixer) => f.replaceValue(c.list, c.index, named) };
      if (fix && named === upper) ctx.report({ messageId: 'wrongCase', ...place, data: { field, value, suggestion: upper }, fix });
      else if (fix) ctx.report({ messageId: 'noPrefix', ...place, data: { field, value, suggestion: named! }, fix });
      else {
        const near = closest(upper.startsWith('CAP_') ? upper : 'CAP_' + upper, ALL_CAPABILITIES);
        ctx.report({ messageId: 'unknown', ...place, data: { field, value }, suggestions: didYouMean(c.list, c.index, [near]) });
      }
    }
  },
});

/** The capability names of capabilities(7), for lookups. */
const KNOWN: ReadonlySet<string> = new Set(ALL_CAPABILITIES);
