// Bundles and clients for the language server tests.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { BASE_TREE, buildBundle, tempDir, type Tree } from '../helpers/fixture.js';
import { merge, unprivilegedConfig } from '../helpers/rule-tester.js';
import { fileUri, LspClient, type LspClientOptions } from '../helpers/lsp-client.js';

/** The text of a clean config with `patch` merged in, pretty-printed as people write it. */
export function configText(patch: Record<string, unknown> = {}): string {
  return JSON.stringify(merge(unprivilegedConfig(), patch), null, 2) + '\n';
}

export interface Workspace {
  root: string;
  /** A bundle directory below the root, its config.json path and URI. */
  bundle: string;
  config: string;
  uri: string;
}

/** A workspace folder (with .git, so configuration lookup stops there) holding one bundle. */
export function workspace(opts: { config?: string; rootfs?: Tree | null; name?: string } = {}): Workspace {
  const root = tempDir('ocilint-lsp-');
  fs.mkdirSync(path.join(root, '.git'));
  const bundle = path.join(root, opts.name ?? 'app');
  buildBundle(bundle, { config: opts.config ?? configText(), ...(opts.rootfs !== null && { rootfs: opts.rootfs ?? BASE_TREE }) });
  const config = path.join(bundle, 'config.json');
  return { root, bundle, config, uri: fileUri(config) };
}

/** A started and initialised client on the workspace; `stop()` it at the end of the test. */
export async function startClient(ws: Workspace, opts: LspClientOptions = {}): Promise<LspClient> {
  const client = new LspClient({ cwd: ws.root, ...opts });
  await client.initialize();
  return client;
}

/** The rule ids of diagnostics, sorted. */
export function codes(diagnostics: readonly { code?: string | number | undefined }[]): string[] {
  return diagnostics.map((d) => String(d.code)).sort();
}

/** Every file below `dir` with its size, mode and modification time: to show nothing was written. */
export function snapshot(dir: string): string {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      const st = fs.lstatSync(p);
      out.push(`${path.relative(dir, p)} ${st.mode} ${st.size} ${st.mtimeMs}`);
      if (e.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return out.join('\n');
}
