import { defineRule, isObject, ptr, specUrl } from './api.js';
import { hasNamespace } from './util/linux.js';

// config-linux.md "Network Devices" (v1.3.0): each key is a host interface to move into the
// container's network namespace, with an optional new name. Linux interface names are 1 to 15
// bytes (IFNAMSIZ - 1) without "/", ":" or whitespace and are not "." or ".." (dev_valid_name()).
// Without a network namespace of its own the container shares the host's, so there is nowhere to
// move the device to. Two devices renamed to one name collide in the container.
function nameProblem(name: string): string | undefined {
  if (name === '') return 'is empty';
  if (new TextEncoder().encode(name).length > 15) return 'is longer than 15 bytes';
  if (name === '.' || name === '..') return 'is "." or ".."';
  if (/[/:\s]/.test(name)) return 'contains "/", ":" or whitespace';
  return undefined;
}

export default defineRule({
  meta: {
    id: 'linux-net-devices',
    description: 'linux.netDevices must name valid interfaces and needs a network namespace.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxNetworkDevices'), level: 'MUST' },
    versions: '>=1.3.0',
    platforms: ['linux'],
    messages: {
      badKey: 'linux.netDevices key "{{name}}" {{problem}}; it must be a valid network interface name.',
      badName: 'linux.netDevices["{{key}}"].name "{{name}}" {{problem}}; it must be a valid network interface name.',
      noNetNs: 'linux.netDevices is set but linux.namespaces has no "network" namespace to move the devices into.',
      sameName: 'linux.netDevices["{{key}}"] would be called "{{name}}" in the container, like linux.netDevices["{{other}}"].',
    },
  },
  check(ctx) {
    const devices = ctx.object('/linux/netDevices');
    if (!devices) return;
    if (Object.keys(devices).length > 0 && !hasNamespace(ctx, 'network')) {
      ctx.report({ messageId: 'noNetNs', pointer: '/linux/netDevices', target: 'key' });
    }
    const names = new Map<string, string>();
    for (const [key, value] of Object.entries(devices)) {
      const keyProblem = nameProblem(key);
      if (keyProblem) ctx.report({ messageId: 'badKey', pointer: ptr('linux', 'netDevices', key), target: 'key', data: { name: key, problem: keyProblem } });
      let inside = key;
      if (isObject(value) && typeof value['name'] === 'string' && value['name'] !== '') {
        inside = value['name'];
        // "%d" is a template the kernel fills in, so it may stay in the name.
        const problem = nameProblem(inside);
        if (problem) ctx.report({ messageId: 'badName', pointer: ptr('linux', 'netDevices', key, 'name'), data: { key, name: inside, problem } });
      }
      const other = names.get(inside);
      if (other !== undefined && !inside.includes('%d')) {
        ctx.report({ messageId: 'sameName', pointer: ptr('linux', 'netDevices', key), target: 'key', data: { key, name: inside, other } });
      } else names.set(inside, key);
    }
  },
});
