// --host-specific: every hook the runtime runs from its own namespace exists and can be executed.
import { defineRule, ptr, specUrl } from './api.js';
import { hookEntries } from './util/hooks.js';

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
      missing: 'hooks.{{kind}}[{{index}}].path "{{value}}" does not exist on this host; the hook cannot run.',
      notFile: 'hooks.{{kind}}[{{index}}].path "{{value}}" is a {{fileType}} on this host, not an executable file.',
      notExecutable: 'hooks.{{kind}}[{{index}}].path "{{value}}" has no execute permission on this host (mode {{mode}}).',
    },
  },
  check(ctx) {
    const host = ctx.host;
    if (!host) return;
    for (const h of hookEntries(ctx.object('/hooks'))) {
      // startContainer hooks resolve in the container's mount namespace: the rootfs, not the host.
      if (h.kind === 'startContainer') continue;
      const path = h.value['path'];
      const pointer = ptr('hooks', h.kind, h.index, 'path');
      if (typeof path !== 'string' || !path.startsWith('/') || !ctx.isValid(pointer)) continue;
      const data = { kind: h.kind, index: h.index, value: path };
      const r = host.stat(path);
      if (!r.ok) {
        if (r.reason === 'missing' || r.reason === 'not-dir') ctx.report({ messageId: 'missing', pointer, data });
        continue;
      }
      if (r.stat.type !== 'file') ctx.report({ messageId: 'notFile', pointer, data: { ...data, fileType: r.stat.type === 'dir' ? 'directory' : r.stat.type } });
      else if ((r.stat.mode & 0o111) === 0) ctx.report({ messageId: 'notExecutable', pointer, data: { ...data, mode: r.stat.mode.toString(8).padStart(4, '0') } });
    }
  },
});
