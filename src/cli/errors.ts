// A mistake in how ocilint was called (a flag, a value, a path to write to): exit code 2, one line on stderr.
export class UsageError extends Error {
  override name = 'UsageError';
}
