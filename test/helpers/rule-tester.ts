// A small typed tester for rules. Each case is a config (a partial config deep-merged into a
// minimal valid base, or raw text) and optionally a rootfs, built as a real bundle on disk and
// linted through the real engine with only the rule under test enabled. Assertions are on rule
// id, message id, pointer and line/column, never on the English text. Every reported range is
// also checked against the text independently: the source slice it covers must parse to the
// value (or key) at its pointer.
//
// Each case of a rule that reads the rootfs (meta.needsRootfs) is linted three more times, with its
// bundle packed as tar archives (gzip with ./ names, PAX with a top-level folder, GNU with bare
// names; see packBundle), and the findings must be identical to the directory's: the rootfs view
// over an archive has the same semantics as over a directory.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { Diagnostic, Fix, Severity, TargetSpec } from '../../src/core/types.js';
import { OverlaySource } from '../../src/bundle/overlay-source.js';
import { applyFixes, fixText, isJson, MAX_PASSES } from '../../src/engine/fix.js';
import { suppressionTitle } from '../../src/engine/suppress.js';
import type { SpecVersion } from '../../src/core/versions.js';
import { DirBundleSource } from '../../src/bundle/dir-source.js';
import { ArchiveBundleSource } from '../../src/bundle/archive-source.js';
import type { BundleSource } from '../../src/bundle/source.js';
import type { HostView } from '../../src/bundle/host.js';
import { lintSource, type FileResult } from '../../src/engine/lint.js';
import type { BundleOptions } from '../../src/engine/options.js';
import { resolveSettings } from '../../src/engine/presets.js';
import { isEngineRule, type AnyRule } from '../../src/rules/api.js';
import { ARCHIVE_VARIANTS, BASE_TREE, buildBundle, packBundle, tempDir, type ArchiveVariant, type Tree } from './fixture.js';

/** The smallest config every runtime accepts, with a rootfs that has what it names. */
export function baseConfig(): Record<string, unknown> {
  return {
    ociVersion: '1.3.0',
    process: { terminal: false, user: { uid: 0, gid: 0 }, args: ['/bin/sh'], env: ['PATH=/usr/bin:/bin'], cwd: '/' },
    root: { path: 'rootfs' },
    hostname: 'test',
    mounts: [{ destination: '/proc', type: 'proc', source: 'proc' }],
    linux: { namespaces: [{ type: 'pid' }, { type: 'mount' }, { type: 'uts' }, { type: 'ipc' }, { type: 'network' }] },
  };
}

/**
 * The base config run as an unprivileged user: what tests of the whole tool start from, so that
 * no security warning about a root process adds to the findings under test.
 */
export function unprivilegedConfig(): Record<string, unknown> {
  return merge(baseConfig(), { process: { user: { uid: 1000, gid: 1000 } } }) as Record<string, unknown>;
}

type Patch = { [key: string]: unknown };

/** Deep merge: objects merge, anything else replaces, `undefined` deletes the key. */
export function merge(base: unknown, patch: unknown): unknown {
  if (!isPlain(base) || !isPlain(patch)) return patch;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete out[k];
    else out[k] = merge(out[k], v);
  }
  return out;
}

function isPlain(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * The text of a config patch after `change` (the expected text after a fix or a suggestion): the
 * fixer writes what it inserts in the style JSON.stringify(…, null, 2) gives, as configText does.
 */
export function changedText(patch: Patch, change: (config: any) => void): string {
  const config = merge(baseConfig(), patch);
  change(config);
  return JSON.stringify(config, null, 2) + '\n';
}

/** `obj` with the key `from` renamed `to`, in its place. */
export function renamed(obj: Record<string, unknown>, from: string, to: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k === from ? to : k, v]));
}

export interface Case {
  name?: string;
  /** Merged into baseConfig(); ignored when `raw` is given. */
  config?: Patch;
  /** The whole config.json text. */
  raw?: string | Uint8Array;
  /** Replaces BASE_TREE; `null` builds no rootfs directory at all. */
  rootfs?: Tree | null;
  /** Added on top of BASE_TREE. */
  files?: Tree;
  /** Entries relative to the bundle directory. */
  extra?: Tree;
  configOnly?: boolean;
  specVersion?: SpecVersion;
  /** Runtimes named with --target (`runc`, `runc@1.1`, ...). */
  targets?: TargetSpec[];
  /** The host view --host-specific rules read (a fakeHost, or the real one). */
  host?: HostView;
}

export interface Expected {
  messageId: string;
  pointer?: string;
  line?: number;
  column?: number;
  severity?: Severity;
  rootfsPath?: string;
  /** The pointers of the finding's related places, in order (none when empty). */
  related?: string[];
  /**
   * The config text after each of the finding's suggestions (the rule's own, in order; not the
   * engine's suggestion to suppress it). Required when the finding offers any.
   */
  suggestions?: string[];
}

