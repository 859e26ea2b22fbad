// JSON pointers (RFC 6901) and the dotted form messages use (`process.args[0]`).

/** A reference token that is an array index (RFC 6901: no leading zeros). */
export const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

function escapePointerToken(token: string): string {
  if (!token.includes('~') && !token.includes('/')) return token;
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

function unescapePointerToken(token: string): string {
  return token.includes('~') ? token.replace(/~1/g, '/').replace(/~0/g, '~') : token;
}

export function pointerFrom(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) out += '/' + (typeof seg === 'number' ? String(seg) : escapePointerToken(seg));
  return out;
}

/**
 * Splits a pointer into path segments. Segments that are array indices in `value` come back as
 * numbers, the rest as strings; without a value, all-digit segments are taken as indices.
 */
/** The unescaped reference tokens of a pointer ("" has none). */
export function pointerSegments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map(unescapePointerToken);
}

export function pathFrom(pointer: string, value?: unknown): (string | number)[] {
  const out: (string | number)[] = [];
  let cur: unknown = value;
  for (const tok of pointerSegments(pointer)) {
    const isIndex = value === undefined ? ARRAY_INDEX.test(tok) : Array.isArray(cur);
    out.push(isIndex ? Number(tok) : tok);
    cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[tok] : undefined;
  }
  return out;
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `process.args[0]`, `annotations["org.example/key"]`; the root is `(root)`. */
export function displayPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (IDENT.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
