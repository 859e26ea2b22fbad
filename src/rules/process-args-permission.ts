import type { EntryStat } from '../bundle/rootfs.js';
import { defineRule } from './api.js';
import { directoriesWalked, modeText, processAccessor } from '../model/access.js';
import { candidateIn, execChainOf, lookupExecutable, programOf, type ExecStep } from '../model/program.js';
import { capSet } from '../model/capabilities.js';

// The exec runs with process.user's credentials: uid, gid and additionalGids, and nothing from
// /etc/group (runc 1.1.5 and crun 1.8.1 alike, runtime oracle). So the kernel's permission check
// can be done here: the file's owner bits apply when the uid owns it, else its group bits when
// one of those gids is its group, else its other bits. The program needs x in that class, and
// every directory on the way to it needs x (search) in its own; so do the "#!" interpreters and
// the ELF loader the kernel opens after it. CAP_DAC_OVERRIDE in the effective set lifts both
// checks (an x bit anywhere is then enough, process-args-executable's question), and
// CAP_DAC_READ_SEARCH the directory one. runc refuses at create ("exec /bin/hello: permission
// denied", or "stat /bin/hello: permission denied" for a directory); crun at start.
// In a new user namespace the ids and the capabilities that count are the namespace's
// (model/access.ts): its root on host uid 100000 may not run a 0700 program owned by the host's
// root (runc 1.1.5 "exec /bin/hello: permission denied", crun 1.8.1 "open executable: Permission
// denied", runtime oracle).

const REFUSED = 'runc 1.1.5 refuses at create, crun 1.8.1 at start.';

export default defineRule({
  meta: {
    id: 'process-args-permission',
    description: "process.user may execute process.args[0] and the interpreters and loader it needs: each file's mode grants it x, and every directory on the way lets it search.",
    category: 'runtime',
    defaultSeverity: 'error',
    platforms: ['linux'],
    needsRootfs: true,
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    messages: {
      file: {
        headline: 'process.args[0] "{{value}}" {{what}} {{path}}, which {{who}} may not execute',
        detail: `Its mode is {{mode}} and its owner {{owner}}: its {{class}} bits have no x, so the exec fails ("permission denied").{{userns}} ${REFUSED}`,
        help: 'Give the file the x bit the user needs (chmod 755, or chgrp to one of the process\'s groups and chmod 750), or run the process as the owner.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      dir: {
        headline: 'process.args[0] "{{value}}" {{what}} {{target}}: {{who}} may not search {{path}}',
        detail: `The directory's mode is {{mode}} and its owner {{owner}}: its {{class}} bits have no x, so the exec fails ("permission denied").{{userns}} ${REFUSED}`,
        help: 'Give the directory the x bit the user needs (chmod 755, or chgrp to one of the process\'s groups and chmod 750), or run the process as the owner.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
    },
  },
  reads: ['process.args'],
  check(ctx) {
    const program = programOf(ctx);
    const rootfs = ctx.rootfs;
    const process = ctx.config.process;
    const file = program?.file;
    if (!program || !file || !rootfs || !process) return;
    const args = process.args!;
    const me = processAccessor(ctx);
    // Judged as runc reads the capability names; crun reads them in any case (model/capabilities.ts),
    // so it may hold a capability runc ignores, and run what runc refuses.
    const runc = capSet(ctx, 'runc', 'effective');
    // No uid or gid, unknown ids (a joined user namespace), or a capability that lifts every check
    // for both runtimes (crun holds whatever runc does).
    if (!me || (runc.has('CAP_DAC_OVERRIDE') && !me.inUserns)) return;
    // A bare name: runc's PATH search moves on past a file it may not reach, so judge only the last one there is.
    if (program.search.bare) {
      for (const dir of program.search.searched.slice(program.search.tried.length)) {
        if (lookupExecutable(rootfs, candidateIn(dir, program.value, program.cwd), program.mounts).kind !== 'missing') return;
      }
    }
    const { steps: chain } = execChainOf(ctx);
    // A program ocilint itself cannot read is still judged by its mode.
    const steps: readonly Pick<ExecStep, 'requested' | 'path' | 'stat' | 'role'>[] = chain.length ? chain : [{ ...file, role: 'program' }];
    const denied = firstDenial(runc.has('CAP_DAC_OVERRIDE'), runc.has('CAP_DAC_READ_SEARCH'));
    if (!denied) return;
    const crun = capSet(ctx, 'crun', 'effective');
    const same = crun === runc || (runc.has('CAP_DAC_OVERRIDE') === crun.has('CAP_DAC_OVERRIDE') && runc.has('CAP_DAC_READ_SEARCH') === crun.has('CAP_DAC_READ_SEARCH'));
    ctx.report(same || firstDenial(crun.has('CAP_DAC_OVERRIDE'), crun.has('CAP_DAC_READ_SEARCH')) ? denied : { ...denied, runtimes: { runc: 'refuses', crun: 'accepts' } });

    /** The first check the exec fails with these capabilities, as a finding to report. */
    function firstDenial(override: boolean, searchAll: boolean): Parameters<typeof ctx.report>[0] | undefined {
      // A capability that lifts every check (in a user namespace, only for files it maps: me.privileged).
      if (override && !me!.inUserns) return undefined;
      for (const step of steps) {
        const denial = stepDenial(step, override, searchAll);
        if (denial) return denial;
      }
      return undefined;
    }

    function stepDenial(step: Pick<ExecStep, 'requested' | 'path' | 'stat' | 'role'>, override: boolean, searchAll: boolean): Parameters<typeof ctx.report>[0] | undefined {
      const what = step.role === 'program' ? 'is' : step.role === 'interpreter' ? 'runs the "#!" interpreter' : 'needs the ELF loader';
      const data = (path: string, st: EntryStat, cls: string) => ({
        value: program!.value,
        what,
        target: step.path,
        path,
        mode: modeText(st),
        owner: `${st.uid}:${st.gid}`,
        who: me!.who,
        class: cls,
        userns: override && !me!.privileged(st) ? ' CAP_DAC_OVERRIDE does not help: the owner is not mapped into the container\'s user namespace, and a capability there counts only for files whose owner and group are.' : '',
      });
      // The directories walked: those above the file, and those above each symlink followed.
      const r = rootfs!.resolve(step.requested);
      for (const dir of directoriesWalked(step.path, r.ok ? r.via : [])) {
        if (program!.mounts.covers(dir)) continue;
        const st = rootfs!.lstat(dir);
        if (!st || st.type !== 'dir' || me!.mayX(st, searchAll || override)) continue;
        return { messageId: 'dir', node: args, key: 0, rootfsPath: dir, data: data(dir, st, me!.classOf(st)) };
      }
      // With the capability, an x bit anywhere is enough: process-args-executable's question.
      if (me!.mayX(step.stat, override)) return undefined;
      return { messageId: 'file', node: args, key: 0, rootfsPath: step.path, data: data(step.path, step.stat, me!.classOf(step.stat)) };
    }
  },
});
