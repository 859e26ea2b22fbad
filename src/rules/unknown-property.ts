import { displayPath, pointerFrom } from '../json/pointer.js';
import { modelEvents } from './util/model-events.js';
import { defineRule } from './api.js';

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
    messages: {
      unknown: '{{field}} is not a property the runtime-spec defines here; runtimes ignore it.',
      didYouMean: '{{field}} is not a property the runtime-spec defines here; did you mean "{{suggestion}}"?',
    },
  },
  check(ctx) {
    for (const e of modelEvents(ctx).unknown) {
      const pointer = pointerFrom(e.path);
      const field = displayPath(e.path);
      const suggestion = e.suggestions()[0];
      if (suggestion === undefined) ctx.report({ messageId: 'unknown', pointer, target: 'key', data: { field } });
      else ctx.report({ messageId: 'didYouMean', pointer, target: 'key', data: { field, suggestion } });
    }
  },
});
