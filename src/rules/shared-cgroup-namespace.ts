import { sharedNamespaceRule } from './util/namespace-rule.js';

export default sharedNamespaceRule({
  id: 'shared-cgroup-namespace',
  type: 'cgroup',
  label: 'cgroup',
  consequence: '/proc/self/cgroup shows the host\'s cgroup paths, which leak the host\'s layout',
  securitySeverity: 'low',
  defaultSeverity: 'info',
});
