import { displayPath, pointerFrom } from '../json/pointer.js';
import { modelEvents } from './util/model-events.js';
import { defineRule, type Fixer } from './api.js';
import { isRecord, rawAt } from '../model/loc.js';

// Runtimes ignore properties the spec does not define (config.md, "Extensibility"), so a typo such
// as `noNewPrivilege` silently turns a hardening setting off. Keys of free-form maps (annotations,
// sysctl, unified, netDevices, ...) are the user's own and never reported; neither is anything
// below an unknown key. The same unknown key in several entries of a list (a tool's own field in
// every mount) has one cause: one finding, at its first occurrence, with the others related.
const DETAIL = 'Runtimes ignore properties the spec does not define, so a misspelt setting silently does nothing.';

export default defineRule({
  meta: {
    id: 'unknown-property',
    description: 'Properties should be ones the runtime-spec defines at that place.',
    category: 'spec',
    defaultSeverity: 'warning',
    suggests: 'renaming the key to each near property the object does not have.',
    messages: {
      unknown: {
        headline: '{{field}} is not a property the runtime-spec defines here',
        detail: DETAIL,
        help: 'Check the name against the spec, or remove the property.',
      },
      didYouMean: {
        headline: '{{field}} is not a property the runtime-spec defines here (closest: "{{suggestion}}")',
        detail: DETAIL,
        help: 'Rename it to "{{suggestion}}" if that is the property you meant.',
      },
      unknownRepeated: {
        headline: '{{field}} (in {{count}} entries) is not a property the runtime-spec defines',
        detail: DETAIL,
        help: 'Check the name against the spec, or remove the property from every entry.',
      },
      didYouMeanRepeated: {
        headline: '{{field}} (in {{count}} entries) is not a property the spec defines (closest: "{{suggestion}}")',
        detail: DETAIL,
        help: 'Rename it to "{{suggestion}}" in every entry if that is the property you meant.',
      },
    },
  },
  // The whole document, walked alongside the model (util/model-events.ts).
  check(ctx) {
    // Occurrences by their path with list indices left out, in document order.
    const groups = new Map<string, (typeof events)[number][]>();
    const events = modelEvents(ctx).unknown;
    for (const e of events) {
      const key = JSON.stringify(e.path.map((seg) => (typeof seg === 'number' ? '*' : seg)));
      const group = groups.get(key);
      if (group) group.push(e);
      else groups.set(key, [e]);
    }
    for (const occurrences of groups.values()) {
      const [first, ...rest] = occurrences;
      const pointer = pointerFrom(first!.path);
      const suggestion = first!.suggestions()[0];
      // Rename it to each near property the object does not have already (two would be a duplicate
      // key), in every occurrence whose object allows it.
      const free = (e: (typeof events)[number], name: string): boolean => {
        const parent = rawAt(ctx.doc.value, e.path.slice(0, -1));
        return !(isRecord(parent) && Object.prototype.hasOwnProperty.call(parent, name));
      };
      const suggestions = first!
        .suggestions()
        .filter((name) => free(first!, name))
        .slice(0, 3)
        .map((name) => ({ title: `Rename it "${name}"`, edit: (f: Fixer) => occurrences.filter((e) => free(e, name)).map((e) => f.renameKeyAt(e.path, name)) }));
      if (rest.length === 0) {
        const field = displayPath(first!.path);
        if (suggestion === undefined) ctx.report({ messageId: 'unknown', pointer, target: 'key', data: { field } });
        else ctx.report({ messageId: 'didYouMean', pointer, target: 'key', data: { field, suggestion }, suggestions });
        continue;
      }
      // mounts[*].option: the place every occurrence shares.
      const field = displayPath(first!.path.map((seg) => (typeof seg === 'number' ? -1 : seg))).replace(/\[-1\]/g, '[*]');
      const related = rest.map((e) => ({ message: `${displayPath(e.path)} is not a property the runtime-spec defines here`, pointer: pointerFrom(e.path), target: 'key' as const }));
      const data = { field, count: rest.length + 1, ...(suggestion !== undefined && { suggestion }) };
      if (suggestion === undefined) ctx.report({ messageId: 'unknownRepeated', pointer, target: 'key', data, related });
      else ctx.report({ messageId: 'didYouMeanRepeated', pointer, target: 'key', data, related, suggestions });
    }
  },
});
