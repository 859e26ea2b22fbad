// --print-config PATH: the configuration that applies to a path, after the configuration file
// and the command line are combined, as JSON (so it can be diffed and read by tools).

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SeveritySetting } from '../core/types.js';
import type { ConfigResolver } from '../config/load.js';
import { resolveSettings } from '../engine/presets.js';
import type { AnyRule } from '../rules/api.js';
import type { CliArgs } from './options.js';
import { UsageError } from './errors.js';
import { errnoWords } from '../core/errno.js';

export function printConfig(
  target: string,
  args: CliArgs,
  resolver: ConfigResolver,
  overrides: ReadonlyMap<string, SeveritySetting>,
  rules: readonly AnyRule[],
  cwd: string,
): string {
  const abs = path.resolve(cwd, target);
  let isDir: boolean;
  try {
    isDir = fs.statSync(abs).isDirectory();
  } catch (e) {
    // A misspelt path would print a configuration that applies to nothing: say so instead.
    throw new UsageError(`--print-config ${target}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : `cannot access it: ${errnoWords(e)}`}`);
  }
  const file = isDir ? path.join(target, 'config.json') : target;
  const cfg = resolver.sourceConfig(file, isDir ? target : path.dirname(target));
  const preset = args.preset ?? cfg?.preset ?? 'recommended';
  const settings = resolveSettings(rules.map((r) => r.meta), preset, new Map([...(cfg?.rules ?? []), ...overrides]));
  const out = {
    path: target,
    configFile: cfg?.file ?? null,
    preset,
    specVersion: args.specVersion ?? cfg?.specVersion ?? null,
    configOnly: args.configOnly ?? cfg?.configOnly ?? false,
    inlineSuppressions: args.inlineSuppressions ?? cfg?.inlineSuppressions ?? true,
    unsuppressible: cfg?.unsuppressible ?? [],
    rules: Object.fromEntries([...settings].map(([id, s]) => [id, s.severity])),
    ignores: (cfg?.ignores ?? []).map((i) => ({ rules: i.rules, reason: i.reason, source: i.source })),
  };
  return JSON.stringify(out, null, 2) + '\n';
}
