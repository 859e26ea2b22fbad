// Differential test: for every mutation of a valid bundle, `ocilint --target R` must report an
// error exactly when runtime R (runc, crun) refuses the bundle at `create`, as judged by the
// shared runtime oracle (../shared/tools/runtime-oracle.sh, real runc and crun from Debian).
// Cases where the two legitimately differ are listed in KNOWN with the reason; any other
// disagreement fails the test. A second pass lints host-dependent mutations with --host-specific
// on the machine the runtimes run on, so both judge the same host. Needs root, runc, crun and the
// oracle; skipped otherwise (set OCILINT_ORACLE=0 to skip it on purpose; OCILINT_ORACLE_REPORT=1
// lists disagreements without failing). The agreement figures are printed as diagnostics.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { TargetSpec } from '../../src/core/types.js';
import { DirBundleSource } from '../../src/bundle/dir-source.js';
import { lintSources } from '../../src/engine/run.js';
import { allRules } from '../../src/rules/all.js';
import { repoRoot } from '../helpers/paths.js';
import { tempDir } from '../helpers/fixture.js';
import { HOST_MUTATIONS, MUTATIONS, START_MUTATIONS, type Mutation } from './mutations.js';
import { has, helloBundle } from '../helpers/runtimes.js';
import { RealHostView } from '../../src/bundle/host.js';

const ORACLE = path.resolve(repoRoot, '..', 'shared', 'tools', 'runtime-oracle.sh');
const RUNTIMES = ['runc', 'crun'] as const;
/** The releases installed here (Debian 12: runc 1.1.5, crun 1.8.1), as --target names them. */
const INSTALLED: Record<(typeof RUNTIMES)[number], TargetSpec> = { runc: 'runc@1.1', crun: 'crun@1.8' };

/**
 * Without --target, ocilint must report an error when either runtime refuses a bundle, and may
 * report one when both accept it only where the spec forbids the mutation (listed here).
 */
export const SPEC_ONLY: Record<string, string> = {
  'ociVersion not semver': 'config.md: ociVersion MUST be SemVer; neither runtime checks it',
  'rlimit duplicated': 'config.md: a runtime MUST fail on a repeated rlimit type; both keep the later one',
  'mount destination relative': 'before 1.2.0 a mount destination MUST be absolute; both runtimes mount it from "/"',
  'duplicate key': 'RFC 8259 leaves duplicate names undefined: one file, two possible configs',
  'device over a rootfs file': 'config-linux.md: a runtime MUST fail when another kind of file is at a device path; both keep the file and start without the device',
  'maskedPaths relative': 'config-linux.md: masked paths MUST be absolute; both accept a relative one and mask nothing useful',
  'seccomp rule without names': 'config-linux.md: names MUST hold at least one entry; both load a rule that matches nothing',
  'annotations empty key': 'config.md: annotation keys MUST NOT be empty; runtimes ignore annotations',
};
// Not listed: 'device cgroup deny-all access x'. config-linux.md describes access as a composition
// of r, w and m without a MUST; runc ignores other letters and crun writes its own rule for
// deny-all, so linux-device-cgroup grades it as a schema-only finding both run: a warning.

/**
 * Without --target, refusals by one runtime of something the spec allows and the other runtime
 * runs are warnings (with --target that runtime, errors): which runtime will run the bundle is
 * not known. So are refusals that only old releases make (the installed runc 1.1.5 is one), and a
 * config without process, which the spec allows for create.
 */
