import { sharedNamespaceRule } from './util/namespace-rule.js';

export default sharedNamespaceRule({
  id: 'shared-mount-namespace',
  type: 'mount',
  label: 'mount',
  consequence: 'its mounts are made in the host\'s mount table and masked paths cannot be applied',
  securitySeverity: 'critical',
  defaultSeverity: 'warning',
});
