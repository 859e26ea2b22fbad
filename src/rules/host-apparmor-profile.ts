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
    runtimes: { notEnabled: { runc: 'refuses', crun: 'refuses' } },
    messages: {
      notLoaded: 'process.apparmorProfile "{{value}}" is not a profile loaded on this host; the runtime cannot switch the process to it.',
      notEnabled: 'process.apparmorProfile is "{{value}}", but AppArmor is not enabled on this host; runc and crun refuse to start the container (remove the field on such hosts).',
    },
  },
  check(ctx) {
    const host = ctx.host;
    const profile = ctx.string('/process/apparmorProfile');
    if (!host || profile === undefined || profile === '' || !ctx.isValid('/process/apparmorProfile')) return;
    const pointer = '/process/apparmorProfile';
    const enabled = host.readSmallFile('/sys/module/apparmor/parameters/enabled', 16);
    if (enabled === undefined || !enabled.startsWith('Y')) {
      // Even "unconfined": runc 1.1.5 fails writing /proc/self/attr/exec and crun 1.8.1 says
      // "AppArmor is not initialized correctly" (both checked on a host without AppArmor).
      ctx.report({ messageId: 'notEnabled', pointer, data: { value: profile } });
      return;
    }
    if (profile === 'unconfined') return;
    const list = host.readSmallFile(PROFILES, 8 * 1024 * 1024);
    if (list === undefined) return; // securityfs not mounted or not readable by this user: cannot tell
    // Lines are "name (mode)"; a name may itself contain spaces.
    const loaded = new Set(list.split('\n').map((l) => l.replace(/ \([a-z]+\)$/, '')).filter(Boolean));
    if (!loaded.has(profile)) ctx.report({ messageId: 'notLoaded', pointer, data: { value: profile } });
  },
});
