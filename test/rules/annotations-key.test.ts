import rule from '../../src/rules/annotations-key.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'reverse-domain keys', config: { annotations: { 'com.example.gpu-cores': '2', 'io.kubernetes.pod.name': 'web' } } },
    {
      name: 'umoci 1.0.0 config with image keys',
      config: {
        ociVersion: '1.0.0',
        annotations: { 'org.opencontainers.image.architecture': 'amd64', 'org.opencontainers.image.exposedPorts': '', 'org.opencontainers.image.stopSignal': 'SIGTERM' },
      },
      specVersion: '1.0.0',
    },
    { name: 'image-spec label keys', config: { annotations: { 'org.opencontainers.image.source': 'https://example.com/repo', 'org.opencontainers.image.revision': 'abc' } } },
    { name: 'Kubernetes-style keys copied by CRI-O', config: { annotations: { 'kubectl.kubernetes.io/default-container': 'web', 'io.kubernetes.cri-o.TTY': 'false' } } },
    { name: 'ocilint keys are skipped', config: { annotations: { 'dev.ocilint.disable': 'x' } } },
  ],
  invalid: [
    {
      name: 'unknown reserved key',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/", "args": ["/bin/sh"]},\n  "annotations": {"org.opencontainers.foo": "x"}\n}\n',
      errors: [{ messageId: 'reserved', pointer: '/annotations/org.opencontainers.foo', line: 5, column: 19, severity: 'warning' }],
    },
    { name: 'empty key', config: { annotations: { '': 'x' } }, errors: [{ messageId: 'empty', severity: 'error' }] },
    { name: 'wrong case of a runtime-spec key (1.2.0+)', config: { annotations: { 'org.opencontainers.image.stopsignal': 'SIGTERM' } }, errors: [{ messageId: 'wrongCase', severity: 'error' }] },
    { name: 'wrong case before 1.2.0', specVersion: '1.1.0', config: { annotations: { 'org.opencontainers.image.stopsignal': 'SIGTERM' } }, errors: [{ messageId: 'wrongCase', severity: 'warning' }] },
    { name: 'no namespace', config: { annotations: { owner: 'team-a' } }, errors: [{ messageId: 'notReverseDomain', severity: 'warning', pointer: '/annotations/owner' }] },
    {
      name: 'no namespace in a config converted from an image: an image label, info',
      config: { annotations: { 'org.opencontainers.image.created': '2024-01-01T00:00:00Z', maintainer: 'a@example.com' } },
      errors: [{ messageId: 'notReverseDomain', severity: 'info', pointer: '/annotations/maintainer' }],
    },
    { name: 'runc-style feature key in a config', config: { annotations: { 'org.opencontainers.runc.version': '1.1.0' } }, errors: [{ messageId: 'reserved' }] },
  ],
});
