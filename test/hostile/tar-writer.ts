// A tiny tar writer for the archive attacks: it writes exactly the headers a test asks for,
// including ones no well-behaved tool writes (../ names, absolute names, huge sizes, lying PAX
// records), which is why the tests do not use a real tar.

const BLOCK = 512;

export interface TarHeader {
  name: string;
  /** '0' file, '1' hard link, '2' symlink, '3' char, '4' block, '5' dir, '6' fifo, 'x' PAX, 'L' GNU long name, 'K' GNU long link. */
  type?: string;
  mode?: number;
  size?: number;
  /** The size field written verbatim as 11 octal digits + NUL, or a base-256 number when bigint. */
  sizeField?: string | bigint;
  linkname?: string;
  uid?: number;
  gid?: number;
  magic?: 'ustar' | 'gnu';
}

export function header(h: TarHeader): Buffer {
  const b = Buffer.alloc(BLOCK);
  b.write(h.name.slice(0, 100), 0, 'utf8');
  b.write(octal(h.mode ?? 0o755, 8), 100, 'ascii');
  b.write(octal(h.uid ?? 0, 8), 108, 'ascii');
  b.write(octal(h.gid ?? 0, 8), 116, 'ascii');
  if (typeof h.sizeField === 'bigint') {
    // Base-256: the high bit of the first byte set, the number big-endian in the rest.
    let v = h.sizeField;
    for (let i = 135; i > 124; i--) {
      b[i] = Number(v & 0xffn);
      v >>= 8n;
    }
    b[124] = 0x80;
  } else {
    b.write(h.sizeField ?? octal(h.size ?? 0, 12), 124, 'ascii');
  }
  b.write(octal(0, 12), 136, 'ascii');
  b.write(h.type ?? '0', 156, 'ascii');
  if (h.linkname) b.write(h.linkname.slice(0, 100), 157, 'utf8');
  if (h.magic === 'gnu') b.write('ustar  \0', 257, 'ascii');
  else b.write('ustar\x0000', 257, 'ascii');
  b.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of b) sum += byte;
  b.write(octal(sum, 7) + ' ', 148, 'ascii');
  return b;
}

function octal(n: number, width: number): string {
  return n.toString(8).padStart(width - 1, '0').slice(-(width - 1)) + '\0';
}

function pad(data: Buffer): Buffer {
  const rest = (BLOCK - (data.length % BLOCK)) % BLOCK;
  return Buffer.concat([data, Buffer.alloc(rest)]);
}

export type TarItem =
  | { name: string; file: string | Buffer; mode?: number }
  | { name: string; dir: true }
  | { name: string; symlink: string }
  | { name: string; hardlink: string }
  | { name: string; fifo: true }
  /** A raw header followed by `data` (padded), for lies. */
  | { raw: TarHeader; data?: Buffer }
  /** A PAX extended header applying to the next entry. */
  | { pax: Record<string, string> }
  | { gnuLongName: string }
  | { gnuLongLink: string };

function paxRecords(r: Record<string, string>): Buffer {
  let out = '';
  for (const [k, v] of Object.entries(r)) {
    const body = ` ${k}=${v}\n`;
    let len = Buffer.byteLength(body) + 1;
    while (String(len).length + Buffer.byteLength(body) !== len) len = String(len).length + Buffer.byteLength(body);
    out += `${len}${body}`;
  }
  return Buffer.from(out, 'utf8');
}

/** A tar stream of the items, with the end-of-archive marker unless `end` is false. */
export function tar(items: TarItem[], end = true): Buffer {
  const parts: Buffer[] = [];
  for (const it of items) {
    if ('raw' in it) {
      parts.push(header(it.raw));
      if (it.data) parts.push(pad(it.data));
    } else if ('pax' in it) {
      const d = paxRecords(it.pax);
      parts.push(header({ name: 'PaxHeader', type: 'x', size: d.length }), pad(d));
    } else if ('gnuLongName' in it || 'gnuLongLink' in it) {
      const long = 'gnuLongName' in it ? it.gnuLongName : it.gnuLongLink;
      const d = Buffer.from(long + '\0', 'utf8');
      parts.push(header({ name: '././@LongLink', type: 'gnuLongName' in it ? 'L' : 'K', size: d.length, magic: 'gnu' }), pad(d));
    } else if ('file' in it) {
      const d = Buffer.from(it.file);
      parts.push(header({ name: it.name, size: d.length, mode: it.mode ?? 0o755 }), pad(d));
    } else if ('dir' in it) {
      parts.push(header({ name: it.name.endsWith('/') ? it.name : it.name + '/', type: '5' }));
    } else if ('symlink' in it) {
      parts.push(header({ name: it.name, type: '2', linkname: it.symlink, mode: 0o777 }));
    } else if ('hardlink' in it) {
      parts.push(header({ name: it.name, type: '1', linkname: it.hardlink }));
    } else {
      parts.push(header({ name: it.name, type: '6' }));
    }
  }
  if (end) parts.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(parts);
}
