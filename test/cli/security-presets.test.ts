// The security presets end to end, through the real command line: the hardened fixture passes
// `--preset restricted` with no finding at all, typical weakenings of it fail that preset, and the
// stock runtime configs of fixtures/real get no error under the default preset.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { cliPath, fixturesDir, repoRoot } from '../helpers/paths.js';
import { tempDir } from '../helpers/fixture.js';

const HARDENED = path.join(fixturesDir, 'bundles', 'hardened');

function ocilint(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cliPath, '--no-color', ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonMessage {
  ruleId: string;
  severity: string;
  category: string;
}

function messages(stdout: string): JsonMessage[] {
  const out = JSON.parse(stdout) as { results: { messages: JsonMessage[] }[] };
  return out.results.flatMap((r) => r.messages);
}

/** A copy of the hardened bundle with its config changed by `edit`. */
function variant(edit: (c: Record<string, any>) => void): string {
  const dir = path.join(tempDir('ocilint-sec-'), 'bundle');
  fs.cpSync(HARDENED, dir, { recursive: true });
  const config = JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8')) as Record<string, any>;
  edit(config);
  fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config, null, 2));
  return dir;
}

describe('security presets (CLI)', () => {
  it('the hardened fixture passes --preset restricted with no output at all', () => {
    const r = ocilint('--preset', 'restricted', 'fixtures/bundles/hardened');
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, '');
    assert.equal(r.code, 0);
  });

  it('the hardened fixture has no finding under recommended either', () => {
    const r = ocilint('fixtures/bundles/hardened');
    assert.equal(r.stdout, '');
    assert.equal(r.code, 0);
  });

  const weakened: [string, string, (c: Record<string, any>) => void][] = [];
  for (const type of ['pid', 'network', 'ipc', 'uts', 'mount', 'cgroup']) {
    weakened.push([`no ${type} namespace`, `shared-${type}-namespace`, (c) => (c['linux'].namespaces = c['linux'].namespaces.filter((n: { type: string }) => n.type !== type))]);
  }
  weakened.push(['the host network namespace joined by path', 'shared-network-namespace', (c) => (c['linux'].namespaces.find((n: { type: string }) => n.type === 'network').path = '/proc/1/ns/net')]);
  weakened.push([
    'root without a user namespace',
    'root-without-userns',
    (c) => {
      c['process'].user = { uid: 0, gid: 0 };
      c['linux'].namespaces = c['linux'].namespaces.filter((n: { type: string }) => n.type !== 'user');
      delete c['linux'].uidMappings;
      delete c['linux'].gidMappings;
    },
  ]);
  weakened.push(['no seccomp filter', 'seccomp-missing', (c) => delete c['linux'].seccomp]);
  weakened.push(['a writable bind mount', 'writable-host-mount', (c) => c['mounts'].push({ destination: '/data', type: 'bind', source: '/srv/data', options: ['rbind', 'rprivate'] })]);

  for (const [name, ruleId, edit] of weakened) {
    it(`--preset restricted fails ${name} (${ruleId})`, () => {
      const dir = variant(edit);
      const r = ocilint('--preset', 'restricted', '-f', 'json', dir);
      assert.equal(r.code, 1, r.stdout + r.stderr);
      const own = messages(r.stdout).filter((m) => m.ruleId === ruleId);
      assert.ok(own.length > 0, `no ${ruleId} finding in ${r.stdout}`);
      assert.ok(own.every((m) => m.severity === 'error'));
      fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    });
  }

  it('stock runtime configs get no error from a security rule under the default preset', () => {
    const r = ocilint('-f', 'json', 'fixtures/real');
    const security = messages(r.stdout).filter((m) => m.category === 'security');
    assert.ok(security.length > 0, 'expected some (true) security warnings on stock configs');
    assert.deepEqual(security.filter((m) => m.severity === 'error'), []);
  });

  it('--rule overrides the preset', () => {
    const dir = variant((c) => delete c['linux'].seccomp);
    const r = ocilint('--preset', 'restricted', '--rule', 'seccomp-missing=off', dir);
    assert.equal(r.stdout, '');
    assert.equal(r.code, 0);
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  });
});
