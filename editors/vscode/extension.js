'use strict';
// The ocilint extension for VS Code: it starts the ocilint language server (`ocilint lsp`) and
// connects it to the editor with vscode-languageclient. Everything else (diagnostics while typing,
// quick fixes, "fix all" on save, hover, completion) is the server's: see docs/editors.md.
//
// The server is the ocilint the workspace installs (node_modules/.bin/ocilint), like ESLint's
// extension, so that the editor and the command line agree; else the one on PATH; the
// `ocilint.path` setting overrides both.

const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

/** @type {import('vscode-languageclient/node').LanguageClient | undefined} */
let client;

/** The command that runs ocilint. */
function serverCommand() {
  const configured = vscode.workspace.getConfiguration('ocilint').get('path');
  if (typeof configured === 'string' && configured !== '') return configured;
  const bin = process.platform === 'win32' ? 'ocilint.cmd' : 'ocilint';
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const local = path.join(folder.uri.fsPath, 'node_modules', '.bin', bin);
    if (fs.existsSync(local)) return local;
  }
  return 'ocilint';
}

/** The documents the server gets: every config.json, and the files ocilint.configFiles names. */
function documentSelector() {
  const globs = vscode.workspace.getConfiguration('ocilint').get('configFiles');
  const patterns = ['**/config.json', ...(Array.isArray(globs) ? globs.filter((g) => typeof g === 'string' && g !== '').map((g) => `**/${g.replace(/^\.?\//, '')}`) : [])];
  return patterns.flatMap((pattern) => [
    { scheme: 'file', language: 'json', pattern },
    { scheme: 'file', language: 'jsonc', pattern },
  ]);
}

async function start() {
  // TransportKind.stdio adds --stdio to the arguments; `ocilint lsp` accepts it.
  const serverOptions = { command: serverCommand(), args: ['lsp'], transport: TransportKind.stdio };
  const clientOptions = {
    documentSelector: documentSelector(),
    // The server asks for the `ocilint` section (target, hostSpecific, configFiles) and again on change.
    synchronize: { configurationSection: 'ocilint' },
  };
  client = new LanguageClient('ocilint', 'ocilint', serverOptions, clientOptions);
  await client.start();
}

async function stop() {
  const c = client;
  client = undefined;
  if (c) await c.stop();
}

async function activate(context) {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // Which command runs and which files go to the server are the client's: restart for them.
      if (e.affectsConfiguration('ocilint.path') || e.affectsConfiguration('ocilint.configFiles')) {
        await stop();
        await start();
      }
    }),
  );
  await start();
}

function deactivate() {
  return stop();
}

module.exports = { activate, deactivate, serverCommand, documentSelector };
