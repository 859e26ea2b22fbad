// A unified diff of two texts, line by line (what --fix-dry-run prints), in the form `git apply`
// and `patch -p1` read. Lines are compared with their endings, so a CRLF file's diff keeps its
// carriage returns. Myers' algorithm over the lines between the common head and tail; fixes
// change few lines, and past MAX_EDITS changed lines the middle is one replaced block.

const CONTEXT = 3;
const MAX_EDITS = 2000;

type Op = { kind: ' ' | '-' | '+'; line: string };

export function unifiedDiff(before: string, after: string, oldName: string, newName: string): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const ops: Op[] = [
    ...a.slice(0, head).map((line) => ({ kind: ' ' as const, line })),
    ...middle(a.slice(head, a.length - tail), b.slice(head, b.length - tail)),
    ...a.slice(a.length - tail).map((line) => ({ kind: ' ' as const, line })),
  ];
  return `--- ${oldName}\n+++ ${newName}\n${hunks(ops)}`;
}

/** Lines with their endings; the last one may have none. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** The shortest edit script from a to b (Myers), or all of a removed and all of b added when it is longer than MAX_EDITS. */
function middle(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) x++, y++;
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b, d);
    }
  }
  return [...a.map((line) => ({ kind: '-' as const, line })), ...b.map((line) => ({ kind: '+' as const, line }))];
}

function backtrack(trace: Int32Array[], a: string[], b: string[], dEnd: number): Op[] {
  const out: Op[] = [];
  let x = a.length;
  let y = b.length;
  // trace[d] holds v[k] for k in -d-1..d+1 at index k + d + 1, as it was before step d.
  const at = (d: number, k: number): number => trace[d]![k + d + 1]!;
  for (let d = dEnd; d > 0; d--) {
    const k = x - y;
    const down = k === -d || (k !== d && at(d, k - 1) < at(d, k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(d, prevK);
    const prevY = prevX - prevK;
    while (x > prevX + (down ? 0 : 1) && y > prevY + (down ? 1 : 0)) out.push({ kind: ' ', line: a[--x]! }), y--;
    if (down) out.push({ kind: '+', line: b[--y]! });
    else out.push({ kind: '-', line: a[--x]! });
  }
  while (x > 0 && y > 0) out.push({ kind: ' ', line: a[--x]! }), y--;
  return out.reverse();
}

/** The changes with CONTEXT lines around them, as @@ hunks. */
function hunks(ops: Op[]): string {
  let out = '';
  let i = 0;
  while (i < ops.length) {
    if (ops[i]!.kind === ' ') {
      i++;
      continue;
    }
    // A hunk: from CONTEXT lines before this change to CONTEXT lines after the last change that
    // is at most 2 * CONTEXT unchanged lines from the one before it.
    const start = Math.max(0, i - CONTEXT);
    let end = i;
    let quiet = 0;
    for (let j = i; j < ops.length; j++) {
      if (ops[j]!.kind === ' ') {
        if (++quiet > 2 * CONTEXT) break;
      } else {
        quiet = 0;
        end = j;
      }
    }
    const stop = Math.min(ops.length, end + 1 + CONTEXT);
    let oldLine = 1;
    let newLine = 1;
    for (let j = 0; j < start; j++) {
      if (ops[j]!.kind !== '+') oldLine++;
      if (ops[j]!.kind !== '-') newLine++;
    }
    const body = ops.slice(start, stop);
    const oldCount = body.filter((o) => o.kind !== '+').length;
    const newCount = body.filter((o) => o.kind !== '-').length;
    out += `@@ -${range(oldLine, oldCount)} +${range(newLine, newCount)} @@\n`;
    for (const o of body) out += o.kind + (o.line.endsWith('\n') ? o.line : `${o.line}\n\\ No newline at end of file\n`);
    i = stop;
  }
  return out;
}

/** A hunk's range: an empty one names the line before it. */
function range(line: number, count: number): string {
  if (count === 0) return `${line - 1},0`;
  return count === 1 ? `${line}` : `${line},${count}`;
}
