// What runc and crun do with hostname in a config that joins a UTS namespace by path, against
// hostname-uts-namespace: a UTS namespace is made here (`unshare --uts`, named "ocilint-before"),
// each runtime creates (not starts) a bundle that joins it, and the namespace's name is read back
// with nsenter. Both rename it, so ocilint must report the hostname. Needs root, runc, crun,
// unshare and nsenter; skipped otherwise (set OCILINT_ORACLE=0 to skip it on purpose).

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DirBundleSource } from '../../src/bundle/dir-source.js';
import { lintSources } from '../../src/engine/run.js';
import { allRules } from '../../src/rules/all.js';
import { fixturesDir } from '../helpers/paths.js';
import { tempDir } from '../helpers/fixture.js';

const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
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

  for (const runtime of ['runc', 'crun']) {
    it(runtime, async () => {
      spawnSync('nsenter', ['-t', String(holder!.pid), '-u', 'hostname', 'ocilint-before']);
      assert.equal(nameOf(), 'ocilint-before');
      const bundle = path.join(tempDir('ocilint-uts-'), 'bundle');
      fs.cpSync(path.join(fixturesDir, 'bundles', 'hello'), bundle, { recursive: true });
      const config = JSON.parse(fs.readFileSync(path.join(bundle, 'config.json'), 'utf8')) as Record<string, any>;
      config['ociVersion'] = '1.0.2';
      config['hostname'] = 'ocilint-after';
      config['linux']['namespaces'] = [...config['linux']['namespaces'].filter((n: { type: string }) => n.type !== 'uts'), { type: 'uts', path: `/proc/${holder!.pid}/ns/uts` }];
      fs.writeFileSync(path.join(bundle, 'config.json'), JSON.stringify(config, null, 2));

      const [result] = await lintSources([new DirBundleSource(path.join(bundle, 'config.json'), bundle)], { rules: allRules });
      const reported = result!.diagnostics.some((d) => d.ruleId === 'hostname-uts-namespace' && d.messageId === 'joinedUts');

      const state = tempDir('ocilint-rt-');
      const id = `ocilint-uts-${process.pid}-${runtime}`;
      // crun 1.8 refuses a hybrid cgroup host whose cgroup2 mount has controllers: as the runtime
      // oracle does, crun runs in a mount namespace of its own without that mount.
      const argv = (args: string[]): [string, string[]] =>
        runtime === 'crun' ? ['unshare', ['-m', 'sh', '-c', 'umount /sys/fs/cgroup/unified 2>/dev/null; exec crun "$@"', 'sh', '--root', state, ...args]] : [runtime, ['--root', state, ...args]];
      // The container's init inherits the runtime's output, and holds it until it is deleted: a
      // file, not a pipe, or spawnSync would wait for that pipe's end.
      const log = path.join(state, 'runtime.log');
      const run = (...args: string[]) => {
        const fd = fs.openSync(log, 'w');
        try {
          return spawnSync(...argv(args), { cwd: bundle, stdio: ['ignore', fd, fd], timeout: 60_000 });
        } finally {
          fs.closeSync(fd);
        }
      };
      const created = run('create', id);
      try {
        assert.equal(created.status, 0, `${runtime} create: ${fs.readFileSync(log, 'utf8')}`);
        const renamed = nameOf() === 'ocilint-after';
        assert.equal(reported, renamed, `${runtime} ${renamed ? 'renamed' : 'did not rename'} the joined namespace, and ocilint ${reported ? 'reports' : 'does not report'} it`);
      } finally {
        run('delete', '-f', id);
      }
    });
  }
});
