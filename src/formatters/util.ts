// Small helpers shared by the formats.
import * as path from 'node:path';
import type { Diagnostic } from '../core/types.js';

/** A report path: relative to cwd with forward slashes when inside it, else as resolved. */
export function displayPath(file: string, cwd: string): string {
  if (file === '' || file.startsWith('<')) return file;
  const abs = path.resolve(cwd, file);
  const rel = path.relative(cwd, abs);
  if (rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/');
  return abs.split(path.sep).join('/');
}

export function start(d: Diagnostic): { line: number; column: number } | undefined {
  const s = d.location.range?.start;
  return s ? { line: s.line, column: s.column } : undefined;
}

export function pointerOf(d: Diagnostic): string | undefined {
  return 'pointer' in d.location ? d.location.pointer : undefined;
}

/** XML 1.0 text/attribute escaping (line breaks kept as character references, which attributes would
 * otherwise fold into spaces); characters XML cannot carry are dropped. */
export function xml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}
