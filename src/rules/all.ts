import type { AnyRule } from './api.js';
import * as registry from './index.js';

/** Every registered rule, sorted by id. */
export const allRules: readonly AnyRule[] = (Object.values(registry) as AnyRule[]).sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));

export { RENAMED_RULES, renamedRule } from './data/renamed.js';
