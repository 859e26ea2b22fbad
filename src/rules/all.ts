import type { Rule } from './api.js';
import * as registry from './index.js';

/** Every registered rule, sorted by id. */
export const allRules: readonly Rule[] = (Object.values(registry) as Rule[]).sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
