import { defineEngineRule } from './api.js';

// Reported by the engine after every other rule has run (src/engine/suppress.ts and lint.ts),
// because only then is it known which suppressions silenced something. A suppression is unused
// when its rule ran on the bundle and reported nothing, or when it names no rule ocilint has;
// one for a rule that did not run (off in this preset, --config-only) is left alone. One for a
// rule the configuration lists as `unsuppressible` is reported whether or not the rule reported.
export default defineEngineRule({
  id: 'unused-suppression',
  description: 'An inline suppression must silence a finding; stale ones hide nothing and mislead readers.',
  category: 'best-practice',
  defaultSeverity: 'warning',
  suggests: 'removing the annotation; for an unknown rule id, renaming it to the nearest rule.',
  messages: {
    unused: {
      headline: 'annotations["{{key}}"] suppresses nothing: {{rule}} reports no finding',
      help: 'Remove the annotation: the finding it was written for is gone.',
    },
    unusedAll: {
      headline: 'annotations["{{key}}"] suppresses nothing: no rule reports a finding',
      help: 'Remove the annotation.',
    },
    unknownRule: {
      headline: 'annotations["{{key}}"] names no ocilint rule "{{rule}}"{{hint}}',
      help: 'Use a rule id from `ocilint --list-rules`.',
    },
    notAllowed: {
      headline: 'annotations["{{key}}"] cannot silence {{rule}}, which is unsuppressible',
      detail: 'The ocilint configuration makes that rule unsuppressible in bundles: only the configuration file can change which rules a bundle may silence.',
      help: 'Remove the annotation, or fix what {{rule}} reports.',
    },
  },
});
