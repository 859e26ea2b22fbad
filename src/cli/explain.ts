import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RuleMeta } from '../core/types.js';
import { docsUrl } from '../core/meta.js';
import { UsageError, closest } from './main.js';

/** The rule's documentation page, as shipped in the package's docs/rules/. */
export function explain(id: string, metas: ReadonlyMap<string, RuleMeta>): string {
  const meta = metas.get(id);
  if (!meta) {
    const hint = closest(id, [...metas.keys()]);
    throw new UsageError(`no rule "${id}"${hint ? `; did you mean "${hint}"?` : ''} (see --list-rules)`);
  }
  const file = fileURLToPath(new URL(`../../../docs/rules/${id}.md`, import.meta.url));
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    text = `# ${id}\n\n${meta.description}\n`;
  }
  return `${text.trimEnd()}\n\nOnline: ${docsUrl(id)}\n`;
}
