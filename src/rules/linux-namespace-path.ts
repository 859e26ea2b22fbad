import { defineRule, specUrl } from './api.js';
import { namespaces } from '../model/namespaces.js';

// config-linux.md "Namespaces": `path` names a namespace file in the runtime's mount namespace and
// must be absolute (an explicit MUST from v1.0.1; v1.0.0 already described it as an absolute path).
// A relative path is resolved against the runtime's working directory, which is not the bundle:
// crun fails with "open `rel`: No such file or directory", runc 1.1.5 with "does not exist".
// An empty string is read by runc as "no path" (a fresh namespace) while crun tries to open it
// and fails ("open ``: No such file or directory"), both verified.
export default defineRule({
  meta: {
    id: 'linux-namespace-path',
    description: 'A namespace path must be an absolute path to a namespace file.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxNamespaces'), level: 'MUST' },
    platforms: ['linux'],
    messages: {
      relative: {
        headline: 'linux.namespaces[{{index}}].path "{{value}}" is not an absolute path',
        detail: 'The runtime resolves a relative path against its own working directory, not the bundle: crun fails ("No such file or directory"), runc 1.1.5 says it "does not exist".',
        help: 'Write the full path of the namespace file, such as "/proc/<pid>/ns/net" or "/run/netns/<name>".',
      },
      empty: {
        headline: 'linux.namespaces[{{index}}].path is empty',
        detail: 'crun fails to open it, and runc creates a new {{type}} namespace instead.',
        help: 'Remove the key to create a new namespace, or give the path of the namespace file to join.',
      },
    },
  },
  reads: ['linux.namespaces'],
  check(ctx) {
    for (const n of namespaces(ctx)) {
      if (n.path === undefined) continue;
      if (n.path === '') ctx.report({ messageId: 'empty', node: n.node, key: 'path', data: { index: n.index, type: n.type } });
      else if (!n.path.startsWith('/')) ctx.report({ messageId: 'relative', node: n.node, key: 'path', data: { index: n.index, value: n.path } });
    }
  },
});