export const ONE_RUNTIME_ONLY: Record<string, string> = {
  'env entry without =': 'only runc refuses it, crun passes it on as is: a warning naming runc, an error with --target runc',
  'env entry with empty name': 'only runc refuses it, crun passes it on as is: a warning naming runc, an error with --target runc',
  'mount destination with NUL': 'only runc refuses it, crun cuts the path at the NUL: a warning naming runc, an error with --target runc',
  'no mounts block': 'only crun requires the mounts block; crun-required-blocks reports it with --target crun',
  'no /proc mount': 'only runc before 1.2.8 (and 1.3.0 to 1.3.2) refuses it, runc 1.1.5 at create: a warning naming those releases, an error with --target runc@1.1',
  'no process': 'the spec makes process optional for create (the runtime-spec\'s good schema tests have none); runc and crun refuse it: a warning, an error with --target',
  'ociVersion 1.2.0': 'only crun 1.8.1 refuses it (its "1.0" substring check); crun-oci-version reports it with --target crun',
  'root.path a symlink': 'runc refuses a symlinked rootfs, crun runs it: a warning, an error with --target runc',
  'user namespace without mappings': 'refused by both as root, but crun fills the mappings in when rootless: a warning, an error with --target runc',
  'no linux block': 'only crun requires the linux block; crun-required-blocks reports it with --target crun',
  'seccomp flags': 'runc 1.1 refuses seccomp flags, which the spec defines and crun applies: a warning, an error with --target runc',
  'tmpfs on a dangling symlink': 'crun refuses a mount point that is a symlink to nowhere, runc creates the target: a warning, an error with --target crun',
  'cpu shares 1': 'runc checks the 2..262144 range itself, crun lets the kernel clamp it: a warning, an error with --target runc',
  'memory swappiness 101': 'runc allows 0..100, crun and the kernel up to 200: a warning, an error with --target runc',
  'pids limit -1': 'the spec reads -1 as no limit and runc applies that; crun writes -1 to pids.max, which the kernel refuses: a warning, an error with --target crun',
  'time namespace': 'runc 1.2 supports time namespaces; runc 1.1.5 refuses them and crun 1.8.1 fails with a PID namespace beside: a warning, an error with --target',
  'time namespace without a PID namespace': 'runc 1.1.5 refuses a time namespace, crun 1.8.1 runs it without a PID namespace: a warning, an error with --target runc',
  'sysctl user.* with user namespace': 'runc sets user.* in the container\'s user namespace from 1.4 (youki too); runc 1.1.5 and crun refuse it: a warning, an error with --target crun or runc@1.3',
  'memory reservation -2': 'runc writes it to memory.soft_limit_in_bytes, which the kernel refuses; crun 1.8.1 runs it: a warning, an error with --target runc',
  'cgroupsPath .. above the root': 'runc cleans the path ("/ocilint-b"), crun uses it as written and leaves the cgroup hierarchy: a warning, an error with --target crun',
  'device cgroup minor -1': 'runc reads -1 as any number, crun writes it to the device cgroup, which the kernel refuses: a warning, an error with --target crun',
  'args[0] through a relative PATH entry': 'runc refuses a program found relative to the working directory (Go\'s exec.LookPath), crun runs it: a warning naming runc, an error with --target runc',
  'cpu quota -1': 'crun before 1.8.4 writes a negative quota unsigned on cgroup v1, which the kernel refuses; runc and later crun read it as no limit: nothing without --target, an error with --target crun@1.8',
};

/**
 * With --target, a finding that breaks a MUST of the spec's text stays an error even when the
 * runtime runs the bundle (SPEC_ONLY ones too): the runtime that refuses it is the spec's.
 */
export const SPEC_MUST: Record<string, string> = {
  'device path relative': 'linux-device-path, a MUST of config-linux.md; runc 1.1.5 runs it, crun 1.8.1 refuses it',
  'seccomp errnoRet with SCMP_ACT_ALLOW': 'linux-seccomp-errnoret, a MUST of config-linux.md; runc 1.1.5 runs it, crun 1.8.1 refuses it',
  'cwd relative': 'process-cwd-absolute, a MUST of config.md; crun 1.8.1 runs it, runc 1.1.5 refuses it',
  'namespace duplicated': 'linux-namespace-duplicate, a MUST of config-linux.md; crun 1.8.1 runs it, runc 1.1.5 refuses it',
  'no mount namespace with maskedPaths': 'linux-masked-paths, a MUST of config-linux.md; crun 1.8.1 runs it, runc 1.1.5 refuses it',
  'seccomp NOTIFY without listenerPath': 'linux-seccomp-notify, a MUST of config-linux.md; crun 1.8.1 runs it, runc 1.1.5 refuses it',
};

