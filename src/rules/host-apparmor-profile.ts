// --host-specific: process.apparmorProfile names a profile loaded on this host.
import { defineRule, specUrl } from './api.js';

const PROFILES = '/sys/kernel/security/apparmor/profiles';

export default defineRule({
  meta: {
    id: 'host-apparmor-profile',
    description: 'The AppArmor profile in process.apparmorProfile is loaded on this host.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configProcess'), level: 'MUST' },
    platforms: ['linux'],
    hostSpecific: true,
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    messages: {
      notLoaded: {
        headline: 'process.apparmorProfile "{{value}}" is not a profile loaded on this host',
        detail: 'The runtime cannot switch the process to a profile the kernel does not have.',
        help: 'Load the profile on this host, or name one that is loaded.',
      },
      notEnabled: {
        headline: 'process.apparmorProfile is "{{value}}", but AppArmor is not enabled on this host',
        detail: 'runc 1.1.5 and crun 1.8.1 refuse to start the container, even with "unconfined": runc fails writing /proc/self/attr/exec, crun says "AppArmor is not initialized correctly".',
        help: 'Remove the field for hosts without AppArmor.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
    },
  },
  reads: ['process.apparmorProfile'],
  check(ctx) {
    const host = ctx.host;
    const process = ctx.config.process;
    const profile = process?.apparmorProfile;
    if (!host || !process || profile === undefined || profile === '' || !ctx.valid(process, 'apparmorProfile')) return;
    const place = { node: process, key: 'apparmorProfile' } as const;
    const enabled = host.readSmallFile('/sys/module/apparmor/parameters/enabled', 16);
    if (enabled === undefined || !enabled.startsWith('Y')) {
      // Even "unconfined": runc 1.1.5 fails writing /proc/self/attr/exec and crun 1.8.1 says
      // "AppArmor is not initialized correctly" (both checked on a host without AppArmor).
      ctx.report({ messageId: 'notEnabled', ...place, data: { value: profile } });
      return;
    }
    if (profile === 'unconfined') return;
    const list = host.readSmallFile(PROFILES, 8 * 1024 * 1024);
    if (list === undefined) return; // securityfs not mounted or not readable by this user: cannot tell
    // Lines are "name (mode)"; a name may itself contain spaces.
    const loaded = new Set(list.split('\n').map((l) => l.replace(/ \([a-z]+\)$/, '')).filter(Boolean));
    if (!loaded.has(profile)) ctx.report({ messageId: 'notLoaded', ...place, data: { value: profile } });
  },
});
