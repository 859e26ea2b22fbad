import { defineRule } from './api.js';
import { renameKeyUnlessTaken } from './util/fixes.js';
import { IGNORE_ALL_KEY, IGNORE_PREFIX, isOwnAnnotation } from '../core/suppression.js';
import { writtenKeys, type JsonType } from '../model/loc.js';
import { renamedRule } from './data/renamed.js';

// ocilint reads annotations under `dev.ocilint.` as suppressions. Each must say why the finding is
// accepted: a suppression without a reason is how exceptions become invisible policy bypasses.
// A key in this space that ocilint does not know (a typo of ignore/…) would silently do nothing.
// A value that is not a string is not in the view's annotations: writtenKeys lists it too.
export default defineRule({
  meta: {
    id: 'suppression-annotation',
    description: 'Annotations in ocilint\'s own key space (dev.ocilint.*) must be suppressions with a written reason.',
    category: 'best-practice',
    defaultSeverity: 'error',
    fixable: "`--fix` renames a suppression written with a renamed rule's old id to the new id (unless that key is there too).",
    messages: {
      emptyReason: {
        headline: 'annotations["{{key}}"] has no reason',
        detail: 'A suppression without a reason is how exceptions become invisible policy bypasses.',
        help: 'Write why the finding is accepted as the annotation\'s value.',
      },
      notString: {
        headline: 'annotations["{{key}}"] is {{type}}, not a string giving the reason',
        detail: 'A suppression\'s value is the reason the finding is accepted.',
        help: 'Write why the finding is accepted, as a string.',
      },
      noRule: {
        headline: 'annotations["{{key}}"] names no rule',
        help: 'Write dev.ocilint.ignore/<rule-id>.',
      },
      renamedRule: {
        headline: 'annotations["{{key}}"] names {{rule}} by its old id',
        detail: 'The rule is now called {{now}}. The suppression still applies, under the new id.',
        help: 'Rename the key to "dev.ocilint.ignore/{{now}}".',
        severity: 'warning',
      },
      unknownKey: {
        headline: 'annotations["{{key}}"] is not an ocilint annotation',
        detail: 'In the dev.ocilint. key space ocilint reads dev.ocilint.ignore/<rule-id> and dev.ocilint.ignore-all; any other key there silently does nothing.',
        help: 'Write dev.ocilint.ignore/<rule-id> or dev.ocilint.ignore-all.',
      },
    },
  },
  reads: ['annotations'],
  check(ctx) {
    const annotations = ctx.config.annotations;
    if (!annotations) return;
    for (const { key, type } of writtenKeys(ctx, annotations)) {
      if (!isOwnAnnotation(key)) continue;
      if (key !== IGNORE_ALL_KEY && !key.startsWith(IGNORE_PREFIX)) {
        ctx.report({ messageId: 'unknownKey', node: annotations, key, target: 'key', data: { key } });
        continue;
      }
      if (key === IGNORE_PREFIX) {
        ctx.report({ messageId: 'noRule', node: annotations, key, target: 'key', data: { key } });
        continue;
      }
      const now = key.startsWith(IGNORE_PREFIX) ? renamedRule(key.slice(IGNORE_PREFIX.length)) : undefined;
      if (now !== undefined) {
        // The old id still works: writing the new one changes nothing but the name (unless the
        // new key is there too, which leaves a choice to make).
        const renamed = IGNORE_PREFIX + now;
        const fix = renameKeyUnlessTaken(annotations, key, renamed, `Rename it "${renamed}"`);
        ctx.report({ messageId: 'renamedRule', node: annotations, key, target: 'key', data: { key, rule: key.slice(IGNORE_PREFIX.length), now }, ...(fix && { fix }) });
      }
      if (type !== 'string') ctx.report({ messageId: 'notString', node: annotations, key, data: { key, type: TYPE_NAMES[type] } });
      else if (annotations[key]!.trim() === '') ctx.report({ messageId: 'emptyReason', node: annotations, key, data: { key } });
    }
  },
});

/** How the message names a value's type. */
const TYPE_NAMES: Record<Exclude<JsonType, 'string'>, string> = { null: 'null', array: 'an array', object: 'an object', number: 'a number', boolean: 'a boolean' };
