import { sharedNamespaceRule } from './util/namespace-rule.js';

export default sharedNamespaceRule({
  id: 'shared-network-namespace',
  type: 'network',
  label: 'network',
  consequence: 'it can bind host ports, reach services on the host\'s loopback and sniff host traffic',
  securitySeverity: 'high',
  defaultSeverity: 'warning',
});