export interface InvalidCase extends Case {
  errors: Expected[];
  /**
   * The config text after the rule's fixes are applied (in passes, as --fix does). Required when a
   * finding offers a fix; the text itself when none should.
   */
  output?: string;
}

export function configText(c: Case): string | Uint8Array {
  return c.raw ?? JSON.stringify(merge(baseConfig(), c.config ?? {}), null, 2) + '\n';
}

export async function lintCase(
  rule: AnyRule,
  c: Case,
): Promise<{ result: FileResult; text: string | Uint8Array; archives: { variant: ArchiveVariant; result: FileResult }[] }> {
  const dir = path.join(tempDir(), 'bundle');
  const text = configText(c);
  const rootfs = c.rootfs === null ? undefined : { ...(c.rootfs ?? BASE_TREE), ...(c.files ?? {}) };
  buildBundle(dir, { config: text, ...(rootfs && { rootfs }), ...(c.extra && { extra: c.extra }) });
  const settings = resolveSettings([rule.meta], 'all');
  const lint = (source: BundleSource): Promise<FileResult> => lintSource(source, { rules: [rule], settings, ...lintOptions(c) });
  const result = await lint(new DirBundleSource(path.join(dir, 'config.json'), dir));
  // The engine skips a rule when every part of the config it reads is absent: the rule must then
  // have nothing to say, so running it anyway gives the same findings.
  if (!isEngineRule(rule) && rule.reads !== undefined) {
    const always = { meta: rule.meta, check: rule.check };
    const unskipped = await lintSource(new DirBundleSource(path.join(dir, 'config.json'), dir), { rules: [always], settings, ...lintOptions(c) });
    assert.deepEqual(unskipped, result, `${rule.meta.id} reports something when what it reads (${rule.reads.join(', ')}) is absent: its reads list is incomplete`);
  }
  const archives: { variant: ArchiveVariant; result: FileResult }[] = [];
  // Rules that read the rootfs (and only they: a config rule sees the same bytes either way).
  if (rule.meta.needsRootfs && !c.configOnly) for (const variant of ARCHIVE_VARIANTS) {
    archives.push({ variant, result: await lint(new ArchiveBundleSource(packBundle(dir, variant))) });
  }
  return { result, text, archives };
}

function lintOptions(c: Case): Omit<BundleOptions, 'rules' | 'settings'> {
  return {
    ...(c.configOnly !== undefined && { configOnly: c.configOnly }),
    ...(c.specVersion !== undefined && { specVersion: c.specVersion }),
    ...(c.targets !== undefined && { targets: c.targets }),
    ...(c.host !== undefined && { host: c.host }),
  };
}

/** The archive forms of a case must give exactly the directory's findings. */
function assertSameAsArchives(result: FileResult, archives: { variant: ArchiveVariant; result: FileResult }[]): void {
  const strip = (r: FileResult) => ({ ...r, filePath: '', bundlePath: '' });
  for (const a of archives) assert.deepEqual(strip(a.result), strip(result), `the ${a.variant} archive gives other findings than the directory`);
}

