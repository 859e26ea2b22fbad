// GitHub Actions workflow commands (`::error file=…,line=…::message`), which GitHub turns into
// annotations on the pull request. GitHub shows only the first few annotations of a step (10
// errors and 10 warnings), so a plain summary of every finding follows the commands.
//
// Escaping as GitHub's toolkit does it: in the message, % CR LF become %25 %0D %0A; in property
// values, also : and , become %3A and %2C.

import type { Formatter } from './types.js';
import { displayPath } from './util.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const github: Formatter = ({ results, cwd }) => {
  let commands = '';
  let summary = '';
  const counts = { error: 0, warning: 0, info: 0 };
  for (const r of results) {
    const file = displayPath(r.filePath, cwd);
    for (const d of r.diagnostics) {
      counts[d.severity]++;
      const range = d.location.range;
      const props = [`file=${escapeProperty(file)}`];
      if (range) {
        props.push(`line=${range.start.line}`, `col=${range.start.column}`);
        props.push(`endLine=${range.end.line}`, `endColumn=${range.end.column}`);
      }
      props.push(`title=${escapeProperty(`ocilint ${d.ruleId}`)}`);
      commands += `::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message)}\n`;
      const at = range ? `${file}:${range.start.line}:${range.start.column}` : file;
      summary += `${at}: ${d.severity}: ${d.message.replace(/\r?\n/g, ' ')} [${d.ruleId}]\n`;
    }
  }
  const total = counts.error + counts.warning + counts.info;
  const suppressed = results.reduce((n, r) => n + r.suppressed.length, 0);
  let tail = `ocilint: ${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info) in ${results.length} file${results.length === 1 ? '' : 's'}`;
  if (suppressed > 0) tail += `, ${suppressed} suppressed`;
  return commands + summary + tail + '\n';
};

export default github;
