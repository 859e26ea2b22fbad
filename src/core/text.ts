// Text from a hostile input, made safe to print.

/**
 * Shows control characters (newlines, ESC, C1), line/paragraph separators and lone surrogates as
 * \uXXXX escapes, so a value from a config or a file name can neither forge report lines nor
 * drive the terminal it is printed to.
 */
export function escapeControls(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) =>
    `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
