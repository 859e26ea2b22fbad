// --host-specific on this machine: the flag adds the host-* rules, which read the real host
// (read-only), and without it none of them runs.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { fixturesDir } from '../helpers/paths.js';
import { tempDir } from '../helpers/fixture.js';
import { lint, listRules } from '../../src/index.js';

interface JsonMessage { ruleId: string; messageId?: string; pointer: string | null; severity: string }
interface JsonReport { results: { messages: JsonMessage[] }[] }

/** The clean hello bundle with a missing bind source, a missing hook, an ipc namespace joined through a netns file and a sysctl no kernel has. */
function brokenForHost(): string {
  const dir = path.join(tempDir(), 'bundle');
  fs.cpSync(path.join(fixturesDir, 'bundles', 'hello'), dir, { recursive: true });
  const file = path.join(dir, 'config.json');
  const config = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, any>;
  config['mounts'].push({ destination: '/data', type: 'bind', source: '/definitely/not/here', options: ['rbind', 'ro'] });
  config['mounts'].push({ destination: '/etc/hostname', source: 'hostname-missing', options: ['bind', 'ro'] });
  config['hooks'] = { createRuntime: [{ path: '/definitely/not/a/hook' }] };
  config['linux']['sysctl'] = { 'net.ipv4.nosuchkey': '1' };
  config['linux']['namespaces'] = config['linux']['namespaces'].map((ns: { type: string }) => (ns.type === 'ipc' ? { type: 'ipc', path: '/proc/self/ns/net' } : ns));
  fs.writeFileSync(file, JSON.stringify(config, null, 2));
  return dir;
}

/** The rules that read this machine, from their metadata (no list to keep by hand). */
const HOST_SPECIFIC = new Set(listRules().filter((m) => m.hostSpecific).map((m) => m.id));
const hostRules = (report: JsonReport) => report.results.flatMap((r) => r.messages).filter((m) => HOST_SPECIFIC.has(m.ruleId));

describe('--host-specific', () => {
  it('covers exactly the rules marked hostSpecific, which are the rules named host-*', () => {
    assert.ok(HOST_SPECIFIC.size >= 14, `${HOST_SPECIFIC.size} host-specific rules`);
    assert.deepEqual(listRules().map((m) => m.id).filter((id) => id.startsWith('host-')).sort(), [...HOST_SPECIFIC].sort());
  });

  it('catches a missing bind source, a missing hook, a wrong-kind namespace path and an unknown sysctl on this machine', () => {
    const dir = brokenForHost();
    const r = runCli(['-f', 'json', '--host-specific', dir]);
    assert.equal(r.code, 1, r.stderr);
    const found = hostRules(JSON.parse(r.stdout) as JsonReport).map((m) => [m.ruleId, m.pointer, m.severity]);
    assert.deepEqual(found.sort(), [
      ['host-bind-source', '/mounts/7/source', 'error'],
      ['host-bind-source', '/mounts/8/source', 'error'],
      ['host-hook-executable', '/hooks/createRuntime/0/path', 'error'],
      ['host-namespace-path', '/linux/namespaces/2/path', 'error'],
      ['host-sysctl', '/linux/sysctl/net.ipv4.nosuchkey', 'error'],
    ].sort());
  });

  it('runs none of the host rules without the flag', () => {
    const r = runCli(['-f', 'json', brokenForHost()]);
    assert.deepEqual(hostRules(JSON.parse(r.stdout) as JsonReport), []);
  });

  it('is quiet on the clean example bundle', () => {
    const r = runCli(['--host-specific', path.join(fixturesDir, 'bundles', 'hello')]);
    assert.deepEqual([r.code, r.stdout, r.stderr], [0, '', '']);
  });

  it('is the library option hostSpecific', async () => {
    const dir = brokenForHost();
    const on = await lint([dir], { hostSpecific: true, configLookup: false });
    const off = await lint([dir], { configLookup: false });
    const ids = (rs: typeof on) => new Set(rs.flatMap((r) => r.diagnostics.map((d) => d.ruleId)).filter((id) => ['host-bind-source', 'host-hook-executable', 'host-namespace-path'].includes(id)));
    assert.deepEqual([...ids(on)].sort(), ['host-bind-source', 'host-hook-executable', 'host-namespace-path']);
    assert.deepEqual([...ids(off)], []);
  });
});
