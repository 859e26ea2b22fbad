import rule from '../../src/rules/windows-root.js';
import { testRule } from '../helpers/rule-tester.js';

const vol = '\\\\?\\Volume{0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d}\\';
const win = (extra: Record<string, unknown>, windows: Record<string, unknown> = {}) => ({ linux: undefined, mounts: undefined, windows: { layerFolders: ['C:\\l'], ...windows }, ...extra });

testRule(rule, {
  valid: [
    { name: 'volume GUID path', config: win({ root: { path: vol } }) },
    { name: 'readonly false', config: win({ root: { path: vol, readonly: false } }) },
    { name: 'hyper-v with containerd\'s empty root', config: win({ root: { path: '' } }, { hyperv: {} }) },
    { name: 'hyper-v without root', config: win({ root: undefined }, { hyperv: {} }) },
    { name: 'LCOW (linux section too) is not judged', config: { root: { path: 'rootfs' }, windows: { layerFolders: ['C:\\l'] } } },
    { name: 'linux is not judged', config: { root: { path: 'rootfs', readonly: true } } },
  ],
  invalid: [
    {
      name: 'drive path',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "C:\\\\rootfs"},\n  "windows": {"layerFolders": ["C:\\\\l"]}\n}\n',
      errors: [{ messageId: 'notVolume', pointer: '/root/path', line: 3, column: 20 }],
    },
    { name: 'readonly', config: win({ root: { path: vol, readonly: true } }), errors: [{ messageId: 'readonly', pointer: '/root/readonly' }] },
    { name: 'hyper-v with root', config: win({ root: { path: vol } }, { hyperv: { utilityVMPath: 'C:\\uvm' } }), errors: [{ messageId: 'hyperv', pointer: '/root' }] },
    { name: 'no root', config: win({ root: undefined }), errors: [{ messageId: 'missing', pointer: '/windows', severity: 'warning' }] },
    { name: 'containerd\'s empty root in a Windows Server container is no root', config: win({ root: { path: '' } }), errors: [{ messageId: 'emptyPath', pointer: '/root/path', severity: 'warning' }] },
  ],
});
