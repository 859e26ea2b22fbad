// The json format: a documented, versioned shape (docs/formats/json.md). Bump JSON_FORMAT_VERSION
// on any change that could break a consumer; adding a field is not such a change.

import { JSON_FORMAT_VERSION, TOOL_NAME, TOOL_VERSION, docsUrl } from '../core/meta.js';
import type { Diagnostic, Fix, Location, RuleMeta } from '../core/types.js';
import type { Formatter } from './types.js';

function position(loc: Location) {
  const r = loc.range;
  return {
    line: r?.start.line ?? 0,
    column: r?.start.column ?? 0,
    endLine: r?.end.line ?? 0,
    endColumn: r?.end.column ?? 0,
    pointer: 'pointer' in loc && loc.pointer !== undefined ? loc.pointer : null,
  };
}

function message(d: Diagnostic, meta: RuleMeta | undefined) {
  return {
    ruleId: d.ruleId,
    messageId: d.messageId,
    severity: d.severity,
    category: meta?.category ?? null,
    securitySeverity: meta?.securitySeverity ?? null,
    message: d.message,
    detail: d.detail ?? null,
    help: d.help ?? null,
    ...position(d.location),
    rootfsPath: d.location.kind === 'rootfs' ? d.location.path : null,
    docsUrl: docsUrl(d.ruleId),
    related: (d.related ?? []).map((r) => ({ message: r.message, ...position(r.location) })),
    fix: d.fix ? fixOf(d.fix) : null,
    suggestions: (d.suggestions ?? []).map(fixOf),
  };
}

/** A fix or suggestion: its title and its edits, each a range of the config's text and the text that replaces it. */
function fixOf(f: Fix) {
  return {
    title: f.title,
    edits: f.edits.map((e) => ({
      line: e.range.start.line,
      column: e.range.start.column,
      endLine: e.range.end.line,
      endColumn: e.range.end.column,
      offset: e.range.start.offset,
      endOffset: e.range.end.offset,
      text: e.text,
    })),
  };
}

const json: Formatter = ({ results, rules }) => {
  const summary = { files: results.length, errorCount: 0, warningCount: 0, infoCount: 0, suppressedCount: 0 };
  const files = results.map((r) => {
    summary.errorCount += r.errorCount;
    summary.warningCount += r.warningCount;
    summary.infoCount += r.infoCount;
    summary.suppressedCount += r.suppressed.length;
    return {
      filePath: r.filePath,
      bundlePath: r.bundlePath,
      specVersion: r.specVersion ?? null,
      rootfsChecked: r.rootfsChecked,
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      infoCount: r.infoCount,
      messages: r.diagnostics.map((d) => message(d, rules.get(d.ruleId))),
      // Findings silenced by an annotation or a config file's ignores; not counted above.
      suppressed: r.suppressed.map((d) => ({ ...message(d, rules.get(d.ruleId)), suppressions: d.suppressions })),
    };
  });
  return JSON.stringify({ formatVersion: JSON_FORMAT_VERSION, tool: { name: TOOL_NAME, version: TOOL_VERSION }, results: files, summary }, null, 2) + '\n';
};

export default json;
