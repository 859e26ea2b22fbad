// Code actions over the protocol: quick fixes from fixes and suggestions, the suppression
// annotation, and "fix all" (source.fixAll.ocilint) giving the text `ocilint --fix` writes.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { runCli } from '../helpers/cli.js';
import type { LspClient } from '../helpers/lsp-client.js';
import { codes, configText, startClient, workspace, type Workspace } from './helpers.js';

const T = { timeout: 60_000 };

/** The text after a workspace edit of one document, whichever form the edit takes. */
function applied(text: string, uri: string, edit: WorkspaceEdit | undefined): string {
  assert.ok(edit, 'the action has an edit');
  const edits: TextEdit[] = edit.changes?.[uri] ?? (edit.documentChanges ?? []).flatMap((c) => ('edits' in c && c.textDocument.uri === uri ? (c.edits as TextEdit[]) : []));
  assert.ok(edits.length > 0, 'the edit changes this document');
  return TextDocument.applyEdits(TextDocument.create(uri, 'json', 0, text), edits);
}

async function actionsAt(client: LspClient, ws: Workspace, d: Diagnostic | undefined, only?: string[]): Promise<CodeAction[]> {
  const range = d?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: ws.uri }, range, context: { diagnostics: d ? [d] : [], ...(only && { only }) } });
}

