import { defineRule, specUrl } from './api.js';
import { devices } from '../model/devices.js';
import { KATA_VERSIONS } from './util/kata.js';

// What Kata Containers does with each entry of linux.devices. Its shim looks the device up on the
// host by type, major and minor (src/runtime/pkg/device/config/config.go, GetHostPath) and then
// (src/runtime/pkg/device/manager/manager.go, createDevice):
// - a VFIO group (/dev/vfio/N on the host) is attached to the VM as PCI devices; with vfio_mode
//   "guest-kernel" (the default) the /dev/vfio node is left out of the container
//   (kata_agent.go, constrainGRPCSpec). hot_plug_vfio and cold_plug_vfio both "no-port" (the
//   shipped configuration-qemu.toml) turn passthrough off (config.go, NoPort);
// - a block device is hot-plugged into the VM as a disk, and the agent gives the container the
//   guest's node (src/agent/src/device/mod.rs, update_spec_devices);
// - any other device is not passed ("Device has not been passed to the container"): the agent
//   creates the node inside the VM with the same numbers (src/agent/rustjail/src/mount.rs,
//   create_devices), which name the guest kernel's device, if it has one.
// Nodes every guest kernel has are not reported.
const GUEST_HAS = new Set(['c1:3', 'c1:5', 'c1:7', 'c1:8', 'c1:9', 'c5:0', 'c5:1', 'c5:2', 'c10:200', 'c10:229']);

export default defineRule({
  meta: {
    id: 'kata-devices',
    description: 'Kata Containers passes VFIO groups and block devices into its VM, and creates every other device node inside the VM.',
    category: 'runtime',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config-linux.md', 'configLinuxDevices'), level: 'MAY' },
    targets: ['kata'],
    runtimeVersions: KATA_VERSIONS,
    platforms: ['linux'],
    messages: {
      vfio: {
        headline: 'linux.devices[{{index}}] "{{path}}" needs VFIO passthrough into the Kata VM',
        detail: 'Kata attaches the host devices of a VFIO group to its VM as PCI devices, and by default (vfio_mode "guest-kernel") the guest kernel\'s driver takes them and the /dev/vfio node is left out of the container. This works only when hot_plug_vfio or cold_plug_vfio names a PCIe port in Kata\'s configuration: the shipped configuration-qemu.toml sets both to "no-port", which turns passthrough off; the GPU configurations turn it on.',
        help: 'Run the pod with a Kata configuration that enables VFIO (hot_plug_vfio or cold_plug_vfio, such as the qemu-nvidia-gpu one), and a guest kernel with the device\'s driver.',
        runtimes: { kata: 'accepts' },
      },
      block: {
        headline: 'linux.devices[{{index}}] "{{path}}": Kata hot-plugs the host disk into its VM',
        detail: 'Kata finds the host block device by its numbers and hot-plugs it into the VM as a disk (block_device_driver; virtio-scsi with QEMU); the container gets the guest\'s node at this path, and the VM writes straight to the host device. A privileged pod given all of the host\'s devices would hand every host disk to its VM: Kata\'s guide on privileged containers (docs/how-to/privileged.md) asks for privileged_without_host_devices = true in containerd and CRI-O.',
        help: 'Check that the VM may own this disk. For privileged pods, set privileged_without_host_devices = true for the Kata runtime handler.',
        severity: 'info',
        runtimes: { kata: 'accepts' },
      },
      guestNode: {
        headline: 'linux.devices[{{index}}] "{{path}}" is made inside the Kata VM, not passed in',
        detail: 'Kata does not pass host character devices other than VFIO groups into its VM: its agent creates the node inside the VM with the same type and numbers, and that names whatever device the guest kernel has there, often none (a GPU, /dev/kvm, a serial port of the host). Opening it then fails.',
        help: 'Pass the device through VFIO, or check that the guest kernel provides it; a host-only device cannot reach a Kata container.',
        runtimes: { kata: 'accepts' },
      },
    },
  },
  reads: ['linux.devices'],
  check(ctx) {
    for (const d of devices(ctx)) {
      const path = d.path;
      // The VFIO control node goes with a group, which has its own finding.
      if (path === undefined || path === '/dev/vfio/vfio') continue;
      const data = { index: d.index, path };
      if (d.type === 'c' && path.startsWith('/dev/vfio/')) ctx.report({ messageId: 'vfio', node: d.node, key: 'path', data });
      else if (d.type === 'b') ctx.report({ messageId: 'block', node: d.node, key: 'path', data });
      else if ((d.type === 'c' || d.type === 'u') && !GUEST_HAS.has(`c${d.node.major}:${d.node.minor}`)) ctx.report({ messageId: 'guestNode', node: d.node, key: 'path', data });
    }
  },
});
