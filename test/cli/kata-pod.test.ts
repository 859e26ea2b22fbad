// A Kubernetes pod as containerd's CRI writes it for Kata Containers (fixtures/kata, described in
// its README), linted through the real command line: what `--target kata` says about it, finding
// by finding, and how the namespace findings change when the pod asks for the host's namespaces.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { fixturesDir } from '../helpers/paths.js';
import { HELLO_ELF } from '../helpers/elf.js';
import { tempDir } from '../helpers/fixture.js';

const POD = path.join(fixturesDir, 'kata');
const SANDBOX = path.join(POD, 'pod-sandbox');
const APP = path.join(POD, 'pod-app');
const MEMORY = 'io.katacontainers.config.hypervisor.default_memory';

interface Message { ruleId: string; messageId: string; pointer: string | null; severity: string; message: string; detail?: string; help?: string }
interface Report { results: { filePath: string; messages: Message[] }[] }

function lint(...args: string[]): { code: number; byFile: Map<string, Message[]> } {
  const r = runCli(['-f', 'json', ...args]);
  assert.equal(r.stderr, '');
  const report = JSON.parse(r.stdout) as Report;
  return { code: r.code, byFile: new Map(report.results.map((f) => [path.basename(path.dirname(f.filePath)), f.messages])) };
}

const rows = (messages: Message[] | undefined) => (messages ?? []).map((m) => `${m.severity} ${m.ruleId}/${m.messageId} ${m.pointer}`);

/** A copy of the pod with both configs changed by `edit`. */
function variant(edit: (config: Record<string, any>) => void): string {
  const dir = path.join(tempDir('ocilint-kata-pod-'), 'pod');
  fs.cpSync(POD, dir, { recursive: true });
  for (const name of ['pod-sandbox', 'pod-app']) {
    const file = path.join(dir, name, 'config.json');
    const config = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, any>;
    edit(config);
    fs.writeFileSync(file, JSON.stringify(config, null, 2) + '\n');
  }
  return dir;
}

describe('a Kubernetes pod for Kata Containers (fixtures/kata)', () => {
  it('holds the hello program as the programs its configs name', () => {
    for (const p of [path.join(SANDBOX, 'rootfs', 'pause'), path.join(APP, 'rootfs', 'app', 'server')]) {
      assert.deepEqual(new Uint8Array(fs.readFileSync(p)), HELLO_ELF, p);
      assert.equal(fs.statSync(p).mode & 0o777, 0o755, p);
    }
  });

  it('--target kata says what Kata will do with each part of the pod', () => {
    const { code, byFile } = lint('--target', 'kata', POD);
    // The pod fails to start: its sandbox asks for a hypervisor annotation Kata does not enable.
    assert.equal(code, 1);
    assert.deepEqual(rows(byFile.get('pod-sandbox')), [
      `error kata-annotations/notEnabled /annotations/${MEMORY}`,
      'info linux-cgroups-path/systemd /linux/cgroupsPath',
      'warning kata-guest-seccomp/notApplied /linux/seccomp',
    ]);
    assert.deepEqual(rows(byFile.get('pod-app')), [
      'warning kata-unsupported-settings/apparmor /process/apparmorProfile',
      `info kata-annotations/notSandbox /annotations/${MEMORY}`,
      'info kata-vm-sizing/memory /linux/resources/memory/limit',
      'info kata-vm-sizing/cpu /linux/resources/cpu/quota',
      'info linux-cgroups-path/systemd /linux/cgroupsPath',
      'warning kata-guest-seccomp/notApplied /linux/seccomp',
    ]);
    const app = byFile.get('pod-app')!;
    assert.equal(app.find((m) => m.messageId === 'memory')!.message, 'linux.resources.memory.limit (256 MiB) is hot-plugged into the Kata VM');
    assert.equal(app.find((m) => m.messageId === 'cpu')!.message, 'linux.resources.cpu.quota 50000/100000 adds 0.5 vCPUs to the Kata VM');
    // Every Kata finding says why (what Kata does) and what to change.
    for (const m of [...byFile.values()].flat().filter((x) => x.ruleId.startsWith('kata-'))) {
      assert.ok(m.detail && m.help, `${m.ruleId}/${m.messageId} has no detail or help`);
    }
  });

  it('without the annotation the pod starts: nothing at error level', () => {
    const dir = variant((c) => delete c['annotations'][MEMORY]);
    const { code, byFile } = lint('--target', 'kata', dir);
    assert.equal(code, 0);
    assert.ok(![...byFile.values()].flat().some((m) => m.ruleId === 'kata-annotations'));
  });

  it('says nothing of Kata without --target kata', () => {
    const { code, byFile } = lint(POD);
    assert.equal(code, 0);
    assert.deepEqual([...byFile.values()].flat().filter((m) => m.ruleId.startsWith('kata-')), []);
  });

  it('a hostPID and hostNetwork pod: the namespace findings say what Kata does instead', () => {
    // containerd writes neither a pid nor a network entry for such a pod (WithoutNamespace), nor
    // the two net.* sysctls it adds to a sandbox with a network of its own.
    const dir = variant((c) => {
      c['linux'].namespaces = c['linux'].namespaces.filter((n: { type: string }) => n.type !== 'pid' && n.type !== 'network');
      delete c['linux'].sysctl;
    });
    const ns = (args: string[]) => {
      const { byFile } = lint(...args, dir);
      return rows(byFile.get('pod-sandbox')).filter((r) => r.includes('-namespace/'));
    };
    assert.deepEqual(ns(['--target', 'kata']), [
      'warning shared-network-namespace/kataMissing /linux/namespaces',
      'info shared-pid-namespace/kataMissing /linux/namespaces',
    ]);
    // Without Kata the two shared namespaces have one cause: one finding names both (src/engine/group.ts).
    assert.deepEqual(ns([]), ['warning shared-network-namespace/missing /linux/namespaces']);
    const grouped = lint(dir).byFile.get('pod-sandbox')!.find((m) => m.ruleId === 'shared-network-namespace')!;
    assert.match(grouped.message, /no "network", "pid" entries/);
    const { byFile } = lint('--target', 'kata', dir);
    const pid = byFile.get('pod-sandbox')!.find((m) => m.ruleId === 'shared-pid-namespace')!;
    assert.match(pid.message, /Kata gives the container a new one in its VM, not the host's/);
    assert.match(pid.detail!, /hostPID pod does not see the host's processes/);
  });
});
