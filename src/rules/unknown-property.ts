import { fieldName, lookupField } from '../schema/index.js';
import { defineRule, isObject, ptr } from './api.js';

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
    const visit = (value: unknown, path: (string | number)[]): void => {
      if (Array.isArray(value)) {
        value.forEach((item, i) => visit(item, [...path, i]));
        return;
      }
      if (!isObject(value)) return;
      for (const [key, child] of Object.entries(value)) {
        const info = lookupField(path, key);
        const at = [...path, key];
        if (info.kind === 'field' || info.kind === 'map-entry') {
          visit(child, at);
        } else if (info.kind === 'unknown') {
          const pointer = ptr(...at);
          const field = fieldName(pointer, ctx.config);
          const suggestion = info.suggestions[0];
          if (suggestion === undefined) ctx.report({ messageId: 'unknown', pointer, target: 'key', data: { field } });
          else ctx.report({ messageId: 'didYouMean', pointer, target: 'key', data: { field, suggestion } });
        }
      }
    };
    visit(ctx.config, []);
  },
});
