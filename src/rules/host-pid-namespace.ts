import { hostNamespaceRule } from './util/namespace-rule.js';

export default hostNamespaceRule({
  id: 'host-pid-namespace',
  type: 'pid',
  label: 'PID',
  consequence: 'it can see, signal and ptrace every process on the host',
  securitySeverity: 'high',
  defaultSeverity: 'warning',
});
