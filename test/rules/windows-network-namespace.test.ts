import rule from '../../src/rules/windows-network-namespace.js';
import { testRule } from '../helpers/rule-tester.js';

const win = (network: Record<string, unknown>) => ({ linux: undefined, windows: { layerFolders: ['C:\\l'], network } });

testRule(rule, {
  valid: [
    { name: 'namespace alone', config: win({ networkNamespace: '3c4d2f10-8a51-4b2e-9f0d-6e7a1b2c3d4e' }) },
    { name: 'endpoints without namespace', config: win({ endpointList: ['b5e1f9a2-0c3d-4e8f-a1b2-c3d4e5f60718'], allowUnqualifiedDNSQuery: true }) },
  ],
  invalid: [
    {
      name: 'namespace with endpoints',
      raw: '{\n  "ociVersion": "1.3.0",\n  "windows": {"layerFolders": ["C:\\\\l"], "network": {\n    "networkNamespace": "abc",\n    "endpointList": ["e1"]\n  }}\n}\n',
      errors: [{ messageId: 'combined', pointer: '/windows/network/endpointList', line: 5, column: 5, severity: 'warning' }],
    },
    {
      name: 'namespace with DNS settings, as containerd writes it: info (hcsshim applies them with the namespace)',
      config: win({ networkNamespace: '3c4d2f10-8a51-4b2e-9f0d-6e7a1b2c3d4e', allowUnqualifiedDNSQuery: true, DNSSearchList: ['corp.example.com'] }),
      errors: [
        { messageId: 'combined', pointer: '/windows/network/allowUnqualifiedDNSQuery', severity: 'info' },
        { messageId: 'combined', pointer: '/windows/network/DNSSearchList', severity: 'info' },
      ],
    },
  ],
});
