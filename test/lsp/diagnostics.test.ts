// The language server's diagnostics, driven over stdio by a real protocol client: unsaved text
// with rootfs checks on disk, watched files, the configuration file, settings, stale runs.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { fileUri } from '../helpers/lsp-client.js';
import { codes, configText, startClient, workspace } from './helpers.js';

const T = { timeout: 60_000 };
const CHANGED = 2;
const CREATED = 1;

describe('ocilint lsp: diagnostics', () => {
  it('lints the unsaved text of an open config.json against the rootfs on disk', T, async () => {
    const ws = workspace();
    const client = await startClient(ws);
    try {
      const clean = await client.open(ws.uri, fs.readFileSync(ws.config, 'utf8'));
      assert.deepEqual(clean, []);
      // Not saved: the file on disk still names /bin/sh.
      const text = configText({ process: { args: ['/usr/bin/missing'] } });
      const broken = await client.change(ws.uri, text);
      assert.deepEqual(codes(broken), ['process-args-executable']);
      const d = broken[0]!;
      assert.equal(d.source, 'ocilint');
      assert.equal(d.severity, 1);
      // The range is the value "/usr/bin/missing", 0-based.
      const lines = text.split('\n');
      assert.equal(lines[d.range.start.line]!.slice(d.range.start.character, d.range.end.character), '"/usr/bin/missing"');
      assert.match(String(d.codeDescription?.href), /docs\/rules\/process-args-executable\.md$/);
      assert.deepEqual(await client.change(ws.uri, configText()), []);
    } finally {
      assert.equal(await client.stop(), 0);
    }
  });

  it('applies incremental changes and reports the version it linted', T, async () => {
    const ws = workspace();
    const client = await startClient(ws);
    try {
      const text = configText();
      await client.open(ws.uri, text);
      const line = text.split('\n').findIndex((l) => l.includes('"cwd"'));
      const col = text.split('\n')[line]!.indexOf('"/"');
      const wait = client.diagnosticsFor(ws.uri, 2);
      await client.sendChange(ws.uri, 2, '"srv"', { start: { line, character: col }, end: { line, character: col + 3 } });
      const published = await wait;
      assert.equal(published.version, 2);
      assert.deepEqual(codes(published.diagnostics), ['process-cwd-absolute']);
    } finally {
      await client.stop();
    }
  });

  it('re-lints when a watched rootfs file appears or vanishes, with no edit', T, async () => {
    const ws = workspace();
    const client = await startClient(ws, { capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } });
    try {
      const text = configText({ process: { args: ['/usr/bin/late'] } });
      assert.deepEqual(codes(await client.open(ws.uri, text)), ['process-args-executable']);
      // The server asked the client to watch files.
      assert.ok(client.registrations.some((r) => (r as { method: string }).method === 'workspace/didChangeWatchedFiles'));
      const late = path.join(ws.bundle, 'rootfs/usr/bin/late');
      fs.copyFileSync(path.join(ws.bundle, 'rootfs/bin/sh'), late);
      fs.chmodSync(late, 0o755);
      let next = client.diagnosticsFor(ws.uri);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(late), type: CREATED }] });
      assert.deepEqual((await next).diagnostics, []);
      // The whole rootfs vanishes.
      fs.rmSync(path.join(ws.bundle, 'rootfs'), { recursive: true });
      next = client.diagnosticsFor(ws.uri);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path.join(ws.bundle, 'rootfs')), type: 3 }] });
      assert.deepEqual(codes((await next).diagnostics), ['root-path-exists']);
    } finally {
      await client.stop();
    }
  });

  it('.ocilint.yaml applies as on the command line, and a change to it re-lints', T, async () => {
    const ws = workspace();
    const yaml = path.join(ws.root, '.ocilint.yaml');
    fs.writeFileSync(yaml, 'rules:\n  process-cwd-absolute: off\n');
    const client = await startClient(ws);
    try {
      const text = configText({ process: { cwd: 'srv' } });
      assert.deepEqual(await client.open(ws.uri, text), []);
      fs.writeFileSync(yaml, 'rules:\n  process-cwd-absolute: warning\n');
      let next = client.diagnosticsFor(ws.uri);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(yaml), type: CHANGED }] });
      const d = (await next).diagnostics;
      assert.deepEqual(codes(d), ['process-cwd-absolute']);
      assert.equal(d[0]!.severity, 2);
      // An invalid configuration file is said on the config, not swallowed.
      fs.writeFileSync(yaml, 'rulez: {}\n');
      next = client.diagnosticsFor(ws.uri);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(yaml), type: CHANGED }] });
      const bad = (await next).diagnostics;
      assert.equal(bad.length, 1);
      assert.equal(bad[0]!.code, 'configuration-file');
      assert.match(String(bad[0]!.message), /unknown key "rulez"; did you mean "rules"\?/);
    } finally {
      await client.stop();
    }
  });

  it('the target and hostSpecific settings add their rules; a bad value is a warning, not a failure', T, async () => {
    const ws = workspace();
    const text = configText({ mounts: [{ destination: '/proc', type: 'proc', source: 'proc' }, { destination: '/data', type: 'bind', source: '/nonexistent/ocilint-lsp-test', options: ['rbind', 'ro'] }] });
    const plain = await startClient(ws);
    try {
      assert.deepEqual(codes(await plain.open(ws.uri, text)), []);
    } finally {
      await plain.stop();
    }
    const set = await startClient(ws, { initializationOptions: { target: ['crun@1.8', 'runc@1.3..1.1'], hostSpecific: true, bogus: 1 } });
    try {
      assert.deepEqual(codes(await set.open(ws.uri, text)), ['crun-oci-version', 'host-bind-source']);
      assert.ok(set.messages.some((m) => /unknown setting "ocilint\.bogus"/.test(m.message)), JSON.stringify(set.messages));
      // Targets take releases as --target does; a bad one is named, the good ones kept.
      assert.ok(set.messages.some((m) => /ocilint\.target: empty version range "1\.3\.\.1\.1"/.test(m.message)), JSON.stringify(set.messages));
    } finally {
      await set.stop();
    }
    // Settings pulled from the client's configuration, and pulled again when they change.
    let section: Record<string, unknown> = { target: 'runc' };
    const pulled = await startClient(ws, { capabilities: { workspace: { configuration: true } }, configuration: () => section });
    try {
      await pulled.configured;
      assert.deepEqual(codes(await pulled.open(ws.uri, text)), []);
      section = { target: 'crun@1.8', hostSpecific: 'yes' };
      const next = pulled.diagnosticsFor(ws.uri);
      await pulled.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      assert.deepEqual(codes((await next).diagnostics), ['crun-oci-version']);
      assert.ok(pulled.messages.some((m) => /ocilint\.hostSpecific must be true or false, got "yes"/.test(m.message)));
    } finally {
      await pulled.stop();
    }
  });

  it('lints config.json and the files configFiles names, and no other JSON', T, async () => {
    const ws = workspace();
    const other = path.join(ws.bundle, 'oci.json');
    fs.writeFileSync(other, '{}');
    const client = await startClient(ws, { initializationOptions: { configFiles: ['app/oci.json'] } });
    try {
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: fileUri(path.join(ws.root, 'package.json')), languageId: 'json', version: 1, text: '{"name": "x"}' } });
      const mapped = await client.open(fileUri(other), '{"ociVersion": "1.3.0"}');
      assert.ok(codes(mapped).includes('config-schema'), JSON.stringify(mapped));
      // Documents are linted in the order they were opened: package.json would have come first.
      assert.deepEqual(client.published.map((p) => path.basename(new URL(p.uri).pathname)), ['oci.json']);
    } finally {
      await client.stop();
    }
  });

  it('drops stale runs: after a burst of edits the last version is published last', T, async () => {
    const ws = workspace();
    const client = await startClient(ws);
    try {
      await client.open(ws.uri, configText());
      const last = client.diagnosticsFor(ws.uri, 41);
      for (let v = 2; v <= 41; v++) await client.sendChange(ws.uri, v, configText({ process: { cwd: v % 2 ? 'relative' : '/' } }));
      const final = await last;
      assert.deepEqual(codes(final.diagnostics), ['process-cwd-absolute']);
      const versions = client.published.map((p) => p.version!);
      assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'versions published in order');
      assert.equal(versions[versions.length - 1], 41);
      // Each publication says what its own version's text has: no result landed on a newer text.
      for (const p of client.published.slice(1)) assert.deepEqual(codes(p.diagnostics), p.version! % 2 ? ['process-cwd-absolute'] : [], `version ${p.version}`);
    } finally {
      await client.stop();
    }
  });

  it('closing a document clears its diagnostics', T, async () => {
    const ws = workspace();
    const client = await startClient(ws);
    try {
      assert.equal((await client.open(ws.uri, configText({ process: { cwd: 'x' } }))).length, 1);
      const cleared = client.diagnosticsFor(ws.uri);
      await client.close(ws.uri);
      assert.deepEqual((await cleared).diagnostics, []);
    } finally {
      await client.stop();
    }
  });

  it('marks a finding on the whole config at its opening brace, not on every line of the file', T, async () => {
    const ws = workspace();
    const client = await startClient(ws);
    try {
      // No "root": the schema finding is about the root object, which spans the file.
      const config = JSON.parse(configText()) as Record<string, unknown>;
      delete config['root'];
      const text = JSON.stringify(config, null, 2) + '\n';
      const found = await client.open(ws.uri, text);
      const missing = found.find((d) => d.code === 'config-schema');
      assert.ok(missing, codes(found).join());
      assert.deepEqual(missing.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } });
      assert.equal(text[0], '{');
      // A finding inside keeps its own range (the value it is about).
      const inner = await client.change(ws.uri, configText({ process: { args: ['/usr/bin/missing'] } }));
      const exe = inner.find((d) => d.code === 'process-args-executable')!;
      assert.equal(exe.range.start.line, exe.range.end.line);
      assert.ok(exe.range.end.character - exe.range.start.character > 1);
    } finally {
      assert.equal(await client.stop(), 0);
    }
  });
});
