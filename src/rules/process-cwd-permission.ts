import { defineRule, specUrl } from './api.js';
import { accessor, directoriesWalked, modeText, processAccessor } from '../model/access.js';
import { mountPoints } from '../model/mounts.js';
import { lookupPath } from '../model/paths.js';
import { capSet } from '../model/capabilities.js';

// runc 1.1.5 and crun 1.8.1 enter process.cwd twice if need be: first as the container's root,
// with every capability, before they switch to process.user, and again as that user when the
// first attempt is refused (runc's finalizeNamespace, crun's container_init_setup: "Attempt to
// chdir immediately here, before doing the setresuid"). Without a user namespace the first
// attempt is the host's root and always gets in. In a new user namespace it is the namespace's
// root, whose capabilities count only for directories whose owner and group the namespace maps
// (model/access.ts): with uid 0 mapped to host 100000, a 0700 directory of the host's root is
// refused to both attempts, and both runtimes fail at create (runc "chdir to cwd ("/work") set
// in config.json failed: permission denied", crun "chdir `/work`: Permission denied"; runtime
// oracle). The second attempt is judged with the effective capabilities of the config, as crun
// sets them before it (and reads their names, in any case); runc retries with fewer, so it may
// refuse more than is reported.
export default defineRule({
  meta: {
    id: 'process-cwd-permission',
    description: 'In a user namespace, the runtime must be able to enter process.cwd as the namespace\'s root or as process.user.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configProcess'), level: 'MUST' },
    platforms: ['linux'],
    needsRootfs: true,
    runtimeVersions: 'runc 1.1.5, crun 1.8.1 (runtime oracle)',
    messages: {
      noSearch: {
        headline: 'process.cwd "{{value}}": {{path}} may not be searched in the user namespace',
        detail: 'Its mode is {{mode}} and its owner {{owner}}, which the user namespace does not map, so the capabilities held there do not count for it: neither the namespace\'s root ({{root}}) nor {{who}} may enter it, and runc 1.1.5 and crun 1.8.1 fail at create ("permission denied").',
        help: 'Give the directory the x bit for others (chmod o+x), or map its owner and group into the user namespace, or choose another directory.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
    },
  },
  reads: ['process.cwd'],
  check(ctx) {
    const process = ctx.config.process;
    const value = process?.cwd;
    const rootfs = ctx.rootfs;
    if (!process || !value || !rootfs || !value.startsWith('/') || !ctx.valid(process, 'cwd')) return;
    const root = accessor(ctx, 0, [0]);
    const me = processAccessor(ctx);
    // Without a user namespace the first attempt is the host's root; unknown ids are not judged.
    if (!root?.inUserns || !me) return;
    const path = lookupPath(value);
    const mounts = mountPoints(ctx);
    if (mounts.covers(path)) return;
    // A cwd that is missing or not a directory is process-cwd-exists' finding.
    const r = rootfs.resolve(path);
    if (!r.ok || r.stat.type !== 'dir') return;
    // As crun reads the names (any case, model/capabilities.ts): its retry is the one modelled.
    const effective = capSet(ctx, 'crun', 'effective');
    const userCaps = effective.has('CAP_DAC_OVERRIDE') || effective.has('CAP_DAC_READ_SEARCH');
    // The cwd itself is searched too (chdir), in the walk's order, shallowest first.
    const dirs = [...directoriesWalked(r.path, r.via), r.path].sort((a, b) => a.length - b.length);
    const stats = dirs.flatMap((dir) => {
      if (mounts.covers(dir)) return [];
      const st = rootfs.lstat(dir);
      return st && st.type === 'dir' ? [{ dir, st }] : [];
    });
    // The first attempt has every capability of the namespace's root; the second, the config's.
    const rootFails = stats.find((s) => !root.mayX(s.st, true));
    const userFails = stats.find((s) => !me.mayX(s.st, userCaps));
    if (!rootFails || !userFails) return;
    ctx.report({
      messageId: 'noSearch',
      node: process,
      key: 'cwd',
      rootfsPath: rootFails.dir,
      data: { value, path: rootFails.dir, mode: modeText(rootFails.st), owner: `${rootFails.st.uid}:${rootFails.st.gid}`, root: root.who, who: me.who },
    });
  },
});
