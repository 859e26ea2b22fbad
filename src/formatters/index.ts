// Formatters load on demand, so a run pays only for the one it prints.
import type { Formatter } from './types.js';

const loaders: Record<string, (colour: boolean) => Promise<{ default: Formatter }>> = {
  stylish: async (colour) => {
    const m = await import('./stylish.js');
    if (colour) await m.loadColor();
    return m;
  },
  json: () => import('./json.js'),
  sarif: () => import('./sarif.js'),
  gnu: () => import('./gnu.js'),
  github: () => import('./github.js'),
  junit: () => import('./junit.js'),
  checkstyle: () => import('./checkstyle.js'),
  gitlab: () => import('./gitlab.js'),
  codeframe: async (colour) => {
    const m = await import('./codeframe.js');
    if (colour) await m.loadColor();
    return m;
  },
};

export const FORMAT_NAMES = Object.keys(loaders);

/** `colour`: the output will be coloured (loads what colour needs). */
export async function loadFormatter(name: string, colour = false): Promise<Formatter> {
  const load = loaders[name];
  if (!load) throw new Error(`unknown format "${name}"`);
  return (await load(colour)).default;
}
