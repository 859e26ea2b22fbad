import { defineRule, isObject, specUrl } from './api.js';

// config.md "Root" on Windows: a Windows Server container needs `root` and its path MUST be a
// volume GUID path (\\?\Volume{GUID}\); `root.readonly` MUST be omitted or false; a Hyper-V
// container (windows.hyperv present) MUST NOT set `root` at all. Windows tooling (containerd,
// hcsshim) sometimes omits root and relies on windows.layerFolders, so a missing root is a warning.
const VOLUME_GUID = /^\\\\\?\\Volume\{[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}\\?$/;

export default defineRule({
  meta: {
    id: 'windows-root',
    description: 'On Windows, root.path must be a volume GUID path, root.readonly must not be true, and Hyper-V containers must not set root.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configRoot'), level: 'MUST' },
    platforms: ['windows'],
    messages: {
      notVolume: 'root.path "{{value}}" is not a volume GUID path; on Windows it must look like \\\\?\\Volume{GUID}\\.',
      readonly: 'root.readonly is true, but on Windows it must be omitted or false.',
      hyperv: 'root is set, but a Hyper-V container (windows.hyperv) must not set root.',
      missing: 'root is missing; a Windows Server container (no windows.hyperv) requires it.',
    },
  },
  check(ctx) {
    // With a linux section too, this is a Linux container on a Windows host (LCOW): Linux rules apply.
    if (ctx.platforms.has('linux')) return;
    const hyperv = isObject(ctx.get('/windows/hyperv'));
    const root = ctx.object('/root');
    // containerd writes "root": {"path": ""} for every Windows container (Go zero value); hcsshim
    // ignores it, so an empty root counts as unset.
    const rootSet = root !== undefined && !(Object.keys(root).every((k) => k === 'path') && (root['path'] === '' || root['path'] === undefined));
    if (hyperv) {
      if (rootSet) ctx.report({ messageId: 'hyperv', pointer: '/root', target: 'key' });
      return;
    }
    if (root === undefined) {
      if (ctx.get('/root') === undefined) ctx.report({ messageId: 'missing', pointer: '/windows', target: 'key', severity: 'warning' });
      return;
    }
    const path = ctx.string('/root/path');
    if (path !== undefined && path !== '' && ctx.isValid('/root/path') && !VOLUME_GUID.test(path)) {
      ctx.report({ messageId: 'notVolume', pointer: '/root/path', data: { value: path } });
    }
    if (ctx.boolean('/root/readonly') === true) ctx.report({ messageId: 'readonly', pointer: '/root/readonly' });
  },
});
