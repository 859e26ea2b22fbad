// The shared-*-namespace rules differ only in the namespace type and wording. They form a group
// (src/engine/group.ts): a config that lacks several namespace entries gets one finding naming
// them all, while each rule keeps its own severity and can be silenced on its own.
//
// Under Kata Containers (`--target kata` alone) a container runs in a VM with its own kernel:
// whatever the config says, it cannot share a namespace with the host. Each rule then says what
// Kata does instead (the `kata` option), with that message's own severity. Those findings are not
// grouped: what Kata does differs from one namespace to the next.

import type { MessageSpec, SecuritySeverity, Severity } from '../../core/types.js';
import { defineRule, type Fixer, type Rule } from '../api.js';
import { addToList } from './fixes.js';
import { confinedByUserns, hostNamespace } from '../../model/namespaces.js';
import { describesKata } from './kata.js';

/** In a user namespace that leaves out the host's root, sharing a host namespace gives no capability in it. */
const USERNS: Pick<MessageSpec, 'cases'> = {
  cases: { userns: { severity: 'info', when: 'when the container has its own user namespace whose uid mappings leave out the host\'s root' } },
};

/** What Kata does when the config shares this namespace with the host. */
export interface KataWording {
  /** No entry of the type (or no linux.namespaces at all). */
  missing: { headline: string; detail: string; help: string; severity: Severity; refuses?: true };
  /** An entry whose path is the host's own namespace. */
  hostPath: { headline: string; detail: string; help: string; severity: Severity; refuses?: true };
}

type Id = 'missing' | 'notSet' | 'hostPath' | 'kataMissing' | 'kataHostPath';

export function sharedNamespaceRule(opts: {
  id: string;
  type: string;
  label: string;
  consequence: string;
  securitySeverity: SecuritySeverity;
  defaultSeverity: Severity;
  kata: KataWording;
}): Rule<Id> {
  const detail = `Sharing the host's ${opts.label} namespace means ${opts.consequence}.`;
  const help = `Add { "type": "${opts.type}" } to linux.namespaces so the runtime creates a new one.`;
  const kata = (w: KataWording['missing']) => ({
    headline: w.headline,
    detail: w.detail,
    help: w.help,
    ...(w.severity !== opts.defaultSeverity && { severity: w.severity }),
    runtimes: { kata: w.refuses ? 'refuses' : 'accepts' } as const,
  });
  return defineRule({
    meta: {
      id: opts.id,
      description: `The container should have its own ${opts.label} namespace instead of sharing the host's.`,
      category: 'security',
      defaultSeverity: opts.defaultSeverity,
      securitySeverity: opts.securitySeverity,
      platforms: ['linux'],
      group: { id: 'shared-namespace', item: `"${opts.type}"` },
      suggests: `adding a new ${opts.label} namespace to linux.namespaces, or leaving out a path that joins the host's (not under \`--target kata\` alone, where the finding only says what Kata does).`,
      messages: {
        missing: {
          headline: `linux.namespaces has no "${opts.type}" entry: the ${opts.label} namespace is the host's`,
          grouped: 'linux.namespaces has no {{items}} entries: the container shares those host namespaces',
          detail,
          help,
          ...USERNS,
        },
        notSet: {
          headline: `linux.namespaces is not set: the ${opts.label} namespace is the host's`,
          grouped: 'linux.namespaces is not set: the container shares the host\'s {{items}} namespaces',
          detail,
          help,
          ...USERNS,
        },
        hostPath: {
          headline: `linux.namespaces entry "${opts.type}" joins {{path}}, the host's ${opts.label} namespace`,
          detail,
          help: `Leave out the path so the runtime creates a new ${opts.label} namespace.`,
          ...USERNS,
        },
        kataMissing: kata(opts.kata.missing),
        kataHostPath: kata(opts.kata.hostPath),
      },
    },
    // Runs whether or not linux.namespaces is there: its absence is the finding.
    check(ctx) {
      const h = hostNamespace(ctx, opts.type);
      if (!h) return;
      // Under Kata alone the finding says what Kata does instead: nothing to change, no suggestion.
      if (describesKata(ctx)) {
        if (h.kind === 'hostPath') return ctx.report({ messageId: 'kataHostPath', node: h.entry.node, key: 'path', data: { path: JSON.stringify(h.path) } });
        return ctx.report({ messageId: 'kataMissing', ...h.at });
      }
      const confined = confinedByUserns(ctx) ? ({ case: 'userns' } as const) : {};
      if (h.kind === 'hostPath') {
        const leave = { title: `Leave out the path: a new ${opts.label} namespace`, edit: (f: Fixer) => f.removeMember(h.entry.node, 'path') };
        return ctx.report({ messageId: 'hostPath', node: h.entry.node, key: 'path', data: { path: JSON.stringify(h.path) }, suggestions: [leave], ...confined });
      }
      // Whether the container may share the namespace is a person's call: a suggestion.
      const entry = { type: opts.type };
      const list = ctx.config.linux?.namespaces;
      const edit = addToList(ctx, list, ['linux', 'namespaces'], [entry]);
      const suggestions = edit ? [{ title: `Add a new ${opts.label} namespace to linux.namespaces`, edit }] : [];
      if (h.kindAt === 'list') return ctx.report({ messageId: 'missing', ...h.at, suggestions, ...confined });
      ctx.report({ messageId: 'notSet', ...h.at, suggestions, ...confined });
    },
  });
}
