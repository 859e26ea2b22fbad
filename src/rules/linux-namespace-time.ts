import { defineRule, ptr, specUrl } from './api.js';
import { findNamespace } from './util/linux.js';

// config-linux.md "Namespaces": the `time` type exists from runtime-spec 1.1.0 (whether the declared
// version has it is the field-version rule's business). Runtime support lags: runc 1.1.x refuses it
// at create ("namespace {"time" ""} does not exist", verified with 1.1.5), runc 1.2 and current crun
// support it, and the kernel needs Linux 5.6. A warning, because the config is valid and works on
// current runtimes.
export default defineRule({
  meta: {
    id: 'linux-namespace-time',
    description: 'Warns that a time namespace needs runc 1.2 or newer (or crun) and Linux 5.6.',
    category: 'runtime',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config-linux.md', 'configLinuxNamespaces'), level: 'SHOULD' },
    versions: '>=1.1.0',
    platforms: ['linux'],
    messages: {
      support: 'linux.namespaces[{{index}}] asks for a time namespace: runc before 1.2 refuses it ("namespace time does not exist"), and it needs Linux 5.6 or newer.',
    },
  },
  check(ctx) {
    const ns = findNamespace(ctx, 'time');
    if (ns) ctx.report({ messageId: 'support', pointer: ptr('linux', 'namespaces', ns.index, 'type'), data: { index: ns.index } });
  },
});
