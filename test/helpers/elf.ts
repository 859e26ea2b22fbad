// Small ELF files written byte by byte, for rootfs fixtures: the kernel's view of a program is its
// ELF header, its program headers and (for a dynamically linked one) the loader its PT_INTERP
// names, and these files hold exactly that. `elf()` with no options is a complete static x86-64
// Linux program that writes "hello from an OCI bundle" and exits 0, so a fixture using it really
// starts (fixtures/bundles/hello/rootfs/bin/hello is this file).

export interface ElfOptions {
  /** 64 (default) or 32 bits. */
  bits?: 32 | 64;
  bigEndian?: boolean;
  /** e_type: 2 ET_EXEC (default), 3 ET_DYN, 1 ET_REL, 4 ET_CORE. */
  type?: number;
  /** e_machine: 62 EM_X86_64 (default), 183 EM_AARCH64, 3 EM_386. */
  machine?: number;
  /** The loader a PT_INTERP header names (a dynamically linked program). */
  interp?: string;
}

const MESSAGE = 'hello from an OCI bundle\n';

/** write(1, message, length); exit(0); with the message right after the code. */
function helloCode(): number[] {
  const msg = [...Buffer.from(MESSAGE, 'latin1')];
  const code = [
    0xb8, 1, 0, 0, 0, // mov eax, 1 (write)
    0xbf, 1, 0, 0, 0, // mov edi, 1
    0x48, 0x8d, 0x35, 16, 0, 0, 0, // lea rsi, [rip + 16]: the message after the last instruction
    0xba, msg.length, 0, 0, 0, // mov edx, length
    0x0f, 0x05, // syscall
    0xb8, 60, 0, 0, 0, // mov eax, 60 (exit)
    0x31, 0xff, // xor edi, edi
    0x0f, 0x05, // syscall
  ];
  return [...code, ...msg];
}

export function elf(o: ElfOptions = {}): Uint8Array {
  const is64 = (o.bits ?? 64) === 64;
  const le = !o.bigEndian;
  const ehsize = is64 ? 64 : 52;
  const phentsize = is64 ? 56 : 32;
  const interp = o.interp === undefined ? undefined : Buffer.from(o.interp + '\0', 'utf8');
  const phnum = interp ? 2 : 1;
  const interpOffset = ehsize + phnum * phentsize;
  const codeOffset = interpOffset + (interp?.length ?? 0);
  const code = helloCode();
  const size = codeOffset + code.length;
  const base = 0x400000;
  const buf = new DataView(new ArrayBuffer(size));
  const u8 = new Uint8Array(buf.buffer);
  const u16 = (at: number, v: number) => buf.setUint16(at, v, le);
  const u32 = (at: number, v: number) => buf.setUint32(at, v, le);
  const word = (at: number, v: number) => (is64 ? buf.setBigUint64(at, BigInt(v), le) : buf.setUint32(at, v, le));
  u8.set([0x7f, 0x45, 0x4c, 0x46, is64 ? 2 : 1, le ? 1 : 2, 1]);
  u16(16, o.type ?? 2);
  u16(18, o.machine ?? 62);
  u32(20, 1);
  const w = is64 ? 8 : 4;
  word(24, base + codeOffset); // e_entry
  word(24 + w, ehsize); // e_phoff
  word(24 + 2 * w, 0); // e_shoff
  const tail = 24 + 3 * w; // e_flags, then the sizes and counts
  u32(tail, 0);
  u16(tail + 4, ehsize);
  u16(tail + 6, phentsize);
  u16(tail + 8, phnum);
  u16(tail + 10, is64 ? 64 : 40);
  const phdr = (at: number, type: number, flags: number, offset: number, vaddr: number, filesz: number, align: number) => {
    u32(at, type);
    if (is64) {
      u32(at + 4, flags);
      word(at + 8, offset);
      word(at + 16, vaddr);
      word(at + 24, vaddr);
      word(at + 32, filesz);
      word(at + 40, filesz);
      word(at + 48, align);
    } else {
      u32(at + 4, offset);
      u32(at + 8, vaddr);
      u32(at + 12, vaddr);
      u32(at + 16, filesz);
      u32(at + 20, filesz);
      u32(at + 24, flags);
      u32(at + 28, align);
    }
  };
  let at = ehsize;
  if (interp) {
    phdr(at, 3, 4, interpOffset, base + interpOffset, interp.length, 1); // PT_INTERP
    u8.set(interp, interpOffset);
    at += phentsize;
  }
  phdr(at, 1, 5, 0, base, size, 0x1000); // PT_LOAD, R+X, the whole file
  u8.set(code, codeOffset);
  return u8;
}

/** The "hello" program as the fixtures ship it. */
export const HELLO_ELF = elf();
export const HELLO_MESSAGE = MESSAGE;