/** mutation name -> runtime -> why ocilint and the runtime's create-time verdict differ. */
export const KNOWN: Record<string, Partial<Record<(typeof RUNTIMES)[number], string>>> = {
  'user namespace without mappings': {
    crun: 'crun refuses as root, but fills the mappings in itself when run rootless ("crun spec --rootless" writes exactly this); a static check cannot know how crun will be run, so ocilint warns',
  },
  'device major above 4095': {
    runc: 'runc before 1.2.8 keeps the low 12 bits and creates the node as 904:1, another device than the config names (1:1048577 becomes 1:1, /dev/mem); later releases refuse it, so ocilint reports an error for every runc',
  },
  'uid 4294967295': {
    crun: 'crun passes (uid_t)-1 to setresuid, which leaves the uid alone: the process runs as root (uid=0, crun 1.8.1 --run), so ocilint reports an error that says so',
  },
  'personality domain unknown': { runc: 'the spec allows only LINUX and LINUX32 (a schema error); runc 1.1.5 ignores linux.personality' },
  'args missing': { crun: 'crun 1.8.1 checks process.args only at start ("executable path not specified"); ocilint reports it because the container can never start' },
  'uid as a string': { crun: 'the spec requires an integer (a schema error); crun\'s parser silently drops a mistyped field, so the process runs as uid 0' },
  'device type invalid': { crun: 'the spec allows only c, b, u and p (a schema error); crun 1.8.1 creates the container anyway' },
  'rootfsPropagation invalid': { crun: 'the spec allows only shared, slave, private and unbindable (a schema error); crun 1.8.1 ignores an unknown value' },
  'seccomp rule without names': {
    runc: 'the spec requires at least one name (a schema error); runc 1.1.5 loads the empty rule',
    crun: 'the spec requires at least one name (a schema error); crun 1.8.1 loads the empty rule',
  },
};

const skip =
  process.env['OCILINT_ORACLE'] === '0'
    ? 'OCILINT_ORACLE=0'
    : process.getuid?.() !== 0
      ? 'needs root'
      : !fs.existsSync(ORACLE)
        ? `no oracle at ${ORACLE}`
        : !RUNTIMES.every(has)
          ? 'runc and crun are not both installed'
          : false;

function oracle(bundle: string, runtime: string): 'ACCEPT' | 'REJECT' | string {
  const r = spawnSync(ORACLE, ['-q', '-r', runtime, '-t', '20', bundle], { encoding: 'utf8', timeout: 120_000 });
  const line = r.stdout.split('\n').find((l) => l.startsWith('ACCEPT') || l.startsWith('REJECT') || l.startsWith('ERROR')) ?? `ERROR\t${r.stderr}`;
  return line.split('\t')[0] === 'ERROR' ? line : (line.split('\t')[0] as 'ACCEPT' | 'REJECT');
}

/**
 * Whether the container starts and its program exits 0 (`--run`): 'RUNS', else 'FAILS' (refused
 * at create, or the exec failed at start), with what the runtime printed.
 */
function runOracle(bundle: string, runtime: string): { verdict: 'RUNS' | 'FAILS'; output: string } {
  const r = spawnSync(ORACLE, ['--run', '-r', runtime, '-t', '20', bundle], { encoding: 'utf8', timeout: 120_000 });
  const line = r.stdout.split('\n').find((l) => /^(ACCEPT|REJECT|ERROR)\t/.test(l));
  if (!line || line.startsWith('ERROR')) throw new Error(`oracle could not run ${bundle} with ${runtime}: ${line ?? r.stderr}`);
  return { verdict: line.startsWith('ACCEPT') && line.endsWith('\texit=0') ? 'RUNS' : 'FAILS', output: r.stdout };
}

/** A copy of the hello bundle (ociVersion 1.0.2) with one mutation applied. */
function mutated(m: Mutation): string {
  return helloBundle((config, dir) => m.apply(config, dir));
}

/** The runtime's verdict on a bundle, from its own copy: runtimes create mount points inside the rootfs. */
function judge(dir: string, runtime: string, name: string): 'ACCEPT' | 'REJECT' {
  const copy = path.join(tempDir('ocilint-oracle-'), 'bundle');
  fs.cpSync(dir, copy, { recursive: true, verbatimSymlinks: true });
  const verdict = oracle(copy, runtime);
  fs.rmSync(path.dirname(copy), { recursive: true, force: true });
  if (verdict !== 'ACCEPT' && verdict !== 'REJECT') throw new Error(`oracle could not judge ${name} with ${runtime}: ${verdict}`);
  return verdict;
}

