import { defineRule, specUrl } from './api.js';
import { writeValue } from './util/fixes.js';

// config.md "Linux Process": apparmorProfile is the name of a profile loaded on the host. The
// runtime writes "exec <name>" to /proc/self/attr/exec, so a name with a newline or NUL cannot be
// expressed, and surrounding blanks become part of the name. Kubernetes spells profiles
// "localhost/<name>" and "runtime/default"; those prefixes belong to the orchestrator, not to
// the OCI config, where the kernel looks for a profile literally named "localhost/<name>".
// Whether the profile is loaded (or AppArmor enabled) depends on the host, and profiles live on
// the host, not in the rootfs (oci-runtime-tool looks in the rootfs; that is a bug).
export default defineRule({
  meta: {
    id: 'process-apparmor-profile',
    description: 'process.apparmorProfile must be a plain profile name.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configLinuxProcess'), level: 'MAY' },
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    suggests: 'the name without the blanks around it, or without the Kubernetes "localhost/" prefix.',
    messages: {
      control: {
        headline: 'process.apparmorProfile "{{value}}" contains a control character',
        detail: 'The runtime passes the name to the kernel by writing "exec <name>" to /proc/self/attr/exec, and cannot pass this one.',
        help: 'Write the profile\'s name exactly as `aa-status` lists it on the host.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      blank: {
        headline: 'process.apparmorProfile "{{value}}" has leading or trailing blanks',
        detail: 'The blanks become part of the profile name the kernel looks for.',
        help: 'Remove the blanks around the name.',
        severity: 'warning',
      },
      k8sPrefix: {
        headline: 'process.apparmorProfile "{{value}}" uses the Kubernetes "{{prefix}}" form',
        detail: 'That form belongs to the orchestrator: the OCI config takes the bare profile name, and the kernel looks for a profile named exactly "{{value}}".',
        help: 'Write the bare profile name: {{suggestion}}.',
        severity: 'warning',
      },
    },
  },
  reads: ['process.apparmorProfile'],
  check(ctx) {
    const process = ctx.config.process;
    const value = process?.apparmorProfile;
    if (process === undefined || value === undefined || value === '' || !ctx.valid(process, 'apparmorProfile')) return;
    const place = { node: process, key: 'apparmorProfile' } as const;
    if (/[\u0000-\u001f\u007f]/.test(value)) return ctx.report({ messageId: 'control', ...place, data: { value: JSON.stringify(value).slice(1, -1) } });
    if (value.trim() !== value) return ctx.report({ messageId: 'blank', ...place, data: { value }, ...(value.trim() !== '' && { suggestions: [writeValue(process, 'apparmorProfile', value.trim())] }) });
    if (value.startsWith('localhost/')) {
      const bare = value.slice('localhost/'.length);
      return ctx.report({ messageId: 'k8sPrefix', ...place, data: { value, prefix: 'localhost/', suggestion: `"${bare}"` }, ...(bare !== '' && { suggestions: [writeValue(process, 'apparmorProfile', bare)] }) });
    }
    if (value === 'runtime/default') {
      return ctx.report({ messageId: 'k8sPrefix', ...place, data: { value, prefix: 'runtime/default', suggestion: 'the engine\'s default profile, for example "docker-default" or "containers-default-0.50.1"' } });
    }
  },
});
