import { defineRule, specUrl } from './api.js';

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
    runtimes: {
      control: { runc: 'refuses', crun: 'refuses' },
    },
    messages: {
      control: 'process.apparmorProfile "{{value}}" contains a control character; the runtime cannot pass it to the kernel.',
      blank: 'process.apparmorProfile "{{value}}" has leading or trailing blanks, which become part of the profile name.',
      k8sPrefix: 'process.apparmorProfile "{{value}}" uses the Kubernetes "{{prefix}}" form; the OCI config takes the bare profile name ({{suggestion}}).',
    },
  },
  check(ctx) {
    const value = ctx.string('/process/apparmorProfile');
    if (value === undefined || value === '' || !ctx.isValid('/process/apparmorProfile')) return;
    const pointer = '/process/apparmorProfile';
    if (/[\u0000-\u001f\u007f]/.test(value)) return ctx.report({ messageId: 'control', pointer, data: { value: JSON.stringify(value).slice(1, -1) } });
    if (value.trim() !== value) return ctx.report({ messageId: 'blank', pointer, severity: 'warning', data: { value } });
    if (value.startsWith('localhost/')) {
      return ctx.report({ messageId: 'k8sPrefix', pointer, severity: 'warning', data: { value, prefix: 'localhost/', suggestion: `"${value.slice('localhost/'.length)}"` } });
    }
    if (value === 'runtime/default') {
      return ctx.report({ messageId: 'k8sPrefix', pointer, severity: 'warning', data: { value, prefix: 'runtime/default', suggestion: 'the engine\'s default profile, for example "docker-default" or "containers-default-0.50.1"' } });
    }
  },
});
