// SARIF 2.1.0 validation against the OASIS schema kept in ../shared (read at test time, never copied).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { repoRoot } from './paths.js';

export const SARIF_SCHEMA = path.join(repoRoot, '..', 'shared', 'reference', 'sarif', 'sarif-schema-2.1.0.json');

/** A validator for SARIF 2.1.0 from the shared reference schema, or undefined when it is absent. */
export function sarifValidator(): ((v: unknown) => string | undefined) | undefined {
  if (!fs.existsSync(SARIF_SCHEMA)) return undefined;
  const require = createRequire(import.meta.url);
  const Ajv = require('ajv-draft-04') as new (o: object) => { compile(s: object): ((v: unknown) => boolean) & { errors?: unknown } };
  const addFormats = require('ajv-formats') as (a: unknown) => void;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(SARIF_SCHEMA, 'utf8')) as object);
  return (v) => (validate(v) ? undefined : JSON.stringify(validate.errors, null, 1));
}

