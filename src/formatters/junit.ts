// JUnit XML, for the test tabs of GitLab, Jenkins and Azure Pipelines: one test suite per config
// file, one failed test case per finding, and a single passing case for a clean file (so that a
// clean run shows as passed tests rather than none). Suppressed findings are skipped cases.

import type { Formatter } from './types.js';
import { displayPath, start, xml } from './util.js';

const junit: Formatter = ({ results, cwd }) => {
  let body = '';
  let tests = 0;
  let failures = 0;
  for (const r of results) {
    const file = displayPath(r.filePath, cwd);
    const cases: string[] = [];
    for (const d of r.diagnostics) {
      const s = start(d);
      const at = s ? `${file}:${s.line}:${s.column}` : file;
      cases.push(
        `    <testcase classname="${xml(file)}" name="${xml(`${d.ruleId} at ${s ? `${s.line}:${s.column}` : 'file'}`)}" time="0">\n` +
          `      <failure message="${xml(d.message)}" type="${d.severity}">${xml(`${at}: ${d.severity}: ${d.message} [${d.ruleId}]`)}</failure>\n` +
          '    </testcase>\n',
      );
    }
    for (const d of r.suppressed) {
      const s = start(d);
      const why = d.suppressions.map((x) => x.justification).join('; ');
      cases.push(
        `    <testcase classname="${xml(file)}" name="${xml(`${d.ruleId} at ${s ? `${s.line}:${s.column}` : 'file'}`)}" time="0">\n` +
          `      <skipped message="${xml(`suppressed: ${why}`)}"/>\n` +
          '    </testcase>\n',
      );
    }
    const failed = r.diagnostics.length;
    if (cases.length === 0) cases.push(`    <testcase classname="${xml(file)}" name="ocilint" time="0"/>\n`);
    tests += cases.length;
    failures += failed;
    body += `  <testsuite name="${xml(file)}" tests="${cases.length}" failures="${failed}" errors="0" skipped="${r.suppressed.length}" time="0">\n${cases.join('')}  </testsuite>\n`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="ocilint" tests="${tests}" failures="${failures}" errors="0" time="0">\n${body}</testsuites>\n`;
};

export default junit;
