// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. Choices worth knowing:
// - `results` is always an array, empty when clean (an absent array makes uploads fail).
// - Every rule is described in `tool.driver.rules` with a help link; security rules carry the
//   `security-severity` property GitHub ranks alerts by (critical 9.5, high 8.0, medium 5.5, low 3.0).
// - `partialFingerprints` hash the rule and the JSON pointer (and rootfs path), not the line, so an
//   alert survives edits elsewhere in the file.
// - Suppressed findings are results with `suppressions` (inSource for annotations, external for
//   the configuration file), which code scanning shows as dismissed.
// - Paths are relative to %SRCROOT%, the working directory, when they lie inside it.
// - A finding's fix and suggestions are `fixes` (the fix first, `properties.kind` telling them apart).

import { createHash } from '../core/hash.js';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TOOL_NAME, TOOL_VERSION, REPO_URL, docsUrl } from '../core/meta.js';
import type { Diagnostic, Fix, Location, MessageSpec, RuleMeta, SecuritySeverity, Severity, SuppressedDiagnostic } from '../core/types.js';
import type { Formatter } from './types.js';
import internalError from '../rules/internal-error.js';

/** The engine rule a failed rule reports under. */
const INTERNAL_ERROR = internalError.meta.id;

const SECURITY_SEVERITY: Record<SecuritySeverity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

function artifact(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  // A config read from stdin is named as given (--stdin-filename) or "<stdin>".
  if (file.startsWith('<')) return { uri: encodeURIComponent(file) };
  const abs = path.resolve(cwd, file);
  const rel = path.relative(cwd, abs);
  if (rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)) {
    return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  return { uri: pathToFileURL(abs).href };
}

function physical(loc: Location, file: string, cwd: string) {
  const r = loc.range;
  return {
    artifactLocation: artifact(file, cwd),
    region: r
      ? { startLine: r.start.line, startColumn: r.start.column, endLine: r.end.line, endColumn: r.end.column, charOffset: r.start.offset, charLength: Math.max(0, r.end.offset - r.start.offset) }
      : { startLine: 1, startColumn: 1 },
  };
}

/**
 * A finding's fix and suggestions as SARIF fixes (the fix first), each replacing regions of the
 * config; `properties.kind` says which is safe to apply without a person.
 */
function fixesOf(d: Diagnostic, file: string, cwd: string) {
  const all: [Fix, 'fix' | 'suggestion'][] = [...(d.fix ? [[d.fix, 'fix'] as [Fix, 'fix']] : []), ...(d.suggestions ?? []).map((s) => [s, 'suggestion'] as [Fix, 'suggestion'])];
  if (all.length === 0) return {};
  return {
    fixes: all.map(([f, kind]) => ({
      description: { text: f.title },
      artifactChanges: [
        {
          artifactLocation: artifact(file, cwd),
          replacements: f.edits.map((e) => ({
            deletedRegion: { startLine: e.range.start.line, startColumn: e.range.start.column, endLine: e.range.end.line, endColumn: e.range.end.column, charOffset: e.range.start.offset, charLength: e.range.end.offset - e.range.start.offset },
            insertedContent: { text: e.text },
          })),
        },
      ],
      properties: { kind },
    })),
  };
}

export function fingerprint(d: Diagnostic): string {
  const pointer = 'pointer' in d.location && d.location.pointer !== undefined ? d.location.pointer : '';
  const rootfs = d.location.kind === 'rootfs' ? d.location.path : '';
  return createHash('sha256').update(`${d.ruleId}\0${pointer}\0${rootfs}`).digest('hex').slice(0, 32);
}

function descriptor(m: RuleMeta) {
  const tags: string[] = [m.category];
  if (m.securitySeverity && m.category !== 'security') tags.push('security');
  return {
    id: m.id,
    name: m.id.replace(/-(\w)/g, (_x, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
    shortDescription: { text: m.description },
    fullDescription: { text: m.spec ? `${m.description} Spec: ${m.spec.url} (${m.spec.level}).` : m.description },
    helpUri: docsUrl(m.id),
    help: { text: `${m.description} See ${docsUrl(m.id)}`, markdown: `${m.description} [Documentation](${docsUrl(m.id)})` },
    defaultConfiguration: { level: LEVEL[m.defaultSeverity] },
    ...messageStrings(m),
    properties: {
      category: m.category,
      tags,
      ...(m.securitySeverity && { 'security-severity': SECURITY_SEVERITY[m.securitySeverity], securitySeverityLevel: m.securitySeverity }),
    },
  };
}

/** Each message's headline, by message id: a viewer can name a result's kind of finding. */
function messageStrings(m: RuleMeta) {
  const entries = Object.entries(m.messages as Record<string, MessageSpec>);
  if (entries.length === 0) return {};
  return { messageStrings: Object.fromEntries(entries.map(([id, spec]) => [id, { text: spec.headline }])) };
}

/** The headline, then why it matters and how to fix it. */
function markdownOf(d: Diagnostic): string {
  return [d.message, d.detail, d.help && `**Fix:** ${d.help}`].filter((x) => x !== undefined && x !== '').join('\n\n');
}

/** The run, and each rule that failed on a bundle (internal-error findings) as a notification. */
function invocation(results: Parameters<Formatter>[0]['results']) {
  const failed = results.flatMap((r) => r.diagnostics.filter((d) => d.ruleId === INTERNAL_ERROR).map((d) => ({ r, d })));
  if (failed.length === 0) return { executionSuccessful: true };
  return {
    executionSuccessful: false,
    toolExecutionNotifications: failed.map(({ r, d }) => ({ level: 'error', message: { text: `${r.filePath}: ${d.message}` }, descriptor: { id: INTERNAL_ERROR } })),
  };
}

const sarif: Formatter = ({ results, rules, cwd }) => {
  const metas = [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new Map(metas.map((m, i) => [m.id, i]));
  const out: unknown[] = [];
  const result = (file: string, d: Diagnostic | SuppressedDiagnostic) => {
    const pointer = 'pointer' in d.location ? d.location.pointer : undefined;
    const idx = index.get(d.ruleId);
    return {
      ruleId: d.ruleId,
      ...(idx !== undefined && { ruleIndex: idx }),
      level: LEVEL[d.severity],
      message: { text: d.message, ...((d.detail !== undefined || d.help !== undefined) && { markdown: markdownOf(d) }) },
      locations: [{ physicalLocation: physical(d.location, file, cwd) }],
      ...(d.related?.length && {
        relatedLocations: d.related.map((rel, i) => ({ id: i + 1, message: { text: rel.message }, physicalLocation: physical(rel.location, file, cwd) })),
      }),
      partialFingerprints: { 'ocilintPointerHash/v1': fingerprint(d) },
      ...fixesOf(d, file, cwd),
      ...('suppressions' in d && {
        suppressions: d.suppressions.map((s) => ({ kind: s.kind === 'inline' ? 'inSource' : 'external', status: 'accepted', justification: s.justification, properties: { source: s.source } })),
      }),
      properties: {
        messageId: d.messageId,
        ...(pointer !== undefined && { jsonPointer: pointer }),
        ...(d.location.kind === 'rootfs' && { rootfsPath: d.location.path }),
      },
    };
  };
  for (const r of results) {
    for (const d of r.diagnostics) out.push(result(r.filePath, d));
    for (const d of r.suppressed) out.push(result(r.filePath, d));
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, version: TOOL_VERSION, semanticVersion: TOOL_VERSION, informationUri: REPO_URL, rules: metas.map(descriptor) } },
        invocations: [invocation(results)],
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        results: out,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

export default sarif;
