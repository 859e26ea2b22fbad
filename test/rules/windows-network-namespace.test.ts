import rule from '../../src/rules/windows-network-namespace.js';
import { testRule } from '../helpers/rule-tester.js';

const win = (network: Record<string, unknown>) => ({ linux: undefined, windows: { layerFolders: ['C:\\l'], network } });

testRule(rule, {
  valid: [
    { name: 'namespace alone', config: win({ networkNamespace: '168f3daf-efc6-4377-b20a-2c86764ba892' }) },
    { name: 'endpoints without namespace', config: win({ endpointList: ['7a010682-17e0-4455-a838-02e5d9655fe6'], allowUnqualifiedDNSQuery: true }) },
  ],
  invalid: [
    {
      name: 'namespace with endpoints',
      raw: '{\n  "ociVersion": "1.3.0",\n  "windows": {"layerFolders": ["C:\\\\l"], "network": {\n    "networkNamespace": "abc",\n    "endpointList": ["e1"]\n  }}\n}\n',
      errors: [{ messageId: 'combined', pointer: '/windows/network/endpointList', line: 5, column: 5, severity: 'warning' }],
    },
  ],
});
