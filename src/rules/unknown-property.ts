import { displayPath, pointerFrom } from '../json/pointer.js';
import { modelEvents } from './util/model-events.js';
import { defineRule, type Fixer } from './api.js';
import { isRecord, rawAt } from '../model/loc.js';

// Runtimes ignore properties the spec does not define (config.md, "Extensibility"), so a typo such
// as `noNewPrivilege` silently turns a hardening setting off. Keys of free-form maps (annotations,
// sysctl, unified, netDevices, ...) are the user's own and never reported; neither is anything
// below an unknown key.
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
        detail: 'Runtimes ignore properties the spec does not define, so a misspelt setting silently does nothing.',
        help: 'Check the name against the spec, or remove the property.',
      },
      didYouMean: {
        headline: '{{field}} is not a property the runtime-spec defines here (closest: "{{suggestion}}")',
        detail: 'Runtimes ignore properties the spec does not define, so a misspelt setting silently does nothing.',
        help: 'Rename it to "{{suggestion}}" if that is the property you meant.',
      },
    },
  },
  // The whole document, walked alongside the model (util/model-events.ts).
  check(ctx) {
    for (const e of modelEvents(ctx).unknown) {
      const pointer = pointerFrom(e.path);
      const field = displayPath(e.path);
      const suggestion = e.suggestions()[0];
      if (suggestion === undefined) {
        ctx.report({ messageId: 'unknown', pointer, target: 'key', data: { field } });
        continue;
      }
      // Rename it to each near property the object does not have already (two would be a duplicate key).
      const parent = rawAt(ctx.doc.value, e.path.slice(0, -1));
      const suggestions = e
        .suggestions()
        .filter((name) => !(isRecord(parent) && Object.prototype.hasOwnProperty.call(parent, name)))
        .slice(0, 3)
        .map((name) => ({ title: `Rename it "${name}"`, edit: (f: Fixer) => f.renameKeyAt(e.path, name) }));
      ctx.report({ messageId: 'didYouMean', pointer, target: 'key', data: { field, suggestion }, suggestions });
    }
  },
});
