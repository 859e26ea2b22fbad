// The VS Code extension (editors/vscode/): its settings are the server's, and activating it starts
// `ocilint lsp` for the right documents. VS Code itself cannot run here, so the extension runs
// against stand-ins for the `vscode` module and vscode-languageclient that record what it asks.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { SETTING_KEYS } from '../../src/lsp/settings.js';
import { TARGETS } from '../../src/core/types.js';
import { tempDir } from '../helpers/fixture.js';
import { repoRoot } from '../helpers/paths.js';

const dir = path.join(repoRoot, 'editors', 'vscode');
const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
  main: string;
  engines: { vscode: string };
  dependencies: Record<string, string>;
  contributes: { configuration: { properties: Record<string, { enum?: string[]; items?: { enum?: string[]; pattern?: string } }> } };
};

interface Started {
  id: string;
  server: { command: string; args: string[]; transport: unknown };
  client: { documentSelector: { scheme: string; language: string; pattern: string }[]; synchronize: { configurationSection: string } };
}

/** Loads the extension with stand-ins for its two modules, in a workspace folder `folder` with settings `settings`. */
function loadExtension(folder: string, settings: Record<string, unknown>) {
  const started: Started[] = [];
  const vscode = {
    workspace: {
      workspaceFolders: [{ uri: { fsPath: folder } }],
      getConfiguration: (section: string) => ({ get: (key: string) => settings[`${section}.${key}`] }),
      onDidChangeConfiguration: () => ({ dispose() {} }),
    },
  };
  class LanguageClient {
    constructor(id: string, _name: string, server: Started['server'], client: Started['client']) {
      started.push({ id, server, client });
    }
    async start(): Promise<void> {}
    async stop(): Promise<void> {}
  }
  const fakes: Record<string, unknown> = { vscode, 'vscode-languageclient/node': { LanguageClient, TransportKind: { stdio: 0 } } };
  const loader = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
  const original = loader._load;
  loader._load = (request, parent, isMain) => (request in fakes ? fakes[request] : original(request, parent, isMain));
  try {
    const require = createRequire(path.join(dir, 'package.json'));
    const file = require.resolve(`./${manifest.main}`);
    delete require.cache[file];
    return { extension: require(file) as { activate(ctx: { subscriptions: unknown[] }): Promise<void>; deactivate(): Promise<void> }, started };
  } finally {
    loader._load = original;
  }
}

describe('the VS Code extension', () => {
  it('declares the server\'s settings, with the runtimes the server knows', () => {
    const props = manifest.contributes.configuration.properties;
    for (const key of SETTING_KEYS) assert.ok(props[`ocilint.${key}`], `ocilint.${key} is declared`);
    assert.deepEqual(Object.keys(props).sort(), [...SETTING_KEYS.map((k) => `ocilint.${k}`), 'ocilint.path', 'ocilint.trace.server'].sort());
    // Runtime names, each with an optional release as --target takes it (runc@1.1, crun@1.8..1.14).
    const pattern = new RegExp(props['ocilint.target']!.items!.pattern!);
    assert.equal(props['ocilint.target']!.items!.pattern, `^(${TARGETS.join('|')})(@.+)?$`);
    for (const ok of ['runc', 'crun@1.8..1.14', 'kata@3']) assert.match(ok, pattern);
    assert.doesNotMatch('podman', pattern);
    // The client library's own requirement of VS Code is the extension's.
    assert.ok(manifest.dependencies['vscode-languageclient']);
  });

  it('starts `ocilint lsp` of the workspace for config.json and the configFiles globs', async () => {
    const folder = tempDir('ocilint-vscode-');
    const { extension, started } = loadExtension(folder, { 'ocilint.configFiles': ['bundles/*/oci.json'] });
    const ctx = { subscriptions: [] as unknown[] };
    await extension.activate(ctx);
    assert.equal(started.length, 1);
    const s = started[0]!;
    assert.equal(s.id, 'ocilint');
    // No local ocilint in this folder: the one on PATH.
    assert.equal(s.server.command, 'ocilint');
    assert.deepEqual(s.server.args, ['lsp']);
    assert.deepEqual([...new Set(s.client.documentSelector.map((d) => d.pattern))], ['**/config.json', '**/bundles/*/oci.json']);
    assert.ok(s.client.documentSelector.every((d) => d.scheme === 'file'));
    assert.equal(s.client.synchronize.configurationSection, 'ocilint');
    assert.equal(ctx.subscriptions.length, 1);
    await extension.deactivate();
  });

  it('prefers the workspace\'s node_modules/.bin/ocilint, and ocilint.path over both', async () => {
    const folder = tempDir('ocilint-vscode-');
    const local = path.join(folder, 'node_modules', '.bin', 'ocilint');
    fs.mkdirSync(path.dirname(local), { recursive: true });
    fs.writeFileSync(local, '#!/bin/sh\n', { mode: 0o755 });
    const a = loadExtension(folder, {});
    await a.extension.activate({ subscriptions: [] });
    assert.equal(a.started[0]!.server.command, local);
    await a.extension.deactivate();
    const b = loadExtension(folder, { 'ocilint.path': '/opt/ocilint/bin/ocilint' });
    await b.extension.activate({ subscriptions: [] });
    assert.equal(b.started[0]!.server.command, '/opt/ocilint/bin/ocilint');
    await b.extension.deactivate();
  });
});
