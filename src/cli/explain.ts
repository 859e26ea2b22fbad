import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RuleMeta } from '../core/types.js';
import { docsUrl } from '../core/meta.js';
import { didYouMean, suggestions } from '../core/suggest.js';
import { UsageError } from './errors.js';
import { renderMarkdown } from './markdown.js';
import { embeddedFile } from '../core/shipped.js';

/** The rule's documentation page, as shipped in the package's docs/rules/, rendered for a terminal. */
export function explain(id: string, metas: ReadonlyMap<string, RuleMeta>, colorLevel: 0 | 1 | 2 | 3 = 0, width = 80): string {
  const meta = metas.get(id) ?? metas.get(id.toLowerCase());
  if (!meta) {
    throw new UsageError(`--explain: no rule "${id}"${didYouMean(suggestions(id, [...metas.keys()]))} (see --list-rules)`);
  }
  const file = fileURLToPath(new URL(`../../../docs/rules/${meta.id}.md`, import.meta.url));
  let text: string;
  try {
    text = embeddedFile(`docs/rules/${meta.id}.md`) ?? fs.readFileSync(file, 'utf8');
  } catch {
    text = `# ${meta.id}\n\n${meta.description}\n`;
  }
  const url = docsUrl(meta.id);
  // A link is never broken: too long for the line, it gets a line of its own.
  return `${renderMarkdown(text.trimEnd(), colorLevel, width)}\n\nOnline:${'Online: '.length + url.length <= width ? ' ' : '\n'}${url}\n`;
}
