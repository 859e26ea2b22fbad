// What bad input and failures get from the language server: diagnostics or silence, never a hang,
// never a crash, never a write.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { Hover } from 'vscode-languageserver-protocol/node';
import { cliPath } from '../helpers/paths.js';
import { LspClient } from '../helpers/lsp-client.js';
import { codes, configText, snapshot, startClient, workspace } from './helpers.js';

const T = { timeout: 120_000 };

describe('ocilint lsp: bad input', () => {
  it('text that is not JSON, half-typed keys, a 50 MB paste: diagnostics, and the server goes on', T, async () => {
    const ws = workspace();
    const before = snapshot(ws.root);
    const client = await startClient(ws);
    try {
      assert.deepEqual(codes(await client.open(ws.uri, 'not json at all')), ['json-syntax']);
      const half = configText().replace('"cwd": "/"', '"cwd": "/", "capab');
      assert.ok(codes(await client.change(ws.uri, half)).includes('json-syntax'));
      assert.deepEqual(codes(await client.change(ws.uri, '')), ['json-syntax']);
      // 50 MB pasted into the middle of the config: over the 16 MiB limit, one finding, no parse.
      const big = configText().replace('"test"', JSON.stringify('x'.repeat(50 * 1024 * 1024)));
      const tooLarge = await client.change(ws.uri, big);
      assert.deepEqual(codes(tooLarge), ['config-file-readable']);
      assert.match(String(tooLarge[0]!.message), /too large|over|limit/i);
      const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: ws.uri }, position: { line: 1, character: 5 } });
      assert.equal(hover, null);
      assert.deepEqual(await client.change(ws.uri, configText()), []);
    } finally {
      assert.equal(await client.stop(), 0);
    }
    assert.equal(snapshot(ws.root), before, 'nothing in the workspace was written');
  });

  it('a symlink loop in the rootfs or as the rootfs: findings, no hang', T, async () => {
    const ws = workspace({ rootfs: { 'bin/sh': { file: 'x', mode: 0o755 }, 'bin/loop': { symlink: 'loop' }, 'bin/a': { symlink: 'b' }, 'bin/b': { symlink: 'a' } } });
    fs.symlinkSync('looped', path.join(ws.bundle, 'looped'));
    const before = snapshot(ws.root);
    const client = await startClient(ws);
    try {
      assert.deepEqual(codes(await client.open(ws.uri, configText({ process: { args: ['/bin/loop'] } }))), ['process-args-executable']);
      assert.deepEqual(codes(await client.change(ws.uri, configText({ process: { args: ['/bin/a'] } }))), ['process-args-executable']);
      assert.ok(codes(await client.change(ws.uri, configText({ root: { path: 'looped' } }))).includes('root-path-exists'));
    } finally {
      await client.stop();
    }
    assert.equal(snapshot(ws.root), before);
  });

  it('a bundle directory that vanishes while its config is open: linted without rootfs checks, with them again once it is back', T, async () => {
    const ws = workspace();
    const client = await startClient(ws);
    const text = configText({ process: { args: ['/nowhere'] } });
    try {
      assert.deepEqual(codes(await client.open(ws.uri, text)), ['process-args-executable']);
      const away = ws.bundle + '.away';
      fs.renameSync(ws.bundle, away);
      // The same text, an edit later: nothing on disk to check it against, and no error either.
      assert.deepEqual(codes(await client.change(ws.uri, text + ' ')), []);
      assert.equal(fs.existsSync(ws.bundle), false, 'the server created nothing where the bundle was');
      fs.renameSync(away, ws.bundle);
      assert.deepEqual(codes(await client.change(ws.uri, text)), ['process-args-executable']);
    } finally {
      assert.equal(await client.stop(), 0);
    }
  });

  it('a config.json with no file behind it is linted without rootfs checks', T, async () => {
    const ws = workspace();
    const client = await startClient(ws);
    try {
      const d = await client.open('untitled:/scratch/config.json', configText({ process: { cwd: 'rel', args: ['/nowhere'] } }));
      assert.deepEqual(codes(d), ['process-cwd-absolute']);
    } finally {
      await client.stop();
    }
  });
});

describe('ocilint lsp: failures are contained', () => {
  it('a request that throws answers with an error, and the server keeps serving', T, async () => {
    const ws = workspace();
    const client = await startClient(ws, { env: { OCILINT_LSP_FAULT: 'hover' } });
    try {
      await client.open(ws.uri, configText());
      const params = { textDocument: { uri: ws.uri }, position: { line: 1, character: 5 } };
      await assert.rejects(client.connection.sendRequest('textDocument/hover', params), (e: { code: number; message: string }) => {
        assert.equal(e.code, -32603);
        assert.match(e.message, /ocilint: hover failed: fault injected/);
        return true;
      });
      const items = await client.connection.sendRequest<unknown[]>('textDocument/completion', params);
      assert.ok(Array.isArray(items));
      assert.deepEqual(codes(await client.change(ws.uri, configText({ process: { cwd: 'x' } }))), ['process-cwd-absolute']);
      assert.ok(client.messages.some((m) => /hover failed/.test(m.message)), 'logged for the user');
    } finally {
      assert.equal(await client.stop(), 0);
    }
  });

  it('a lint that throws is logged; hover and completion still answer', T, async () => {
    const ws = workspace();
    const client = await startClient(ws, { env: { OCILINT_LSP_FAULT: 'lint' } });
    try {
      const logged = new Promise<void>((resolve) => {
        const poll = setInterval(() => {
          if (client.messages.some((m) => /linting .*config\.json failed/.test(m.message))) {
            clearInterval(poll);
            resolve();
          }
        }, 20);
      });
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: ws.uri, languageId: 'json', version: 1, text: configText() } });
      await logged;
      const h = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: ws.uri }, position: { line: 1, character: 5 } });
      assert.match(JSON.stringify(h), /ociVersion/);
      assert.deepEqual(client.published, []);
    } finally {
      await client.stop();
    }
  });

  it('exit status: 0 after shutdown, 1 without; a closed input ends the server; a bad argument is a usage error', T, async () => {
    const ws = workspace();
    const rude = new LspClient({ cwd: ws.root });
    await rude.initialize();
    const exited = new Promise<number | null>((resolve) => rude.child.once('exit', resolve));
    await rude.connection.sendNotification('exit');
    assert.equal(await exited, 1);
    rude.connection.dispose();

    const orphan = new LspClient({ cwd: ws.root });
    await orphan.initialize();
    const gone = new Promise<number | null>((resolve) => orphan.child.once('exit', resolve));
    orphan.child.stdin!.end();
    assert.notEqual(await gone, null, 'the server exited by itself');
    orphan.connection.dispose();

    const bad = spawnSync(process.execPath, [cliPath, 'lsp', '--bogus'], { encoding: 'utf8', input: '' });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /ocilint: lsp: unknown argument "--bogus"/);
    const help = spawnSync(process.execPath, [cliPath, 'lsp', '--help'], { encoding: 'utf8', input: '' });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Usage: ocilint lsp/);
    // The command line's own help says the subcommand exists.
    const cliHelp = spawnSync(process.execPath, [cliPath, '--help'], { encoding: 'utf8', input: '' });
    assert.match(cliHelp.stdout, /"ocilint lsp" runs the language server/);
  });
});
