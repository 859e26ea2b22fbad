import rule from '../../src/rules/windows-resources-cpu.js';
import { testRule } from '../helpers/rule-tester.js';

const win = (cpu: Record<string, unknown>) => ({ linux: undefined, windows: { layerFolders: ['C:\\l'], resources: { cpu } } });

testRule(rule, {
  valid: [
    { name: 'maximum alone', config: win({ maximum: 5000 }) },
    { name: 'count alone', config: win({ count: 2 }) },
    { name: 'shares at the top of the scale', config: win({ shares: 10000 }) },
  ],
  invalid: [
    {
      name: 'count and maximum',
      raw: '{\n  "ociVersion": "1.3.0",\n  "windows": {"layerFolders": ["C:\\\\l"], "resources": {"cpu": {\n    "count": 2,\n    "maximum": 5000\n  }}}\n}\n',
      errors: [{ messageId: 'exclusive', pointer: '/windows/resources/cpu/maximum', line: 5, column: 5 }],
    },
    { name: 'maximum above 10000', config: win({ maximum: 20000 }), errors: [{ messageId: 'range', pointer: '/windows/resources/cpu/maximum' }] },
  ],
});
