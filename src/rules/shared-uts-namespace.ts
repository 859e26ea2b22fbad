import { sharedNamespaceRule } from './util/namespace-rule.js';

export default sharedNamespaceRule({
  id: 'shared-uts-namespace',
  type: 'uts',
  label: 'UTS',
  consequence: 'it sees the host\'s hostname and, with CAP_SYS_ADMIN, can change it',
  securitySeverity: 'medium',
  defaultSeverity: 'warning',
});
