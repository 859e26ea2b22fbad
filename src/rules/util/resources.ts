import type { RuleContext } from '../api.js';

/** Where to report a missing resources field: the deepest object on the path that exists. */
export function missingPointer(ctx: RuleContext, path: string[]): { pointer: string; target?: 'key' } {
  let pointer = '';
  for (const seg of path) {
    const next = `${pointer}/${seg}`;
    if (ctx.object(next) === undefined) break;
    pointer = next;
  }
  return pointer === '' ? { pointer } : { pointer, target: 'key' };
}
