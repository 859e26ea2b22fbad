// Where each problem of a configuration file is: its line and column, and the line itself with
// the key or value underlined, so that the error can be fixed without searching the file.

type YamlModule = typeof import('yaml');
type YamlDocument = import('yaml').Document;
import { JsonDocument, lineIndexAt } from '../json/document.js';
import { snippet } from '../core/snippet.js';
import type { ConfigProblem } from './validate.js';

/** Excerpts are cut to this width around the problem (a long line is shown in part). */
const EXCERPT_WIDTH = 100;
const none = (s: string): string => s;

/** Sets each problem's line, column and excerpt, found in the file's text. Mutates `problems`. */
export function locateProblems(text: string, kind: 'json' | 'yaml', problems: ConfigProblem[], yaml?: YamlModule): void {
  if (problems.length === 0) return;
  let find: (p: ConfigProblem) => [number, number] | undefined;
  if (kind === 'json') {
    const doc = new JsonDocument(text);
    find = (p) => {
      const r = doc.rangeOfPath(p.at, p.key ? 'key' : 'value');
      return [r.start.offset, r.end.offset];
    };
  } else {
    const doc = yaml!.parseDocument(text, { uniqueKeys: false });
    find = (p) => yamlRange(yaml!, doc, p.at, p.key === true);
  }
  const index = indexText(text);
  for (const p of problems) {
    const at = find(p);
    if (at) Object.assign(p, excerpt(text, at[0], at[1], index));
  }
}

/** The file's lines and the offset each starts at, to locate many problems in one pass. */
export interface TextIndex {
  lines: string[];
  starts: number[];
}

export function indexText(text: string): TextIndex {
  const lines: string[] = [];
  const starts: number[] = [];
  const br = /\r\n|\r|\n/g;
  let at = 0;
  for (let m = br.exec(text); m; m = br.exec(text)) {
    starts.push(at);
    lines.push(text.slice(at, m.index));
    at = m.index + m[0].length;
  }
  starts.push(at);
  lines.push(text.slice(at));
  return { lines, starts };
}

/** The line and column of `start`, and the excerpt underlining `start`..`end` (cut at the line's end). */
export function excerpt(text: string, start: number, end: number, index: TextIndex = indexText(text)): { line: number; column: number; excerpt: string[] } {
  const { lines, starts } = index;
  const lo = lineIndexAt(starts, start);
  const line = lo + 1;
  const column = start - starts[lo]! + 1;
  const rest = (lines[line - 1] ?? '').length + 1;
  const endColumn = Math.min(rest, column + Math.max(1, end - start));
  const range = { start: { line, column, offset: start }, end: { line, column: endColumn, offset: start + endColumn - column } };
  const gutterW = String(line).length;
  const shown = snippet(lines, [{ range, primary: true }], EXCERPT_WIDTH, gutterW, { gutter: none, primary: none, secondary: none }, false);
  return { line, column, excerpt: shown };
}

/** The offsets of the key (or the value) at `path` in a YAML document, else of its nearest ancestor. */
function yamlRange(yaml: YamlModule, doc: YamlDocument, path: readonly (string | number)[], key: boolean): [number, number] | undefined {
  if (key && path.length > 0) {
    // A key: found among its map's entries.
    const map = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
    const name = String(path[path.length - 1]);
    const pair = yaml.isMap(map) ? map.items.find((it) => yaml.isScalar(it.key) && String(it.key.value) === name) : undefined;
    if (pair && yaml.isScalar(pair.key) && pair.key.range) return [pair.key.range[0], pair.key.range[1]];
  }
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return [range[0], range[1]];
  }
  return undefined;
}
