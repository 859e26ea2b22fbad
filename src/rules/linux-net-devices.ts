import { defineRule, specUrl } from './api.js';
import { hasNamespace } from '../model/namespaces.js';

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

const NAMES = 'A Linux network interface name is 1 to 15 bytes without "/", ":" or whitespace, and is not "." or "..".';

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
      badKey: {
        headline: 'linux.netDevices key "{{name}}" {{problem}}',
        detail: `Each key names a host network interface to move into the container. ${NAMES}`,
        help: 'Use the name of the host interface as the key.',
      },
      badName: {
        headline: 'linux.netDevices["{{key}}"].name "{{name}}" {{problem}}',
        detail: `The name is what the interface is called in the container. ${NAMES}`,
        help: 'Choose a valid interface name, or leave name out to keep the interface\'s own name.',
      },
      noNetNs: {
        headline: 'linux.netDevices is set, but linux.namespaces has no "network" namespace',
        detail: 'Without a network namespace of its own the container shares the host\'s, so there is nowhere to move the devices to.',
        help: 'Add { "type": "network" } to linux.namespaces, or remove linux.netDevices.',
      },
      sameName: {
        headline: 'linux.netDevices["{{key}}"] is named "{{name}}" in the container, like "{{other}}"',
        detail: 'Two devices with one name collide in the container.',
        help: 'Give each device its own name in the container.',
      },
    },
  },
  reads: ['linux.netDevices'],
  check(ctx) {
    const linux = ctx.config.linux;
    const devices = linux?.netDevices;
    if (!linux || !devices) return;
    if (Object.keys(devices).length > 0 && !hasNamespace(ctx, 'network')) {
      ctx.report({ messageId: 'noNetNs', node: linux, key: 'netDevices', target: 'key' });
    }
    const names = new Map<string, string>();
    for (const [key, value] of Object.entries(devices)) {
      const keyProblem = nameProblem(key);
      if (keyProblem) ctx.report({ messageId: 'badKey', node: devices, key, target: 'key', data: { name: key, problem: keyProblem } });
      let inside = key;
      if (value?.name !== undefined && value.name !== '') {
        inside = value.name;
        // "%d" is a template the kernel fills in, so it may stay in the name.
        const problem = nameProblem(inside);
        if (problem) ctx.report({ messageId: 'badName', node: value, key: 'name', data: { key, name: inside, problem } });
      }
      const other = names.get(inside);
      if (other !== undefined && !inside.includes('%d')) {
        ctx.report({ messageId: 'sameName', node: devices, key, target: 'key', data: { key, name: inside, other } });
      } else names.set(inside, key);
    }
  },
});
