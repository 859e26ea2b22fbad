// Files that ship beside the code and are read at run time: the rules' pages (--explain) and the
// JSON Schemas (`ocilint schema`). The standalone executable has no files beside it: it carries
// them inside itself and installs a reader for them (scripts/sea-entry.cjs) before main() runs.

declare global {
  // eslint-disable-next-line no-var
  var __ocilintEmbedded: ((rel: string) => string | undefined) | undefined;
}

/** The text of a shipped file, by its path in the package (`docs/rules/x.md`), when the executable carries it. */
export function embeddedFile(rel: string): string | undefined {
  return globalThis.__ocilintEmbedded?.(rel);
}