describe('ocilint lsp: code actions', () => {
  it('a finding\'s fix is the preferred quick fix, and applying it clears the finding', T, async () => {
    const ws = workspace();
    const client = await startClient(ws, { capabilities: { workspace: { workspaceEdit: { documentChanges: true } } } });
    try {
      const text = configText({ process: { capabilities: { bounding: ['sys_admin', 'CAP_CHOWN'] } } });
      const d = (await client.open(ws.uri, text)).find((x) => x.code === 'process-capability-name');
      assert.ok(d);
      const actions = await actionsAt(client, ws, d);
      const fix = actions.find((a) => a.isPreferred);
      assert.equal(fix?.title, 'Write "CAP_SYS_ADMIN"');
      assert.equal(fix?.kind, 'quickfix');
      // Versioned: the edit says which text it was made for.
      assert.deepEqual(fix?.edit?.documentChanges?.[0] && 'textDocument' in fix.edit.documentChanges[0] ? fix.edit.documentChanges[0].textDocument : undefined, { uri: ws.uri, version: 1 });
      const after = applied(text, ws.uri, fix!.edit);
      assert.equal(after, text.replace('"sys_admin"', '"CAP_SYS_ADMIN"'));
      assert.ok(!codes(await client.change(ws.uri, after)).includes('process-capability-name'));
    } finally {
      await client.stop();
    }
  });

  it('suggestions are quick fixes too, the suppression annotation among them', T, async () => {
    const ws = workspace();
    const client = await startClient(ws);
    try {
      const text = configText({ process: { cwd: 'srv' } });
      const d = (await client.open(ws.uri, text))[0];
      assert.equal(d?.code, 'process-cwd-absolute');
      const actions = await actionsAt(client, ws, d);
      const suppress = actions.find((a) => /^Suppress process-cwd-absolute/.test(a.title));
      assert.ok(suppress, actions.map((a) => a.title).join(' | '));
      assert.equal(suppress.isPreferred, undefined);
      const after = applied(text, ws.uri, suppress.edit);
      assert.deepEqual(JSON.parse(after).annotations, { 'dev.ocilint.ignore/process-cwd-absolute': 'TODO: say why this finding is accepted' });
      assert.deepEqual(await client.change(ws.uri, after), []);
      // Nothing is offered where no finding is.
      assert.deepEqual(await actionsAt(client, ws, undefined), []);
    } finally {
      await client.stop();
    }
  });

  it('a finding the client sends is answered off its range; a container\'s finding only on its first line', T, async () => {
    const ws = workspace();
    const client = await startClient(ws);
    try {
      const text = configText({ process: { capabilities: { bounding: ['sys_admin'] } }, linux: { namespaces: [{ type: 'mount' }, { type: 'uts' }, { type: 'ipc' }, { type: 'network' }] } });
      const diagnostics = await client.open(ws.uri, text);
      const lineOf = (needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length - 1;
      const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 0 } });
      const ask = (line: number, sent: Diagnostic[]) =>
        client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: ws.uri }, range: at(line), context: { diagnostics: sent } });
      // A cursor at the start of the capability's line, the line's diagnostics sent (as Neovim does).
      const cap = diagnostics.find((d) => d.code === 'process-capability-name')!;
      assert.equal((await ask(cap.range.start.line, [cap])).find((a) => a.isPreferred)?.title, 'Write "CAP_SYS_ADMIN"');
      assert.deepEqual(await ask(cap.range.start.line, []), [], 'the range alone does not reach the value');
      // The namespaces array's finding spans lines: asked from inside it, nothing; on its first line, its actions.
      const shared = diagnostics.find((d) => d.code === 'shared-pid-namespace')!;
      assert.ok(shared.range.end.line > shared.range.start.line);
      assert.deepEqual(await ask(lineOf('"uts"'), [shared]), []);
      const titles = (await ask(lineOf('"namespaces"'), [])).map((a) => a.title);
      assert.ok(titles.some((t) => /shared-pid-namespace/.test(t)), titles.join(' | '));
    } finally {
      await client.stop();
    }
  });

  it('source.fixAll.ocilint gives the text ocilint --fix writes', T, async () => {
    const ws = workspace();
    const text = configText({ process: { capabilities: { bounding: ['sys_admin', 'net_raw'], effective: ['cap_chown'] } }, linux: { seccomp: { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ names: ['read', 'read', 'write'], action: 'SCMP_ACT_ALLOW' }] } } }).replace(/\n/g, '\r\n');
    const client = await startClient(ws);
    let fixed: string;
    try {
      await client.open(ws.uri, text);
      const actions = await actionsAt(client, ws, undefined, ['source.fixAll.ocilint']);
      assert.equal(actions.length, 1);
      assert.equal(actions[0]!.kind, 'source.fixAll.ocilint');
      fixed = applied(text, ws.uri, actions[0]!.edit);
      // Asking for every source action, or for source.fixAll, finds it too; a quick-fix request does not.
      assert.equal((await actionsAt(client, ws, undefined, ['source'])).length, 1);
      assert.equal((await actionsAt(client, ws, undefined, ['source.fixAll'])).length, 1);
      assert.equal((await actionsAt(client, ws, undefined, ['quickfix'])).length, 0);
    } finally {
      await client.stop();
    }
    fs.writeFileSync(ws.config, text);
    const r = runCli(['--fix', ws.config]);
    assert.match(r.stderr, /4 fixes applied/, r.stdout + r.stderr);
    assert.equal(fixed, fs.readFileSync(ws.config, 'utf8'));
    assert.ok(fixed.includes('\r\n') && !/[^\r]\n/.test(fixed), 'CRLF kept');
    assert.ok(fixed.includes('"CAP_NET_RAW"') && fixed.includes('"CAP_CHOWN"'));
  });

  it('"fix all" beside a fix is resolved when chosen, for clients that resolve edits', T, async () => {
    const ws = workspace();
    const client = await startClient(ws, { capabilities: { textDocument: { codeAction: { resolveSupport: { properties: ['edit'] } } } } });
    try {
      const text = configText({ process: { capabilities: { bounding: ['sys_admin', 'net_raw'] } } });
      const d = (await client.open(ws.uri, text)).find((x) => x.code === 'process-capability-name');
      const all = (await actionsAt(client, ws, d)).find((a) => /^Fix all/.test(a.title));
      assert.ok(all && all.edit === undefined && all.data !== undefined);
      const resolved = await client.connection.sendRequest<CodeAction>('codeAction/resolve', all);
      const after = applied(text, ws.uri, resolved.edit);
      assert.deepEqual(JSON.parse(after).process.capabilities.bounding, ['CAP_SYS_ADMIN', 'CAP_NET_RAW']);
      // Offered for one text, it is not applied to another.
      await client.change(ws.uri, configText());
      await assert.rejects(client.connection.sendRequest('codeAction/resolve', all), /document changed/);
    } finally {
      await client.stop();
    }
  });

  it('a client that cannot resolve gets "fix all" with its edit at once', T, async () => {
    const ws = workspace({ name: path.join('deep', 'app') });
    const client = await startClient(ws);
    try {
      const text = configText({ process: { capabilities: { bounding: ['sys_admin', 'net_raw'] } } });
      const d = (await client.open(ws.uri, text)).find((x) => x.code === 'process-capability-name');
      const all = (await actionsAt(client, ws, d)).find((a) => /^Fix all/.test(a.title));
      assert.deepEqual(JSON.parse(applied(text, ws.uri, all?.edit)).process.capabilities.bounding, ['CAP_SYS_ADMIN', 'CAP_NET_RAW']);
    } finally {
      await client.stop();
    }
  });
});
