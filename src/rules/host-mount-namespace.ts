import { hostNamespaceRule } from './util/namespace-rule.js';

export default hostNamespaceRule({
  id: 'host-mount-namespace',
  type: 'mount',
  label: 'mount',
  consequence: 'its mounts are made in the host\'s mount table and masked paths cannot be applied',
  securitySeverity: 'critical',
  defaultSeverity: 'warning',
});
