// What the bundle (dist/ocilint.cjs, scripts/bundle.mjs) exports: the command line's main() for
// bin/ocilint.js, and the library for dist/index.mjs, the package's entry point. One bundle
// serves both, so the package ships each module (and each release's validator) once.
export { main } from './cli/main.js';
export * from './index.js';
