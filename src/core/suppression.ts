// ocilint's own annotation key space, shared by the suppression rules and the engine.
// `dev.ocilint.` is a reverse-DNS prefix outside the spec's reserved `org.opencontainers.`.

export const INLINE_PREFIX = 'dev.ocilint.';
export const IGNORE_PREFIX = 'dev.ocilint.ignore/';
export const IGNORE_ALL_KEY = 'dev.ocilint.ignore-all';

export function isOwnAnnotation(key: string): boolean {
  return key.startsWith(INLINE_PREFIX);
}

export function isValidReason(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
