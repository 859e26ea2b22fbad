import { defineRule, isObject } from './api.js';
import { IGNORE_ALL_KEY, IGNORE_PREFIX, annotationPointer, isOwnAnnotation } from '../core/suppression.js';

// ocilint reads annotations under `dev.ocilint.` as suppressions. Each must say why the finding is
// accepted: a suppression without a reason is how exceptions become invisible policy bypasses.
// A key in this space that ocilint does not know (a typo of ignore/…) would silently do nothing.
export default defineRule({
  meta: {
    id: 'suppression-annotation',
    description: 'Annotations in the dev.ocilint. key space must be suppressions with a written reason.',
    category: 'best-practice',
    defaultSeverity: 'error',
    messages: {
      emptyReason: 'annotations["{{key}}"] has no reason; write why the finding is accepted.',
      notString: 'annotations["{{key}}"] must be a string giving the reason, got {{type}}.',
      noRule: 'annotations["{{key}}"] names no rule; write dev.ocilint.ignore/<rule-id>.',
      unknownKey: 'annotations["{{key}}"] is not an ocilint annotation; expected dev.ocilint.ignore/<rule-id> or dev.ocilint.ignore-all.',
    },
  },
  check(ctx) {
    const annotations = ctx.object('/annotations');
    if (!annotations) return;
    for (const [key, value] of Object.entries(annotations)) {
      if (!isOwnAnnotation(key)) continue;
      const pointer = annotationPointer(key);
      if (key !== IGNORE_ALL_KEY && !key.startsWith(IGNORE_PREFIX)) {
        ctx.report({ messageId: 'unknownKey', pointer, target: 'key', data: { key } });
        continue;
      }
      if (key === IGNORE_PREFIX) {
        ctx.report({ messageId: 'noRule', pointer, target: 'key', data: { key } });
        continue;
      }
      if (typeof value !== 'string') {
        const type = value === null ? 'null' : Array.isArray(value) ? 'an array' : isObject(value) ? 'an object' : `a ${typeof value}`;
        ctx.report({ messageId: 'notString', pointer, data: { key, type } });
      } else if (value.trim() === '') ctx.report({ messageId: 'emptyReason', pointer, data: { key } });
    }
  },
});
