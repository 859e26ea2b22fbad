import rule from '../../src/rules/annotations-value.js';
import { testRule } from '../helpers/rule-tester.js';

const ann = (a: Record<string, string>) => ({ annotations: a });

testRule(rule, {
  valid: [
    {
      name: 'umoci values',
      config: ann({
        'org.opencontainers.image.architecture': 'amd64',
        'org.opencontainers.image.created': '2026-11-29T01:40:43.041082676Z',
        'org.opencontainers.image.exposedPorts': '',
        'org.opencontainers.image.os': 'linux',
        'org.opencontainers.image.stopSignal': 'SIGTERM',
      }),
    },
    { name: 'empty values of optional image fields (umoci writes stopSignal "" for an image without one)', config: ann({ 'org.opencontainers.image.stopSignal': '', 'org.opencontainers.image.created': '' }) },
    { name: 'Podman numeric stop signal', config: ann({ 'org.opencontainers.image.stopSignal': '15' }) },
    { name: 'real-time signal and offset', config: ann({ 'org.opencontainers.image.stopSignal': 'SIGRTMIN+3', 'org.opencontainers.image.created': '2024-01-31T12:00:00+01:00' }) },
    { name: 'ports and variant', config: ann({ 'org.opencontainers.image.exposedPorts': '80/tcp,53/udp,8080', 'org.opencontainers.image.variant': 'v8' }) },
    { name: 'other keys are free-form', config: ann({ 'com.example.created': 'yesterday' }) },
  ],
  invalid: [
    {
      name: 'created not RFC 3339',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/", "args": ["/bin/sh"]},\n  "annotations": {"org.opencontainers.image.created": "2024-01-31 12:00"}\n}\n',
      errors: [{ messageId: 'created', pointer: '/annotations/org.opencontainers.image.created', line: 5, column: 55, severity: 'error' }],
    },
    { name: 'created before 1.2.0 is a warning', specVersion: '1.1.0', config: ann({ 'org.opencontainers.image.created': 'yesterday' }), errors: [{ messageId: 'created', severity: 'warning' }] },
    { name: 'bad stop signal', config: ann({ 'org.opencontainers.image.stopSignal': 'SIGFOO' }), errors: [{ messageId: 'stopSignal', severity: 'error' }] },
    { name: 'unknown os', config: ann({ 'org.opencontainers.image.os': 'Linux' }), errors: [{ messageId: 'os', severity: 'warning' }] },
    { name: 'unknown architecture', config: ann({ 'org.opencontainers.image.architecture': 'x86_64' }), errors: [{ messageId: 'architecture', severity: 'warning' }] },
    { name: 'bad ports', config: ann({ 'org.opencontainers.image.exposedPorts': '80/http' }), errors: [{ messageId: 'exposedPorts' }] },
    { name: 'bad variant', config: ann({ 'org.opencontainers.image.variant': 'armv7' }), errors: [{ messageId: 'variant' }] },
    { name: 'bad base digest', config: ann({ 'org.opencontainers.image.base.digest': 'abc123' }), errors: [{ messageId: 'digest' }] },
  ],
});
