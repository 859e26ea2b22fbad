import { sharedNamespaceRule } from './util/namespace-rule.js';

export default sharedNamespaceRule({
  id: 'shared-pid-namespace',
  type: 'pid',
  label: 'PID',
  consequence: 'it can see, signal and ptrace every process on the host',
  securitySeverity: 'high',
  defaultSeverity: 'warning',
});
