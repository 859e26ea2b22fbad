#!/usr/bin/env node
// A reader that closes the pipe early (ocilint ... | head) is not an error.
process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); throw e; });

import { main } from '../dist/src/cli/main.js';

const code = await main({ argv: process.argv.slice(2), env: process.env, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
process.exitCode = code;
