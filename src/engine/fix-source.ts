// Linting one source with its fixes applied (the `fix` option): the config is read once, linted,
// fixed in passes (each pass re-linted with the new text laid over the same bundle, so rootfs
// checks still run), and the result is what remains, with what was done (`fixes`: the text before
// and after, for every config read). Nothing is written here: the command line decides whether
// and where.

import type { Diagnostic } from '../core/types.js';
import { OverlaySource } from '../bundle/overlay-source.js';
import type { BundleSource } from '../bundle/source.js';
import { fixText } from './fix.js';
import { DEFAULT_MAX_CONFIG_SIZE, lintSource, type FileResult } from './lint.js';
import type { BundleOptions, FixOptions } from './options.js';

export async function lintFixing(source: BundleSource, opts: BundleOptions, fix: FixOptions): Promise<FileResult> {
  const { fix: _omit, ...plain } = opts;
  // Read once: a source such as standard input cannot be read again, and an error reading it is
  // a finding that the lint below reports.
  const read = await source.readConfig(opts.maxConfigSize ?? DEFAULT_MAX_CONFIG_SIZE).then(
    (bytes) => ({ bytes }),
    (error: unknown) => ({ error }),
  );
  const first = await lintSource(new OverlaySource(source, read), plain);
  if (!('bytes' in read)) return first;
  const accept = acceptor(fix, opts);
  const text = exactText(read.bytes);
  const shown = text ?? new TextDecoder('utf-8', { ignoreBOM: true }).decode(read.bytes);
  const none = { input: shown, output: shown, applied: 0, passes: 0 };
  if (!first.diagnostics.some((d) => d.fix !== undefined && accept(d))) return { ...first, fixes: none };
  if (text === undefined) return { ...first, fixes: { ...none, problem: 'not fixed: the file is not valid UTF-8, so it cannot be written back with only the fixes changed' } };
  if (fix.filesOnly && source.configFile === undefined) {
    const where = source.hasFilesystem ? 'it is inside an archive, which --fix never writes' : 'it was read from standard input (use --fix-dry-run to print the fixed config)';
    return { ...first, fixes: { ...none, problem: `not fixed: ${where}` } };
  }
  const lint = (t: string): Promise<FileResult> => lintSource(new OverlaySource(source, { bytes: Buffer.from(t, 'utf8') }), plain);
  const outcome = await fixText(text, lint, { first, filter: accept });
  return {
    ...outcome.result,
    fixes: { input: text, output: outcome.text, applied: outcome.applied, passes: outcome.passes, ...(outcome.broken !== undefined && { problem: outcome.broken }) },
  };
}

/** Whose fixes the options take. */
function acceptor(fix: FixOptions, opts: BundleOptions): (d: Diagnostic) => boolean {
  const rules = fix.rules && new Set(fix.rules);
  const categories = fix.categories && new Set(fix.categories);
  const categoryOf = new Map(opts.rules.map((r) => [r.meta.id, r.meta.category]));
  return (d) => (rules === undefined || rules.has(d.ruleId)) && (categories === undefined || categories.has(categoryOf.get(d.ruleId)!));
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text of bytes that decode as UTF-8 and encode back to themselves, else undefined. */
function exactText(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    return undefined;
  }
  return Buffer.from(text, 'utf8').equals(bytes) ? text : undefined;
}
