// Checkstyle XML (version 4.3 layout), read by Jenkins warnings-ng, reviewdog and many CI tools.
// `source` carries the rule id prefixed by the tool name, as ESLint's checkstyle formatter does.

import type { Formatter } from './types.js';
import { displayPath, start, xml } from './util.js';

const checkstyle: Formatter = ({ results, cwd }) => {
  let out = '<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n';
  for (const r of results) {
    out += `  <file name="${xml(displayPath(r.filePath, cwd))}">\n`;
    for (const d of r.diagnostics) {
      const s = start(d);
      out += `    <error line="${s?.line ?? 0}" column="${s?.column ?? 0}" severity="${d.severity}" message="${xml(d.message)}" source="ocilint.${xml(d.ruleId)}"/>\n`;
    }
    out += '  </file>\n';
  }
  return out + '</checkstyle>\n';
};

export default checkstyle;
