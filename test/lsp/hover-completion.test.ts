// Hover and completion, over the protocol, on clean, broken and half-typed configs.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CompletionItem, Hover, MarkupContent } from 'vscode-languageserver-protocol/node';
import type { LspClient } from '../helpers/lsp-client.js';
import { configText, startClient, workspace, type Workspace } from './helpers.js';

const T = { timeout: 60_000 };

/** The 0-based position of the first `needle` in `text`, plus `delta` characters. */
function posOf(text: string, needle: string, delta = 1): { line: number; character: number } {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} not in the text`);
  const before = text.slice(0, at + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

describe('ocilint lsp: hover and completion', () => {
  let ws: Workspace;
  let client: LspClient;
  before(async () => {
    ws = workspace();
    client = await startClient(ws);
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  async function hover(text: string, needle: string, delta = 1): Promise<string | undefined> {
    await client.change(ws.uri, text);
    const h = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: ws.uri }, position: posOf(text, needle, delta) });
    return h ? (h.contents as MarkupContent).value : undefined;
  }

  async function complete(text: string, needle: string, delta: number): Promise<CompletionItem[]> {
    await client.change(ws.uri, text);
    const r = await client.connection.sendRequest<CompletionItem[] | null>('textDocument/completion', { textDocument: { uri: ws.uri }, position: posOf(text, needle, delta) });
    return r ?? [];
  }

  it('hover on a key: what it is, its type, the release that added it, a link to the spec', T, async () => {
    await client.open(ws.uri, configText());
    const umask = await hover(configText({ process: { user: { umask: 18 } } }), '"umask"');
    assert.match(umask!, /\*\*`process\.user\.umask`\*\* · uint32/);
    assert.match(umask!, /umask of the process/);
    assert.match(umask!, /Added in runtime-spec 1\.0\.2\./);
    assert.match(umask!, /\(https:\/\/github\.com\/opencontainers\/runtime-spec\/blob\/v1\.3\.0\/config\.md#configPOSIXUser\)/);
    // A field newer than the config's release says so.
    const old = await hover(configText({ ociVersion: '1.0.1', process: { user: { umask: 18 } } }), '"umask"');
    assert.match(old!, /Not in 1\.0\.1, which this config declares\./);
    // Fields of a shared shape are described once (a hook's path, under hooks.poststop).
    const hook = await hover(configText({ hooks: { poststop: [{ path: '/bin/true' }] } }), '"path": "/bin/true"');
    assert.match(hook!, /`hooks\.poststop\[\]\.path`/);
    assert.match(hook!, /absolute path, looked up in the namespace the hook runs in/);
    assert.match(hook!, /#configHooksPoststop\)/);
  });

  it('hover on a finding: its message, why, how to fix, and the rule\'s explanation', T, async () => {
    const text = configText({ process: { cwd: 'srv' } });
    const h = await hover(text, '"srv"', 2);
    assert.match(h!, /\*\*process\.cwd "srv" is not an absolute path\*\* \(`process-cwd-absolute`, error\)/);
    assert.match(h!, /\*Fix:\*/);
    assert.match(h!, /\*What it checks:\* The working directory/);
    assert.match(h!, /\[process-cwd-absolute\]\(https:\/\/github\.com\/ocilint\/ocilint\/blob\/main\/docs\/rules\/process-cwd-absolute\.md\)/);
  });

  it('a finding on a container spanning lines is told on its first line only, not above every key inside it', T, async () => {
    const text = configText({ linux: { namespaces: [{ type: 'mount' }, { type: 'uts' }, { type: 'ipc' }, { type: 'network' }] } });
    const diagnostics = await client.change(ws.uri, text);
    const shared = diagnostics.find((d) => d.code === 'shared-pid-namespace');
    assert.ok(shared && shared.range.end.line > shared.range.start.line, 'the finding spans the namespaces array');
    // On the line of "namespaces": the finding, then what the key is.
    const onKey = await hover(text, '"namespaces"');
    assert.match(onKey!, /shared-pid-namespace/);
    assert.match(onKey!, /`linux\.namespaces`/);
    // Inside the array: only what the key under the cursor is.
    const inside = await hover(text, '"type": "uts"');
    assert.doesNotMatch(inside!, /shared-pid-namespace/);
    assert.match(inside!, /`linux\.namespaces\[\]\.type`/);
  });

  it('hover on a capability or mount option names what it is; on plain text, nothing', T, async () => {
    const text = configText({ process: { capabilities: { bounding: ['CAP_NET_RAW'] } }, mounts: [{ destination: '/proc', type: 'proc', source: 'proc', options: ['nosuid'] }] });
    assert.match((await hover(text, 'CAP_NET_RAW'))!, /raw and packet sockets/);
    assert.match((await hover(text, 'nosuid'))!, /setuid and setgid bits/);
    assert.equal(await hover(text, '"test"', 2), undefined);
  });

  it('completes capability names inside a half-typed array', T, async () => {
    const text = configText().replace('"cwd": "/"', '"cwd": "/", "capabilities": { "bounding": ["CAP_NET_');
    const items = await complete(text, '"CAP_NET_', 9);
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('CAP_NET_ADMIN') && labels.includes('CAP_SYS_ADMIN'), labels.join());
    const admin = items.find((i) => i.label === 'CAP_SYS_ADMIN')!;
    assert.match(String(admin.detail), /^dangerous:/);
    // The edit replaces what is typed inside the quotes.
    const edit = admin.textEdit as { range: { start: { character: number }; end: { character: number } }; newText: string };
    assert.equal(edit.newText, 'CAP_SYS_ADMIN');
    assert.equal(edit.range.end.character - edit.range.start.character, 'CAP_NET_'.length);
  });

  it('completes syscall names, and mount options filtered by ociVersion and the mount type', T, async () => {
    const seccomp = configText({ linux: { seccomp: { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ names: ['rea'], action: 'SCMP_ACT_ALLOW' }] } } });
    const names = (await complete(seccomp, '"rea"', 3)).map((i) => i.label);
    assert.ok(names.includes('read') && names.includes('openat'), `${names.length} names`);
    const mount = (v: string) => configText({ ociVersion: v, mounts: [{ destination: '/t', type: 'tmpfs', source: 'tmpfs', options: ['x'] }] });
    const v11 = (await complete(mount('1.1.0'), '"x"', 1)).map((i) => i.label);
    const v12 = (await complete(mount('1.2.0'), '"x"', 1)).map((i) => i.label);
    assert.ok(v11.includes('nosuid') && v11.includes('rro') && !v11.includes('idmap'), 'idmap is not in 1.1.0');
    assert.ok(v12.includes('idmap'));
    // tmpfs's own data options, since the mount says tmpfs.
    assert.ok(v12.includes('size') && v12.includes('mode'));
    const v102 = (await complete(mount('1.0.2'), '"x"', 1)).map((i) => i.label);
    assert.ok(v102.includes('nosuid') && !v102.includes('rro'), 'recursive options are listed from 1.1.0');
  });

  it('completes namespace types by release, quoting them where no quote is typed yet', T, async () => {
    const text = (v: string) => configText({ ociVersion: v }).replace(/\{\s*"type": "pid"\s*\}/, '{ "type":  }');
    const t102 = await complete(text('1.0.2'), '"type":  }', 8);
    assert.deepEqual(t102.map((i) => i.label).sort(), ['cgroup', 'ipc', 'mount', 'network', 'pid', 'user', 'uts']);
    assert.equal((t102[0]!.textEdit as { newText: string }).newText, JSON.stringify(t102[0]!.label));
    const t110 = await complete(text('1.1.0'), '"type":  }', 8);
    assert.ok(t110.some((i) => i.label === 'time'));
  });

  it('completes property names the release has, leaving out those already written', T, async () => {
    // Valid JSON, so the keys written are known; half-typed text gets every name.
    const text = configText({ ociVersion: '1.0.1' }).replace('"cwd": "/"', '"cwd": "/", "u": 0');
    const labels = (await complete(text, '"u"', 2)).map((i) => i.label);
    assert.ok(labels.includes('user') === false, 'user is already written');
    assert.ok(labels.includes('rlimits') && labels.includes('noNewPrivileges'));
    assert.ok(!labels.includes('scheduler'), 'scheduler is from 1.1.0');
    const half = (await complete(text.replace('"u": 0', '"u'), '"u', 2)).map((i) => i.label);
    assert.ok(half.includes('user') && half.includes('rlimits'));
  });
});
