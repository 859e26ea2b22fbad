import { sharedNamespaceRule } from './util/namespace-rule.js';

export default sharedNamespaceRule({
  id: 'shared-ipc-namespace',
  type: 'ipc',
  label: 'IPC',
  consequence: 'it can read and write the host\'s shared memory segments, semaphores and message queues',
  securitySeverity: 'high',
  defaultSeverity: 'warning',
});
