// The GNU/gcc one-line layout, `file:line:col: severity: message [rule]`, which Vim's and Emacs'
// quickfix parsers, ShellCheck's `gcc` and hadolint's `gnu` formats share. Info is printed as
// `note`, gcc's word for it, so that the default errorformats pick it up. A finding about the
// file as a whole has no line and column: `file: severity: message [rule]`.

import type { Formatter } from './types.js';
import { displayPath, start } from './util.js';

const WORD = { error: 'error', warning: 'warning', info: 'note' } as const;

const gnu: Formatter = ({ results, cwd }) => {
  let out = '';
  for (const r of results) {
    const file = displayPath(r.filePath, cwd);
    for (const d of r.diagnostics) {
      const s = start(d);
      const where = s ? `${file}:${s.line}:${s.column}` : file;
      out += `${where}: ${WORD[d.severity]}: ${d.message.replace(/\r?\n/g, ' ')} [${d.ruleId}]\n`;
    }
  }
  return out;
};

export default gnu;