export function testRule(rule: AnyRule, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    cases.valid.forEach((c, i) => {
      it(`valid: ${c.name ?? `#${i + 1}`}`, async () => {
        const { result, archives } = await lintCase(rule, c);
        const own = result.diagnostics.filter((d) => d.ruleId === rule.meta.id);
        assert.deepEqual(own.map(summary), [], 'expected no findings');
        assertSameAsArchives(result, archives);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid: ${c.name ?? `#${i + 1}`}`, async () => {
        const { result, text, archives } = await lintCase(rule, c);
        const own = result.diagnostics.filter((d) => d.ruleId === rule.meta.id);
        assert.equal(own.length, c.errors.length, `expected ${c.errors.length} findings, got ${JSON.stringify(own.map(summary), null, 1)}`);
        own.forEach((d, k) => {
          const e = c.errors[k]!;
          assert.equal(d.messageId, e.messageId, `finding ${k}: message id`);
          const loc = d.location;
          if (e.pointer !== undefined) assert.equal('pointer' in loc ? loc.pointer : undefined, e.pointer, `finding ${k}: pointer`);
          if (e.line !== undefined) assert.equal(loc.range?.start.line, e.line, `finding ${k}: line`);
          if (e.column !== undefined) assert.equal(loc.range?.start.column, e.column, `finding ${k}: column`);
          if (e.severity !== undefined) assert.equal(d.severity, e.severity, `finding ${k}: severity`);
          if (e.rootfsPath !== undefined) assert.equal(loc.kind === 'rootfs' ? loc.path : undefined, e.rootfsPath, `finding ${k}: rootfs path`);
          if (e.related !== undefined) assert.deepEqual((d.related ?? []).map((r) => ('pointer' in r.location ? r.location.pointer : undefined)), e.related, `finding ${k}: related places`);
          assert.ok(!/\{\{\w+\}\}/.test(d.message), `finding ${k}: unfilled placeholder in "${d.message}"`);
          checkRange(d, decoded(text));
          checkSuggestions(d, e, k, decoded(text));
        });
        await checkFixes(rule, c, result, decoded(text));
        assertSameAsArchives(result, archives);
      });
    });
  });
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
function decoded(text: string | Uint8Array): string {
  return typeof text === 'string' ? text : decoder.decode(text);
}

/** The text with one fix's edits applied. */
function applied(text: string, fix: Fix): string {
  return applyFixes(text, [fix]).text;
}

/** A finding's own suggestions must give the texts the case expects, each valid JSON when the input was. */
function checkSuggestions(d: Diagnostic, e: Expected, k: number, text: string): void {
  const own = (d.suggestions ?? []).filter((s) => s.title !== suppressionTitle(d.ruleId));
  const outputs = own.map((s) => applied(text, s));
  if (e.suggestions === undefined) {
    assert.deepEqual(outputs, [], `finding ${k} offers suggestions (${own.map((s) => s.title).join('; ')}): list their outputs in \`suggestions\``);
    return;
  }
  assert.deepEqual(outputs, e.suggestions, `finding ${k}: suggestions (${own.map((s) => s.title).join('; ')})`);
  if (isJson(text)) for (const o of outputs) assert.ok(isJson(o), `finding ${k}: a suggestion makes invalid JSON:\n${o}`);
}

/**
 * The rule's fixes, applied in passes as --fix does (re-linting the bundle with only this rule),
 * must give the case's `output`, as valid JSON, and leave no fix of the rule behind (a second
 * --fix changes nothing).
 */
async function checkFixes(rule: AnyRule, c: InvalidCase, result: FileResult, text: string): Promise<void> {
  const fixable = result.diagnostics.some((d) => d.ruleId === rule.meta.id && d.fix !== undefined);
  if (c.output === undefined) {
    assert.ok(!fixable, `the rule offers a fix here: give the case an \`output\` (${result.diagnostics.filter((d) => d.fix).map((d) => d.fix!.title).join('; ')})`);
    return;
  }
  const dir = path.join(tempDir(), 'bundle');
  const rootfs = c.rootfs === null ? undefined : { ...(c.rootfs ?? BASE_TREE), ...(c.files ?? {}) };
  buildBundle(dir, { config: text, ...(rootfs && { rootfs }), ...(c.extra && { extra: c.extra }) });
  const source = new DirBundleSource(path.join(dir, 'config.json'), dir);
  const settings = resolveSettings([rule.meta], 'all');
  const lint = (t: string): Promise<FileResult> => lintSource(new OverlaySource(source, { bytes: Buffer.from(t) }), { rules: [rule], settings, ...lintOptions(c) });
  const outcome = await fixText(text, lint, { first: result, filter: (d) => d.ruleId === rule.meta.id });
  assert.equal(outcome.broken, undefined);
  assert.equal(outcome.text, c.output, 'the text after --fix');
  if (isJson(text)) assert.ok(isJson(outcome.text), 'the fixed text is not JSON');
  assert.ok(outcome.passes < MAX_PASSES, 'the fixes did not settle');
  assert.ok(!outcome.result.diagnostics.some((d) => d.ruleId === rule.meta.id && d.fix !== undefined), 'a second --fix would change the text again');
}

function summary(d: Diagnostic) {
  const l = d.location;
  return { messageId: d.messageId, pointer: 'pointer' in l ? l.pointer : undefined, line: l.range?.start.line, column: l.range?.start.column, message: d.message };
}

/** The range of a pointer finding must cover exactly the value (or key) that the pointer names. */
function checkRange(d: Diagnostic, text: string): void {
  const loc = d.location;
  if (!loc.range || !('pointer' in loc) || loc.pointer === undefined || loc.pointer === '') return;
  let slice = text.slice(loc.range.start.offset, loc.range.end.offset);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return; // raw, deliberately broken texts are checked by their own tests
  }
  const segs = loc.pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let cur: unknown = doc;
  for (const s of segs) cur = cur === null || typeof cur !== 'object' ? undefined : (cur as Record<string, unknown>)[s];
  if (slice.startsWith(' ')) slice = slice.trim();
  const parsed: unknown = JSON.parse(slice);
  if (parsed === segs[segs.length - 1] && typeof cur !== 'string') return; // a key
  if (typeof parsed === 'string' && parsed === segs[segs.length - 1]) return; // a key, or a value equal to it
  assert.deepEqual(parsed, cur, `range of ${d.ruleId} at ${loc.pointer} covers ${slice}`);
}
