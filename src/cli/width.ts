// How wide the text for a person may be: COLUMNS when it is set (as most command-line tools
// read it), else the terminal's width, else 80, the width a report must fit when nobody knows
// where it goes (a pipe, a file, a CI log).

/** The classic terminal's width, taken when the width is unknown. */
export const UNKNOWN_WIDTH = 80;

/** COLUMNS, else the stream's width when it is a terminal; undefined when neither is known. */
export function knownWidth(env: NodeJS.ProcessEnv, stream: { isTTY?: boolean; columns?: number } | undefined): number | undefined {
  const columns = env['COLUMNS'];
  if (columns !== undefined && /^\s*\d+\s*$/.test(columns) && Number(columns) > 0) return Number(columns);
  if (stream?.isTTY && stream.columns && stream.columns > 0) return stream.columns;
  return undefined;
}

/**
 * The width of a terminal report (stylish, codeframe). In a GitHub Actions log with no width
 * set, rows are not wrapped: the log viewer wraps them itself, and the problem matcher
 * (.github/ocilint-matcher.json) reads one line per finding.
 */
export function reportWidth(env: NodeJS.ProcessEnv, stream: { isTTY?: boolean; columns?: number } | undefined): number {
  return knownWidth(env, stream) ?? (env['GITHUB_ACTIONS'] === 'true' ? Infinity : UNKNOWN_WIDTH);
}

/** The width of text to read (rule documentation, the rule list): the terminal's, at most `max`. */
export function textWidth(env: NodeJS.ProcessEnv, stream: { isTTY?: boolean; columns?: number } | undefined, max = Infinity): number {
  return Math.min(max, knownWidth(env, stream) ?? UNKNOWN_WIDTH);
}
