import rule from '../../src/rules/kata-annotations.js';
import { changedText, testRule } from '../helpers/rule-tester.js';

const H = 'io.katacontainers.config.hypervisor.';
const R = 'io.katacontainers.config.runtime.';
const sandbox = (extra: Record<string, string>) => ({ annotations: { 'io.kubernetes.cri.container-type': 'sandbox', ...extra } });
const container = (extra: Record<string, string>) => ({ annotations: { 'io.kubernetes.cri.container-type': 'container', ...extra } });

testRule(rule, {
  valid: [
    { name: 'no annotations', targets: ['kata'] },
    {
      name: 'enabled hypervisor keys and runtime keys with good values',
      targets: ['kata'],
      config: sandbox({ [`${H}kernel_params`]: 'agent.log=debug', [`${H}enable_iommu`]: 'true', [`${H}enable_iommu_platform`]: '1', [`${R}disable_guest_seccomp`]: 'false', [`${R}internetworking_model`]: 'tcfilter', 'io.katacontainers.config.agent.container_pipe_size': '2097152' }),
    },
    { name: 'per-container swap settings', targets: ['kata'], config: container({ 'io.katacontainers.container.resource.swappiness': '60' }) },
    { name: 'a container does not check hypervisor keys', targets: ['kata'], config: container({ 'io.katacontainers.fs-opt.layer=x': '' }) },
    { name: 'other annotations', targets: ['kata'], config: { annotations: { 'org.example/team': 'web' } } },
  ],
  invalid: [
    {
      name: 'a hypervisor key the shipped configuration does not enable',
      targets: ['kata'],
      raw: '{\n  "ociVersion": "1.2.0",\n  "root": {"path": "rootfs"},\n  "annotations": {"io.katacontainers.config.hypervisor.default_memory": "4096"}\n}\n',
      errors: [{ messageId: 'notEnabled', pointer: '/annotations/io.katacontainers.config.hypervisor.default_memory', line: 4, column: 19, severity: 'error' }],
    },
    {
      name: 'not enabled, and its value would be refused where it is',
      targets: ['kata'],
      config: sandbox({ [`${H}default_memory`]: '128', [`${H}default_vcpus`]: 'two' }),
      errors: [
        { messageId: 'notEnabled' },
        { messageId: 'tooSmall', pointer: `/annotations/${H}default_memory` },
        { messageId: 'notEnabled' },
        { messageId: 'badValue', pointer: `/annotations/${H}default_vcpus` },
      ],
    },
    {
      name: 'values Kata cannot parse',
      targets: ['kata'],
      config: sandbox({ [`${R}disable_guest_seccomp`]: 'no', [`${R}vfio_mode`]: 'passthrough', [`${R}create_container_timeout`]: '-5' }),
      errors: [{ messageId: 'badValue' }, { messageId: 'badValue' }, { messageId: 'badValue' }],
    },
    {
      name: 'a misspelt key, and one only runtime-rs reads',
      targets: ['kata'],
      config: sandbox({ [`${R}disable_guest_secomp`]: 'false', [`${R}shared_mounts`]: '[]' }),
      errors: [
        { messageId: 'unknown', severity: 'warning', suggestions: [changedText(sandbox({ [`${R}disable_guest_seccomp`]: 'false', [`${R}shared_mounts`]: '[]' }), () => {})] },
        { messageId: 'rsOnly', severity: 'info' },
      ],
    },
    { name: 'an unknown hypervisor key is refused too', targets: ['kata'], config: sandbox({ [`${H}defualt_memory`]: '4096' }), errors: [{ messageId: 'notEnabled', suggestions: [changedText(sandbox({ [`${H}default_memory`]: '4096' }), () => {})] }] },
    { name: 'a sandbox key on a pod container', targets: ['kata'], config: container({ [`${H}default_memory`]: '4096' }), errors: [{ messageId: 'notSandbox', severity: 'info' }] },
  ],
});
