// The one description of config.json, for every release we know.
export { configNode } from './root.js';