describe('agreement with real runtimes at create', { skip }, () => {
  const rows: { name: string; runtime: string; ocilint: boolean; runtimeRefuses: boolean; known?: string }[] = [];
  const plain: { name: string; ocilint: boolean; anyRefuses: boolean; specOnly?: string; oneRuntime?: string }[] = [];

  for (const m of MUTATIONS) {
    it(m.name, async () => {
      const dir = mutated(m);
      const [untargeted] = await lintSources([new DirBundleSource(path.join(dir, 'config.json'), dir)], { rules: allRules });
      const plainErrors = untargeted!.diagnostics.filter((d) => d.severity === 'error');
      const verdicts: boolean[] = [];
      for (const runtime of RUNTIMES) {
        const [result] = await lintSources([new DirBundleSource(path.join(dir, 'config.json'), dir)], {
          rules: allRules,
          targets: [INSTALLED[runtime]],
        });
        const ocilintErrors = result!.diagnostics.filter((d) => d.severity === 'error');
        let verdict: 'ACCEPT' | 'REJECT';
        try {
          verdict = judge(dir, runtime, m.name);
        } finally {
          m.cleanup?.();
        }
        verdicts.push(verdict === 'REJECT');
        const known = KNOWN[m.name]?.[runtime] ?? (ocilintErrors.length > 0 ? (SPEC_MUST[m.name] ?? SPEC_ONLY[m.name]) : undefined);
        rows.push({ name: m.name, runtime, ocilint: ocilintErrors.length > 0, runtimeRefuses: verdict === 'REJECT', ...(known && { known }) });
        const agree = ocilintErrors.length > 0 === (verdict === 'REJECT');
        if (!agree && !known && process.env['OCILINT_ORACLE_REPORT'] !== '1') {
          assert.fail(
            `${m.name}: ${runtime} ${verdict === 'REJECT' ? 'refuses' : 'accepts'} the bundle, but ocilint --target ${INSTALLED[runtime]} reports ` +
              (ocilintErrors.length ? ocilintErrors.map((d) => `${d.ruleId}: ${d.message}`).join('; ') : 'no error'),
          );
        }
      }
      const anyRefuses = verdicts.some(Boolean);
      const specOnly = SPEC_ONLY[m.name];
      const oneRuntime = ONE_RUNTIME_ONLY[m.name];
      plain.push({ name: m.name, ocilint: plainErrors.length > 0, anyRefuses, ...(specOnly && { specOnly }), ...(oneRuntime && { oneRuntime }) });
      const plainAgrees = plainErrors.length > 0 === ((anyRefuses && oneRuntime === undefined) || specOnly !== undefined);
      if (!plainAgrees && process.env['OCILINT_ORACLE_REPORT'] !== '1') {
        assert.fail(
          `${m.name}: ${anyRefuses ? 'a runtime refuses' : 'both runtimes accept'} the bundle, but ocilint (no --target) reports ` +
            (plainErrors.length ? plainErrors.map((d) => `${d.ruleId}: ${d.message}`).join('; ') : 'no error'),
        );
      }
      fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    });
  }

  it('summary', (t) => {
    const refused = plain.filter((r) => r.anyRefuses);
    const accepted = plain.filter((r) => !r.anyRefuses);
    t.diagnostic(
      `no --target: errors on ${refused.filter((r) => r.ocilint).length} of ${refused.length} mutations a runtime refuses; ` +
        `on ${accepted.filter((r) => r.ocilint).length} of ${accepted.length} both accept (${accepted.filter((r) => r.ocilint && r.specOnly).length} of them forbidden by the spec)`,
    );
    for (const r of accepted.filter((x) => x.ocilint)) t.diagnostic(`  both accept "${r.name}", ocilint errors: ${r.specOnly ?? 'UNEXPECTED'}`);
    for (const r of refused.filter((x) => !x.ocilint)) t.diagnostic(`  a runtime refuses "${r.name}", ocilint warns: ${r.oneRuntime ?? 'UNEXPECTED'}`);
    for (const runtime of RUNTIMES) {
      const mine = rows.filter((r) => r.runtime === runtime);
      const agree = mine.filter((r) => r.ocilint === r.runtimeRefuses).length;
      t.diagnostic(`${runtime}: ocilint --target ${INSTALLED[runtime]} agrees on ${agree} of ${mine.length} mutations (${((100 * agree) / Math.max(mine.length, 1)).toFixed(1)}%)`);
      for (const r of mine.filter((x) => x.ocilint !== x.runtimeRefuses)) {
        t.diagnostic(`  ${runtime} ${r.runtimeRefuses ? 'refuses' : 'accepts'} "${r.name}", ocilint ${r.ocilint ? 'errors' : 'does not'}: ${r.known ?? 'UNEXPECTED'}`);
      }
    }
  });
});

