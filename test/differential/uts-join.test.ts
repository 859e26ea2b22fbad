// What runc and crun do with hostname in a config that joins a UTS namespace by path, against
// hostname-uts-namespace: a UTS namespace is made here (`unshare --uts`, named "ocilint-before"),
// each runtime creates (not starts) a bundle that joins it, and the namespace's name is read back
// with nsenter. Both rename it, so ocilint must report the hostname. Needs root, runc, crun,
// unshare and nsenter; skipped otherwise (set OCILINT_ORACLE=0 to skip it on purpose).

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DirBundleSource } from '../../src/bundle/dir-source.js';
import { lintSources } from '../../src/engine/run.js';
import { allRules } from '../../src/rules/all.js';
import { createContainer, has, helloBundle } from '../helpers/runtimes.js';

const skip =
  process.env['OCILINT_ORACLE'] === '0'
    ? 'OCILINT_ORACLE=0'
    : process.getuid?.() !== 0
      ? 'needs root'
      : !['runc', 'crun', 'unshare', 'nsenter'].every(has)
        ? 'runc, crun, unshare and nsenter are not all installed'
        : false;

describe('hostname in a joined UTS namespace, against what runc and crun do to it', { skip }, () => {
  let holder: ReturnType<typeof spawn> | undefined;
  const nameOf = (): string => spawnSync('nsenter', ['-t', String(holder!.pid), '-u', 'hostname'], { encoding: 'utf8' }).stdout.trim();

  before(async () => {
    holder = spawn('unshare', ['--uts', 'sh', '-c', 'hostname ocilint-before && exec sleep 600'], { stdio: 'ignore' });
    for (let i = 0; i < 100 && nameOf() !== 'ocilint-before'; i++) await new Promise((r) => setTimeout(r, 20));
  });
  after(() => holder?.kill());

  for (const runtime of ['runc', 'crun'] as const) {
    it(runtime, async () => {
      spawnSync('nsenter', ['-t', String(holder!.pid), '-u', 'hostname', 'ocilint-before']);
      assert.equal(nameOf(), 'ocilint-before');
      const bundle = helloBundle((config) => {
        config['hostname'] = 'ocilint-after';
        config['linux']['namespaces'] = [...config['linux']['namespaces'].filter((n: { type: string }) => n.type !== 'uts'), { type: 'uts', path: `/proc/${holder!.pid}/ns/uts` }];
      }, 'ocilint-uts-');

      const [result] = await lintSources([new DirBundleSource(path.join(bundle, 'config.json'), bundle)], { rules: allRules });
      const reported = result!.diagnostics.some((d) => d.ruleId === 'hostname-uts-namespace' && d.messageId === 'joinedUts');

      const container = createContainer(runtime, bundle, `ocilint-uts-${process.pid}-${runtime}`);
      try {
        assert.ok(container.ok, `${runtime} create: ${container.output}`);
        const renamed = nameOf() === 'ocilint-after';
        assert.equal(reported, renamed, `${runtime} ${renamed ? 'renamed' : 'did not rename'} the joined namespace, and ocilint ${reported ? 'reports' : 'does not report'} it`);
      } finally {
        container.remove();
      }
    });
  }
});
