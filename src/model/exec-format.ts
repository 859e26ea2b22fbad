// How Linux's execve(2) reads the first bytes of a program: a "#!" line (fs/binfmt_script.c) or
// an ELF header and its PT_INTERP (fs/binfmt_elf.c). Only what decides whether the exec can
// succeed; anything this parser cannot read with certainty is 'unknown', never a finding.

/** The most of a file the kernel looks at for "#!" (BINPRM_BUF_SIZE). */
const SHEBANG_BUF = 256;
/** Bytes a rule reads from a program: the "#!" buffer, and the ELF and program headers of common programs. */
export const EXEC_HEAD = 1024;

export type ExecFormat =
  | { kind: 'script'; interpreter: string }
  | { kind: 'script-bad'; reason: 'empty' | 'truncated' }
  | { kind: 'elf'; loader: string | undefined }
  | { kind: 'elf-bad-type'; type: number }
  | { kind: 'other' }
  | { kind: 'unknown' };

/** What the kernel makes of a file that starts with `head` (its first EXEC_HEAD bytes or all of it; `size` is the whole file's). */
export function execFormat(head: Uint8Array, size: number): ExecFormat {
  // Fewer bytes than the file has up to EXEC_HEAD: a damaged archive entry, not the file's start.
  if (head.length < Math.min(size, EXEC_HEAD)) return { kind: 'unknown' };
  if (head[0] === 0x23 && head[1] === 0x21) return shebang(head);
  if (head[0] === 0x7f && head[1] === 0x45 && head[2] === 0x4c && head[3] === 0x46) return elf(head);
  return { kind: 'other' };
}

const spacetab = (c: number | undefined): boolean => c === 0x20 || c === 0x09;

/** load_script()'s reading of the "#!" line, over the first 256 bytes padded with NULs. */
function shebang(head: Uint8Array): ExecFormat {
  const buf = new Uint8Array(SHEBANG_BUF);
  buf.set(head.subarray(0, SHEBANG_BUF));
  const last = SHEBANG_BUF - 1;
  const nonSpace = (from: number, to: number): number => {
    for (let i = from; i <= to; i++) if (!spacetab(buf[i])) return i;
    return -1;
  };
  const terminator = (from: number, to: number): number => {
    for (let i = from; i <= to; i++) if (spacetab(buf[i]) || buf[i] === 0) return i;
    return -1;
  };
  // A newline ends the line; the kernel's strnchr stops at a NUL.
  let end = -1;
  for (let i = 0; i < SHEBANG_BUF && buf[i] !== 0; i++) {
    if (buf[i] === 0x0a) {
      end = i;
      break;
    }
  }
  if (end < 0) {
    const first = nonSpace(2, last);
    if (first < 0) return { kind: 'script-bad', reason: 'empty' };
    // No space, tab or NUL after the name: the path may be cut short, and the kernel refuses it.
    if (terminator(first, last) < 0) return { kind: 'script-bad', reason: 'truncated' };
    end = last;
  }
  while (spacetab(buf[end - 1])) end--;
  const name = nonSpace(2, end);
  if (name < 0 || name === end) return { kind: 'script-bad', reason: 'empty' };
  const sep = terminator(name, end);
  const nameEnd = sep < 0 ? end : sep;
  return { kind: 'script', interpreter: Buffer.from(buf.subarray(name, nameEnd)).toString('utf8') };
}

/** The ELF header's type and its first PT_INTERP, read as load_elf_binary() reads them. */
function elf(head: Uint8Array): ExecFormat {
  const cls = head[4];
  const data = head[5];
  if ((cls !== 1 && cls !== 2) || (data !== 1 && data !== 2)) return { kind: 'unknown' };
  const is64 = cls === 2;
  const le = data === 1;
  if (head.length < (is64 ? 64 : 52)) return { kind: 'unknown' };
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const type = view.getUint16(16, le);
  if (type !== 2 && type !== 3) return { kind: 'elf-bad-type', type };
  const word = (at: number): number => (is64 ? Number(view.getBigUint64(at, le)) : view.getUint32(at, le));
  const phoff = word(is64 ? 32 : 28);
  const phentsize = view.getUint16(is64 ? 54 : 42, le);
  const phnum = view.getUint16(is64 ? 56 : 44, le);
  // The kernel refuses other entry sizes and empty tables (ENOEXEC); not judged here.
  if (phentsize !== (is64 ? 56 : 32) || phnum === 0) return { kind: 'unknown' };
  for (let i = 0; i < phnum; i++) {
    const at = phoff + i * phentsize;
    if (at + phentsize > head.length) return { kind: 'unknown' };
    if (view.getUint32(at, le) !== 3) continue; // PT_INTERP
    const offset = word(at + (is64 ? 8 : 4));
    const size = word(at + (is64 ? 32 : 16));
    // Out-of-range sizes and a name without its NUL are ENOEXEC; a name past the head is unread.
    if (size < 2 || size > 4096 || offset + size > head.length || head[offset + size - 1] !== 0) return { kind: 'unknown' };
    const bytes = head.subarray(offset, offset + size - 1);
    const nul = bytes.indexOf(0);
    return { kind: 'elf', loader: Buffer.from(nul < 0 ? bytes : bytes.subarray(0, nul)).toString('utf8') };
  }
  return { kind: 'elf', loader: undefined };
}

/** An ELF header's e_machine (the CPU architecture), or undefined when `head` is no readable ELF header. */
export function elfMachine(head: Uint8Array): number | undefined {
  if (head.length < 20 || head[0] !== 0x7f || head[1] !== 0x45 || head[2] !== 0x4c || head[3] !== 0x46) return undefined;
  if (head[5] !== 1 && head[5] !== 2) return undefined;
  return new DataView(head.buffer, head.byteOffset, head.byteLength).getUint16(18, head[5] === 1);
}
