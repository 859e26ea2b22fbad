// --host-specific: every hook the runtime runs from its own namespace exists and can be executed.
import { defineRule, specUrl } from './api.js';
import { hooks } from '../model/hooks.js';

export default defineRule({
  meta: {
    id: 'host-hook-executable',
    description: 'Every hook path names an executable regular file on this host.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configHooks'), level: 'MUST' },
    platforms: ['linux'],
    hostSpecific: true,
    messages: {
      missing: {
        headline: 'hooks.{{kind}}[{{index}}].path "{{value}}" does not exist on this host',
        detail: 'The hook cannot run.',
        help: 'Install the hook on this host, or correct the path.',
      },
      notFile: {
        headline: 'hooks.{{kind}}[{{index}}].path "{{value}}" is a {{fileType}} on this host',
        detail: 'Only an executable file can run as a hook.',
        help: 'Point the path at the hook\'s executable file.',
      },
      notExecutable: {
        headline: 'hooks.{{kind}}[{{index}}].path "{{value}}" has no execute permission on this host',
        detail: 'Its mode is {{mode}}.',
        help: 'Give the file an execute bit (chmod +x) on this host.',
      },
    },
  },
  reads: ['hooks'],
  check(ctx) {
    const host = ctx.host;
    if (!host) return;
    for (const h of hooks(ctx)) {
      // startContainer hooks resolve in the container's mount namespace: the rootfs, not the host.
      if (h.kind === 'startContainer') continue;
      const path = h.node.path;
      if (path === undefined || !path.startsWith('/') || !ctx.valid(h.node, 'path')) continue;
      const place = { node: h.node, key: 'path' } as const;
      const data = { kind: h.kind, index: h.index, value: path };
      const r = host.stat(path);
      if (!r.ok) {
        if (r.reason === 'missing' || r.reason === 'not-dir') ctx.report({ messageId: 'missing', ...place, data });
        continue;
      }
      if (r.stat.type !== 'file') ctx.report({ messageId: 'notFile', ...place, data: { ...data, fileType: r.stat.type === 'dir' ? 'directory' : r.stat.type } });
      else if ((r.stat.mode & 0o111) === 0) ctx.report({ messageId: 'notExecutable', ...place, data: { ...data, mode: r.stat.mode.toString(8).padStart(4, '0') } });
    }
  },
});
