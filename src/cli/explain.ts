import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RuleMeta } from '../core/types.js';
import { docsUrl } from '../core/meta.js';
import { closest } from '../core/suggest.js';
import { UsageError } from './errors.js';
import { renderMarkdown } from './markdown.js';
import { embeddedFile } from '../core/shipped.js';

/** The rule's documentation page, as shipped in the package's docs/rules/, rendered for a terminal. */
export function explain(id: string, metas: ReadonlyMap<string, RuleMeta>, colorLevel: 0 | 1 | 2 | 3 = 0, width = 100): string {
  const meta = metas.get(id) ?? metas.get(id.toLowerCase());
  if (!meta) {
    const hint = closest(id, [...metas.keys()]);
    throw new UsageError(`no rule "${id}"${hint ? `; did you mean "${hint}"?` : ''} (see --list-rules)`);
  }
  const file = fileURLToPath(new URL(`../../../docs/rules/${meta.id}.md`, import.meta.url));
  let text: string;
  try {
    text = embeddedFile(`docs/rules/${meta.id}.md`) ?? fs.readFileSync(file, 'utf8');
  } catch {
    text = `# ${meta.id}\n\n${meta.description}\n`;
  }
  return `${renderMarkdown(text.trimEnd(), colorLevel, width)}\n\nOnline: ${docsUrl(meta.id)}\n`;
}
