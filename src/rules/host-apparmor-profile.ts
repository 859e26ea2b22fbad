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
    messages: {
      notLoaded: 'process.apparmorProfile "{{value}}" is not a profile loaded on this host; the runtime cannot switch the process to it.',
      notEnabled: 'process.apparmorProfile is "{{value}}", but AppArmor is not enabled on this host.',
    },
  },
  check(ctx) {
    const host = ctx.host;
    const profile = ctx.string('/process/apparmorProfile');
    if (!host || profile === undefined || profile === '' || !ctx.isValid('/process/apparmorProfile')) return;
    const pointer = '/process/apparmorProfile';
    const enabled = host.readSmallFile('/sys/module/apparmor/parameters/enabled', 16);
    if (enabled === undefined || !enabled.startsWith('Y')) {
      // Without AppArmor a runtime either fails to set the profile or runs the process unconfined:
      // neither is what the config asks for, but some engines drop the field themselves.
      ctx.report({ messageId: 'notEnabled', pointer, severity: 'warning', data: { value: profile } });
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
