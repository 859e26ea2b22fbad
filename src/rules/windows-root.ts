import { defineRule, specUrl } from './api.js';
import { writtenKeys } from '../model/loc.js';

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
      notVolume: {
        headline: 'root.path "{{value}}" is not a volume GUID path',
        detail: 'On Windows root.path must be a volume GUID path, of the form \\\\?\\Volume{GUID}\\.',
        help: 'Set root.path to the volume GUID path of the container\'s root volume.',
      },
      readonly: {
        headline: 'root.readonly is true in a Windows config',
        detail: 'On Windows root.readonly must be omitted or false.',
        help: 'Remove root.readonly, or set it to false.',
      },
      hyperv: {
        headline: 'root is set in a Hyper-V container (windows.hyperv)',
        detail: 'A Hyper-V container must not set root.',
        help: 'Remove root.',
      },
      missing: {
        headline: 'root is missing in a Windows Server container (no windows.hyperv)',
        detail: 'A Windows Server container requires root. Some Windows tooling (containerd, hcsshim) omits it and relies on windows.layerFolders, so this is a warning.',
        help: 'Set root.path to the volume GUID path of the container\'s root volume.',
        severity: 'warning',
      },
      emptyPath: {
        headline: 'root.path is empty in a Windows Server container (no windows.hyperv)',
        detail: 'A Windows Server container requires root, with a volume GUID path: an empty path is no root. containerd writes {"path": ""} and hcsshim then works from windows.layerFolders, so this is a warning, as a missing root is.',
        help: 'Set root.path to the volume GUID path of the container\'s root volume.',
        severity: 'warning',
      },
    },
  },
  // Runs on every Windows config: a missing root is a finding, and a `windows` that is not an
  // object (absent from the view) still makes the config a Windows one.
  check(ctx) {
    // With a linux section too, this is a Linux container on a Windows host (LCOW): Linux rules apply.
    if (ctx.platforms.has('linux')) return;
    const config = ctx.config;
    const hyperv = config.windows?.hyperv !== undefined;
    const root = config.root;
    // containerd writes "root": {"path": ""} for every Windows container (Go zero value); hcsshim
    // ignores it, so an empty root counts as unset. Any other key, whatever its value, sets it.
    const rootSet = root !== undefined && !(writtenKeys(ctx, root).every((k) => k.key === 'path') && (!ctx.has(root, 'path') || root.path === ''));
    if (hyperv) {
      if (rootSet) ctx.report({ messageId: 'hyperv', node: config, key: 'root', target: 'key' });
      return;
    }
    if (root === undefined) {
      // A root of the wrong type is config-schema's finding, not a missing one.
      if (!ctx.has(config, 'root')) ctx.report({ messageId: 'missing', node: config, key: 'windows', target: 'key' });
      return;
    }
    if (!rootSet && root.path === '') return ctx.report({ messageId: 'emptyPath', node: root, key: 'path' });
    const path = root.path;
    if (path !== undefined && path !== '' && ctx.valid(root, 'path') && !VOLUME_GUID.test(path)) {
      ctx.report({ messageId: 'notVolume', node: root, key: 'path', data: { value: path } });
    }
    if (root.readonly === true) ctx.report({ messageId: 'readonly', node: root, key: 'readonly' });
  },
});
