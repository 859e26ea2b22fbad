// Lints an editor's text as the command line would lint the same bytes saved at the same path:
// the same rules, the `.ocilint.yaml` that applies to the path, and the rootfs on disk beside it.
// The configuration files are read once and kept until a watched-file event says one changed.

import * as path from 'node:path';
import { DirBundleSource } from '../bundle/dir-source.js';
import { isDir } from '../bundle/files.js';
import { OverlaySource } from '../bundle/overlay-source.js';
import { ConfigReadError, type BundleSource } from '../bundle/source.js';
import { StdinSource } from '../bundle/stdin-source.js';
import { RealHostView } from '../bundle/host.js';
import { ConfigResolver } from '../config/load.js';
import { ConfigError } from '../config/validate.js';
import { DEFAULT_MAX_CONFIG_SIZE, failedResult, type FileResult } from '../engine/lint.js';
import { lintSources } from '../engine/run.js';
import type { RunOptions } from '../engine/options.js';
import { allRules, RENAMED_RULES } from '../rules/all.js';
import type { ServerSettings } from './settings.js';

export type LintOutcome =
  | { kind: 'result'; result: FileResult; /** The configuration file that applied, if any. */ configFile: string | undefined }
  /** The configuration file that applies is invalid: nothing was linted. */
  | { kind: 'config-error'; message: string };

export class Linter {
  private resolver: ConfigResolver | undefined;

  /** `root`: the workspace folder (relative paths in configuration files and messages start there). */
  constructor(
    private readonly root: string,
    private readonly warn: (message: string) => void,
  ) {}

  /** Forgets the configuration files read so far (one changed on disk). */
  reset(): void {
    this.resolver = undefined;
  }

  /** Lints `text` as the config at `file` (absolute), or as a config with no file when undefined. */
  async lint(text: string, file: string | undefined, settings: ServerSettings): Promise<LintOutcome> {
    const source = overlay(text, file);
    let cfg;
    try {
      this.resolver ??= new ConfigResolver({ lookup: true, ruleIds: allRules.map((r) => r.meta.id), renamedRules: RENAMED_RULES, cwd: this.root, onWarning: this.warn });
      cfg = file === undefined ? undefined : this.resolver.sourceConfig(file, source.hasFilesystem ? path.dirname(file) : undefined);
    } catch (e) {
      if (e instanceof ConfigError) {
        // Read again next time: the file may be fixed without a watched-file event reaching us.
        this.resolver = undefined;
        return { kind: 'config-error', message: e.message };
      }
      throw e;
    }
    const run: RunOptions = {
      rules: allRules,
      concurrency: 1,
      settingsFor: () => cfg,
      ...(settings.targets.length > 0 && { targets: settings.targets }),
      // A new view each time: it keeps what it read from /proc and /sys, which a server outlives.
      ...(settings.hostSpecific && { host: new RealHostView() }),
    };
    let result: FileResult;
    try {
      [result] = (await lintSources([source], run)) as [FileResult];
    } catch (e) {
      // The engine turns a failing rule into a finding; anything else is still this buffer's finding.
      result = failedResult(source, e);
    }
    return { kind: 'result', result, configFile: cfg?.file };
  }
}

/**
 * The editor's text laid over the bundle directory on disk, when the file's directory exists;
 * else over a source with no filesystem (no rootfs checks), as for a config on standard input.
 */
function overlay(text: string, file: string | undefined): BundleSource {
  const dir = file === undefined ? undefined : path.dirname(file);
  const under = dir !== undefined && isDir(dir) ? new DirBundleSource(file!, dir) : new StdinSource(file ?? 'config.json');
  // A UTF-16 code unit is one to three bytes of UTF-8: a paste far over the limit is refused
  // without encoding it.
  const limit = DEFAULT_MAX_CONFIG_SIZE;
  if (text.length > limit) return new OverlaySource(under, { error: new ConfigReadError(`the text is over the ${limit}-byte limit (--max-config-size); not linted`, 'too-large') });
  return new OverlaySource(under, { bytes: Buffer.from(text, 'utf8') });
}
