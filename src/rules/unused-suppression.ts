import { defineRule } from './api.js';

// Reported by the engine after every other rule has run (src/engine/suppress.ts and lint.ts),
// because only then is it known which suppressions silenced something. A suppression is unused
// when its rule ran on the bundle and reported nothing, or when it names no rule ocilint has;
// one for a rule that did not run (off in this preset, --config-only) is left alone. One for a
// rule the configuration lists as `unsuppressible` is reported whether or not the rule reported.
export default defineRule({
  meta: {
    id: 'unused-suppression',
    description: 'An inline suppression must silence a finding; stale ones hide nothing and mislead readers.',
    category: 'best-practice',
    defaultSeverity: 'warning',
    messages: {
      unused: 'annotations["{{key}}"] suppresses nothing: {{rule}} reports no finding in this bundle.',
      unusedAll: 'annotations["{{key}}"] suppresses nothing: no rule reports a finding in this bundle.',
      unknownRule: 'annotations["{{key}}"] names no ocilint rule "{{rule}}"{{hint}}.',
      notAllowed: 'annotations["{{key}}"] cannot silence {{rule}}: the ocilint configuration makes that rule unsuppressible in bundles.',
    },
  },
  check() {
    // See the comment above: the engine reports for this rule.
  },
});
