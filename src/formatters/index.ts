// Formatters load on demand, so a run pays only for the one it prints.
import type { Formatter } from './types.js';

const loaders: Record<string, () => Promise<{ default: Formatter }>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  sarif: () => import('./sarif.js'),
  gnu: () => import('./gnu.js'),
  github: () => import('./github.js'),
  junit: () => import('./junit.js'),
  checkstyle: () => import('./checkstyle.js'),
};

export const FORMAT_NAMES = Object.keys(loaders);

export async function loadFormatter(name: string): Promise<Formatter> {
  const load = loaders[name];
  if (!load) throw new Error(`unknown format "${name}"`);
  return (await load()).default;
}