describe('agreement with real runtimes at create, --host-specific on the same machine', { skip }, () => {
  const host = new RealHostView();
  const rows: { name: string; runtime: string; agree: boolean }[] = [];
  for (const m of HOST_MUTATIONS) {
    it(m.name, async () => {
      const dir = mutated(m);
      for (const runtime of RUNTIMES) {
        const [result] = await lintSources([new DirBundleSource(path.join(dir, 'config.json'), dir)], { rules: allRules, targets: [INSTALLED[runtime]], host });
        const errors = result!.diagnostics.filter((d) => d.severity === 'error');
        const verdict = judge(dir, runtime, m.name);
        const agree = errors.length > 0 === (verdict === 'REJECT');
        rows.push({ name: m.name, runtime, agree });
        if (!agree && process.env['OCILINT_ORACLE_REPORT'] !== '1') {
          assert.fail(
            `${m.name}: ${runtime} ${verdict === 'REJECT' ? 'refuses' : 'accepts'} the bundle on this machine, but ocilint --host-specific --target ${INSTALLED[runtime]} reports ` +
              (errors.length ? errors.map((d) => `${d.ruleId}: ${d.message}`).join('; ') : 'no error'),
          );
        }
      }
      fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    });
  }

  it('summary', (t) => {
    for (const runtime of RUNTIMES) {
      const mine = rows.filter((r) => r.runtime === runtime);
      t.diagnostic(`${runtime}: ocilint --host-specific --target ${INSTALLED[runtime]} agrees on ${mine.filter((r) => r.agree).length} of ${mine.length} host mutations`);
      for (const r of mine.filter((x) => !x.agree)) t.diagnostic(`  ${r.name}: UNEXPECTED`);
    }
  });
});

describe('agreement with real runtimes at start (--run), --host-specific on the same machine', { skip }, () => {
  const host = new RealHostView();
  const rows: { name: string; runtime: string; agree: boolean }[] = [];
  for (const m of START_MUTATIONS) {
    it(m.name, async () => {
      const dir = mutated(m);
      for (const runtime of RUNTIMES) {
        const [result] = await lintSources([new DirBundleSource(path.join(dir, 'config.json'), dir)], { rules: allRules, targets: [INSTALLED[runtime]], host });
        const errors = result!.diagnostics.filter((d) => d.severity === 'error');
        const copy = path.join(tempDir('ocilint-oracle-'), 'bundle');
        fs.cpSync(dir, copy, { recursive: true, verbatimSymlinks: true });
        const { verdict, output } = runOracle(copy, runtime);
        fs.rmSync(path.dirname(copy), { recursive: true, force: true });
        if (m.name === 'the hello program') assert.match(output, /hello from an OCI bundle/, `${runtime} ran the hello fixture without its greeting:\n${output}`);
        const agree = errors.length > 0 === (verdict === 'FAILS');
        rows.push({ name: m.name, runtime, agree });
        if (!agree && process.env['OCILINT_ORACLE_REPORT'] !== '1') {
          assert.fail(
            `${m.name}: ${runtime} ${verdict === 'RUNS' ? 'runs' : 'fails to run'} the bundle, but ocilint --target ${INSTALLED[runtime]} reports ` +
              (errors.length ? errors.map((d) => `${d.ruleId}: ${d.message}`).join('; ') : 'no error') + ` with --host-specific\n${output}`,
          );
        }
      }
      fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    });
  }

  it('summary', (t) => {
    for (const runtime of RUNTIMES) {
      const mine = rows.filter((r) => r.runtime === runtime);
      t.diagnostic(`${runtime}: ocilint --target ${INSTALLED[runtime]} --host-specific agrees on ${mine.filter((r) => r.agree).length} of ${mine.length} program mutations run to start`);
      for (const r of mine.filter((x) => !x.agree)) t.diagnostic(`  ${r.name}: UNEXPECTED`);
    }
  });
});
