// Paths in a config, cleaned the one way each question needs.
//
// Two questions, two answers, never mixed:
// - Which place does a config path name, compared with other config paths (is this mount at
//   /proc, do two mounts share a destination)? `cleanPath` answers lexically, as Go's path.Clean
//   does for runc: slashes collapsed, `.` dropped, `..` folded (never above `/`).
// - Where does the kernel end up when it opens a path in the rootfs? There `..` is taken after
//   the symlinks before it are followed, so `lookupPath` keeps `..` for the rootfs resolver
//   (src/bundle/rootfs.ts), which walks the path the way the kernel does.

/** Lexically cleans a POSIX path: collapses slashes, `.` and `..` (never above `/`); relative paths are taken from `/`. */
export function cleanPath(p: string): string {
  // Most paths are clean already: return those as they are.
  if (p === '/' || (p.charCodeAt(0) === 0x2f && !p.endsWith('/') && !p.includes('//') && !p.includes('/./') && !p.includes('/../') && !p.endsWith('/.') && !p.endsWith('/..'))) return p;
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return '/' + out.join('/');
}

/** A path to resolve in the rootfs: slashes collapsed and `.` dropped; `..` is left to the resolver. */
export function lookupPath(p: string): string {
  if (p === '/' || (p.charCodeAt(0) === 0x2f && !p.endsWith('/') && !p.includes('//') && !p.includes('/./') && !p.endsWith('/.'))) return p;
  const parts = p.split('/').filter((s) => s !== '' && s !== '.');
  return '/' + parts.join('/');
}

/** A path as the container's process opens it: an absolute one as it is, a relative one from `cwd` (for lookupPath). */
export function fromCwd(name: string, cwd: string): string {
  return lookupPath(name.startsWith('/') ? name : `${cwd}/${name}`);
}

/** A Windows absolute path: a drive letter with a separator, or a `\\` path (UNC, `\\?\`, `\\.\pipe\`). */
export function isWindowsAbsolute(p: string): boolean {
  return /^(?:[A-Za-z]:[\\/]|\\\\)/.test(p);
}

/** The last component of a clean path ('' for `/`). */
export function baseName(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

/** The directory above a clean absolute path: '/a/b' -> '/a' -> '/' -> undefined. */
export function parentOf(p: string): string | undefined {
  if (p === '/') return undefined;
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}
