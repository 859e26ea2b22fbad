// Writes dist/man/ocilint.1 from the compiled option table (src/cli/manpage.ts). Part of npm run build.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { manPage } = await import(path.join(root, 'dist/src/cli/manpage.js'));
fs.mkdirSync(path.join(root, 'dist/man'), { recursive: true });
fs.writeFileSync(path.join(root, 'dist/man/ocilint.1'), manPage());
