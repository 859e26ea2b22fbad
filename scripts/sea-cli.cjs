// What the standalone executable runs (bundled by scripts/build-sea.mjs into one asset, compiled by
// scripts/sea-entry.cjs with the code cache the build recorded): the CLI's main() and the start-up
// of bin/ocilint.js.
'use strict';
const { start } = require('../bin/ocilint.js');
const { main } = require('../dist/src/cli/main.js');
module.exports = { start, main };
