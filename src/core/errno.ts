// A failed file operation, said in words: "no such file or directory" rather than "ENOENT".

const WORDS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EEXIST: 'it already exists',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many levels of symbolic links',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  EBUSY: 'the file is busy',
  ETXTBSY: 'the file is a running program',
  EIO: 'an input/output error',
  EFBIG: 'the file is too large',
  EINVAL: 'an invalid argument',
  ENXIO: 'no such device or address',
};

/** What went wrong, in words, with the code in parentheses for searching: "permission denied (EACCES)". */
export function errnoWords(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === undefined) return e instanceof Error ? e.message : String(e);
  const words = WORDS[code];
  return words ? `${words} (${code})` : code;
}
