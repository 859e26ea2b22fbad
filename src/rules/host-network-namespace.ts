import { hostNamespaceRule } from './util/namespace-rule.js';

export default hostNamespaceRule({
  id: 'host-network-namespace',
  type: 'network',
  label: 'network',
  consequence: 'it can bind host ports, reach services on the host\'s loopback and sniff host traffic',
  securitySeverity: 'high',
  defaultSeverity: 'warning',
});
