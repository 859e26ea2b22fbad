import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lookupEnumValue, lookupField } from '../../src/schema/index.js';

test('fields carry the releases they belong to', () => {
  assert.deepEqual(lookupField(['linux'], 'netDevices'), { kind: 'field', since: '1.3.0', platform: 'linux' });
  assert.deepEqual(lookupField(['linux', 'intelRdt'], 'enableCMT'), {
    kind: 'field',
    since: '1.1.0',
    until: '1.3.0',
    platform: 'linux',
  });
  assert.deepEqual(lookupField([], 'ociVersion'), { kind: 'field', since: '1.0.0' });
  assert.deepEqual(lookupField([], 'freebsd'), { kind: 'field', since: '1.3.0', platform: 'freebsd' });
  assert.deepEqual(lookupField(['zos'], 'devices'), { kind: 'field', since: '1.1.0', until: '1.2.1', platform: 'zos' });
  assert.deepEqual(lookupField(['process'], 'commandLine'), { kind: 'field', since: '1.0.2', platform: 'windows' });
  assert.deepEqual(lookupField(['hooks'], 'createRuntime'), { kind: 'field', since: '1.0.2' });
  assert.deepEqual(lookupField(['mounts', 3], 'uidMappings'), { kind: 'field', since: '1.1.0', platform: 'linux' });
  assert.deepEqual(lookupField(['linux', 'netDevices', 'eth0'], 'name'), { kind: 'field', since: '1.3.0', platform: 'linux' });
  assert.deepEqual(lookupEnumValue(['zos', 'namespaces', 0, 'type'], 'pid'), undefined);
  assert.deepEqual(lookupField(['vm'], 'hwConfig'), { kind: 'field', since: '1.3.0', platform: 'vm' });
  assert.deepEqual(lookupField(['windows', 'resources', 'cpu', 'affinity', 0], 'mask'), {
    kind: 'field',
    since: '1.2.1',
    platform: 'windows',
  });
});

test('maps, unknown keys and places outside the model', () => {
  assert.deepEqual(lookupField(['annotations'], 'org.opencontainers.image.os'), { kind: 'map-entry' });
  assert.deepEqual(lookupField(['linux', 'sysctl'], 'net.ipv4.ip_forward'), { kind: 'map-entry' });
  assert.deepEqual(lookupField(['linux', 'netDevices'], 'eth0'), { kind: 'map-entry' });
  assert.deepEqual(lookupField(['linux', 'resources', 'unified'], 'memory.high'), { kind: 'map-entry' });
  assert.deepEqual(lookupField(['linux', 'netDevices', 'eth0'], 'name'), { kind: 'field', since: '1.3.0', platform: 'linux' });
  assert.deepEqual(lookupField(['windows', 'credentialSpec'], 'x'), { kind: 'map-entry' });
  assert.deepEqual(lookupField(['windows', 'credentialSpec', 'x'], 'y'), { kind: 'untyped' });
  assert.deepEqual(lookupField(['procss'], 'cwd'), { kind: 'untyped' });
  assert.deepEqual(lookupField(['process', 'cwd'], 'x'), { kind: 'untyped' });
});

test('unknown keys come with near misses, nearest first', () => {
  assert.deepEqual(lookupField(['process'], 'noNewPrivilege'), { kind: 'unknown', suggestions: ['noNewPrivileges'] });
  assert.deepEqual(lookupField([], 'Process'), { kind: 'unknown', suggestions: ['process'] });
  assert.deepEqual(lookupField(['vm'], 'hwconfig'), { kind: 'unknown', suggestions: ['hwConfig'] });
  const iops = lookupField(['linux', 'resources', 'blockIO'], 'throttleReadIopsDevice');
  assert.equal(iops.kind, 'unknown');
  assert.equal(iops.kind === 'unknown' && iops.suggestions[0], 'throttleReadIOPSDevice');
  assert.deepEqual(lookupField([], 'zzzzzz'), { kind: 'unknown', suggestions: [] });
});

test('versioned enum values', () => {
  assert.deepEqual(lookupEnumValue(['linux', 'namespaces', 3, 'type'], 'time'), { since: '1.1.0' });
  assert.equal(lookupEnumValue(['linux', 'namespaces', 3, 'type'], 'pid'), undefined);
  assert.equal(lookupEnumValue(['linux', 'namespaces', 3, 'type'], 'bogus'), undefined);
  assert.deepEqual(lookupEnumValue(['linux', 'seccomp', 'defaultAction'], 'SCMP_ACT_LOG'), { since: '1.0.2' });
  assert.deepEqual(lookupEnumValue(['linux', 'seccomp', 'syscalls', 0, 'action'], 'SCMP_ACT_NOTIFY'), { since: '1.1.0' });
  assert.deepEqual(lookupEnumValue(['linux', 'seccomp', 'architectures', 1], 'SCMP_ARCH_SH'), { since: '1.2.1' });
  assert.deepEqual(lookupEnumValue(['linux', 'seccomp', 'flags', 0], 'SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV'), {
    since: '1.1.0',
  });
});

test('lookups are fast', () => {
  const start = performance.now();
  for (let i = 0; i < 100000; i++) lookupField(['linux', 'resources', 'memory'], 'limit');
  assert.ok(performance.now() - start < 500);
});
