import { hostNamespaceRule } from './util/namespace-rule.js';

export default hostNamespaceRule({
  id: 'host-uts-namespace',
  type: 'uts',
  label: 'UTS',
  consequence: 'it sees the host\'s hostname and, with CAP_SYS_ADMIN, can change it',
  securitySeverity: 'medium',
  defaultSeverity: 'warning',
});
