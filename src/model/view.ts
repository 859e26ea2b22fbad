// The typed view of a config, the one way rules read config.json.
//
// Its types and its builder are generated from the same description of the config as the seven
// schemas (src/schema/model, by scripts/gen-schemas.mjs), so a field the schemas know is a field
// the view knows, with the same name and JSON type, and every release's fields are in it.
//
// What a rule can rely on:
// - Every value has the type its field declares. A value of another JSON type (a number where
//   the spec wants a string, an object where it wants an array) is absent, as if not written;
//   the schema findings (config-schema) say what is wrong with it. An array entry of the wrong
//   type is undefined in place, so an entry's index is its index in the document.
// - A value of the right type that breaks a constraint (a pattern, a range, an enum) is kept;
//   `facts.valid(node, key)` says whether any schema finding concerns it.
// - Only the model's properties are there; keys the model does not know are unknown-property's.
// - Read-only: the same objects are shared by every rule of a bundle.
// - Integers beyond 2^53 are approximate numbers here; `facts.exact(node, key)` gives them exactly.

export { buildView, CONFIG_PATHS } from './generated/config.js';
export type * from './generated/config.js';
export { fieldOf, locOf, segmentsOf, type Loc } from './loc.js';
