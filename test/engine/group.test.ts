// Rules of a group (the shared-*-namespace rules) that report one cause at one place give one
// finding, through the real engine and command line: the most severe rule leads, the others are
// related places, each rule keeps its own severity and suppressions, and JSON and SARIF keep
// every place.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { DirBundleSource } from '../../src/bundle/dir-source.js';
import { lintSource, type FileResult } from '../../src/engine/lint.js';
import { resolveSettings } from '../../src/engine/presets.js';
import type { SeveritySetting } from '../../src/core/types.js';
import { allRules } from '../../src/rules/all.js';
import { runCli } from '../helpers/cli.js';
import { BASE_TREE, buildBundle, tempDir } from '../helpers/fixture.js';
import { merge, unprivilegedConfig } from '../helpers/rule-tester.js';

const SHARED = allRules.filter((r) => r.meta.id.startsWith('shared-') && r.meta.id.endsWith('-namespace'));

function bundle(config: unknown): string {
  const dir = path.join(tempDir('ocilint-group-'), 'bundle');
  buildBundle(dir, { config: JSON.stringify(config, null, 2), rootfs: BASE_TREE });
  return dir;
}

async function lintWith(dir: string, overrides: Record<string, SeveritySetting> = {}): Promise<FileResult> {
  const settings = resolveSettings(SHARED.map((r) => r.meta), 'recommended', new Map(Object.entries(overrides)));
  return lintSource(new DirBundleSource(path.join(dir, 'config.json'), dir), { rules: SHARED, settings });
}

/** A node-exporter-like pod: hostPID, hostIPC and hostNetwork, so only mount (and cgroup, uts) of its own. */
const hostPidIpcNet = merge(unprivilegedConfig(), { linux: { namespaces: [{ type: 'mount' }, { type: 'uts' }] } });

describe('findings of a rule group at one place', () => {
  it('three shared namespaces give one finding naming them, led by the first rule, with the others related', async () => {
    const r = await lintWith(bundle(hostPidIpcNet));
    assert.equal(r.diagnostics.length, 1);
    const d = r.diagnostics[0]!;
    assert.deepEqual([d.ruleId, d.messageId, d.severity], ['shared-ipc-namespace', 'missing', 'warning']);
    assert.equal(d.message, 'linux.namespaces has no "ipc", "network", "pid" entries: the container shares those host namespaces');
    assert.deepEqual(d.related?.map((x) => x.message.replace(/.*\((\S+)\)$/, '$1')), ['shared-network-namespace', 'shared-pid-namespace']);
    assert.ok(d.related?.every((x) => x.location.kind === 'config' && x.location.pointer === '/linux/namespaces'));
    // Each rule's why and how are kept.
    for (const label of ['IPC', 'network', 'PID']) assert.match(d.detail ?? '', new RegExp(`host's ${label} namespace`));
    // Each rule's suggestion stays on offer: add the namespace it is about.
    const titles = (d.suggestions ?? []).map((f) => f.title).filter((t) => t.startsWith('Add a new'));
    assert.deepEqual(titles, ['Add a new IPC namespace to linux.namespaces', 'Add a new network namespace to linux.namespaces', 'Add a new PID namespace to linux.namespaces']);
    assert.equal(r.warningCount, 1);
  });

  it('the most severe rule leads; a rule set off or silenced is left out', async () => {
    const dir = bundle(hostPidIpcNet);
    const severe = (await lintWith(dir, { 'shared-pid-namespace': 'error' })).diagnostics;
    assert.deepEqual(severe.map((d) => [d.ruleId, d.severity]), [['shared-pid-namespace', 'error']]);
    assert.match(severe[0]!.message, /no "ipc", "network", "pid" entries/);
    const off = (await lintWith(dir, { 'shared-ipc-namespace': 'off', 'shared-pid-namespace': 'off' })).diagnostics;
    assert.deepEqual(off.map((d) => [d.ruleId, d.message, d.related?.length ?? 0]), [['shared-network-namespace', 'linux.namespaces has no "network" entry: the network namespace is the host\'s', 0]]);
    const silenced = bundle(merge(hostPidIpcNet, { annotations: { 'dev.ocilint.ignore/shared-network-namespace': 'the exporter reads the host network' } }));
    const r = await lintWith(silenced);
    assert.deepEqual(r.diagnostics.map((d) => [d.ruleId, d.message]), [['shared-ipc-namespace', 'linux.namespaces has no "ipc", "pid" entries: the container shares those host namespaces']]);
    assert.deepEqual(r.suppressed.map((d) => d.ruleId), ['shared-network-namespace']);
  });

  it('findings at other places, or with another message, stay apart', async () => {
    const joins = merge(unprivilegedConfig(), { linux: { namespaces: [{ type: 'mount' }, { type: 'uts' }, { type: 'ipc' }, { type: 'network', path: '/proc/1/ns/net' }, { type: 'pid', path: '/proc/1/ns/pid' }] } });
    const r = await lintWith(bundle(joins));
    assert.deepEqual(r.diagnostics.map((d) => [d.ruleId, d.messageId, d.related?.length ?? 0]), [['shared-network-namespace', 'hostPath', 0], ['shared-pid-namespace', 'hostPath', 0]]);
  });

  it('json and sarif keep every namespace as a related location; the terminal shows one row', () => {
    const dir = bundle(merge(unprivilegedConfig(), { linux: { namespaces: undefined } }));
    const json = JSON.parse(runCli(['-f', 'json', '--config-only', dir]).stdout) as { results: { messages: { ruleId: string; message: string; related: { message: string; pointer: string | null }[] }[] }[] };
    const shared = json.results[0]!.messages.filter((m) => m.ruleId.startsWith('shared-'));
    assert.equal(shared.length, 1);
    assert.equal(shared[0]!.message, 'linux.namespaces is not set: the container shares the host\'s "ipc", "mount", "network", "pid" namespaces');
    assert.equal(shared[0]!.related.length, 3);
    const sarif = JSON.parse(runCli(['-f', 'sarif', '--config-only', dir]).stdout) as { runs: { results: { ruleId: string; relatedLocations?: unknown[] }[] }[] };
    const results = sarif.runs[0]!.results.filter((x) => x.ruleId.startsWith('shared-'));
    assert.deepEqual(results.map((x) => x.relatedLocations?.length), [3]);
  });
});
