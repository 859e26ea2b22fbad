import { defineEngineRule } from './api.js';

// Reported by the engine when a rule throws instead of finishing its check of a bundle, or when the
// engine itself fails on one: a defect in ocilint, not a finding about the bundle. The rest of the
// bundle's rules still report, the run goes on with the other bundles, and the command line exits
// with status 3 at the end. It cannot be turned off or suppressed.
export default defineEngineRule({
  id: 'internal-error',
  description: 'ocilint failed while checking this bundle; its other findings stand, but one rule did not finish.',
  category: 'syntax',
  defaultSeverity: 'error',
  messages: {
    ruleFailed: {
      headline: 'rule {{rule}} failed on this bundle: {{error}}',
      detail: 'The error was thrown at {{frame}}, while checking {{bundle}}.',
      help: 'This is a defect in ocilint: please report it with the config that triggers it. The other rules\' findings are complete.',
    },
    engineFailed: {
      headline: 'ocilint failed on this bundle: {{error}}',
      detail: 'The error was thrown at {{frame}}, while checking {{bundle}}; no rule\'s findings for it are shown.',
      help: 'This is a defect in ocilint: please report it with the config that triggers it.',
    },
  },
});
