// `ocilint schema [--spec-version V]`: prints the JSON Schema of config.json for a runtime-spec
// release, as shipped in the package (schemas/<version>/config.schema.json), so that editors can
// validate a config while it is typed. The file is read at run time, never compiled here.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SPEC_VERSIONS } from '../core/versions.js';
import { embeddedFile } from '../core/shipped.js';

const SCHEMAS_DIR = fileURLToPath(new URL('../../../schemas/', import.meta.url));

interface SchemaIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  env: NodeJS.ProcessEnv;
}

export function schemaPath(version: string, dir = SCHEMAS_DIR): string {
  return path.join(dir, version, 'config.schema.json');
}

export function schemaCommand(argv: readonly string[], io: SchemaIo, dir = io.env['OCILINT_SCHEMAS_DIR'] || SCHEMAS_DIR): number {
  let version: string = SPEC_VERSIONS[SPEC_VERSIONS.length - 1]!;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') {
      io.stdout.write(`Usage: ocilint schema [--spec-version V]\n\nPrints the JSON Schema of config.json for a runtime-spec release (default ${version}).\nReleases: ${SPEC_VERSIONS.join(', ')}\n`);
      return 0;
    }
    const m = /^--spec-version(?:=(.*))?$/.exec(a);
    if (m) {
      const v = m[1] ?? argv[++i];
      if (v === undefined || !(SPEC_VERSIONS as readonly string[]).includes(v)) {
        io.stderr.write(`ocilint: --spec-version must be one of ${SPEC_VERSIONS.join(', ')}, got "${v ?? ''}"\n`);
        return 2;
      }
      version = v;
      continue;
    }
    io.stderr.write(`ocilint: schema: unknown argument "${a}"; usage: ocilint schema [--spec-version V]\n`);
    return 2;
  }
  const file = schemaPath(version, dir);
  let text: string;
  try {
    text = (dir === SCHEMAS_DIR ? embeddedFile(`schemas/${version}/config.schema.json`) : undefined) ?? fs.readFileSync(file, 'utf8');
    JSON.parse(text);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.stderr.write(`ocilint: no usable JSON Schema for runtime-spec ${version} in this installation (${file}: ${code ?? (e as Error).message})\n`);
    return 3;
  }
  io.stdout.write(text.endsWith('\n') ? text : text + '\n');
  return 0;
}
