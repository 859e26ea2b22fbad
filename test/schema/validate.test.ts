import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { check, findings, linuxSample, windowsSample, SPEC_VERSIONS, atLeast } from './helpers.js';
import type { SpecVersion } from '../../src/core/versions.js';

type Json = Record<string, any>;
const clone = <T>(x: T): T => structuredClone(x);

for (const v of SPEC_VERSIONS) {
  test(`${v}: a full Linux config passes`, async () => {
    assert.deepEqual(await check(v, linuxSample(v)), []);
  });
  test(`${v}: a Windows config passes`, async () => {
    assert.deepEqual(await check(v, windowsSample(v)), []);
  });
  test(`${v}: a Solaris config passes`, async () => {
    const c = {
      ociVersion: v,
      root: { path: 'rootfs' },
      process: { cwd: '/', args: ['sh'], user: { uid: 0, gid: 0 } },
      solaris: {
        milestone: 'svc:/milestone/container:default',
        limitpriv: 'default',
        maxShmMemory: '512m',
        cappedCPU: { ncpus: '8' },
        cappedMemory: { physical: '512m', swap: '512m' },
        anet: [{ linkname: 'net0', lowerLink: 'net2', allowedAddress: '172.17.0.2/16', configureAllowedAddress: 'true', defrouter: '172.17.0.1/16', linkProtection: 'mac-nospoof, ip-nospoof', macAddress: '02:42:f8:52:c7:16' }],
      },
    };
    assert.deepEqual(await check(v, c), []);
  });
  test(`${v}: targeted mistakes are found where they are`, async () => {
    const c = linuxSample(v) as Json;
    c['process']['user']['uid'] = '0';
    c['linux']['namespaces'].push({ type: 'pdi' });
    delete c['root']['path'];
    c['linux']['seccomp']['syscalls'][0]['action'] = 'SCMP_ACT_NOPE';
    c['linux']['resources']['memory']['limit'] = 1.5;
    c['mounts'][0]['options'] = 'nosuid';
    assert.deepEqual((await findings(v, c)).sort(), [
      '/linux/namespaces/3 type'.replace('3 type', `${c['linux']['namespaces'].length - 1}/type enum`),
      '/linux/resources/memory/limit type',
      '/linux/seccomp/syscalls/0/action enum',
      '/mounts/0/options type',
      '/process/user/uid type',
      '/root required',
    ].sort());
  });
}

test('messages name the field as written and quote the value as written', async () => {
  const c = linuxSample('1.3.0') as Json;
  c['process']['user']['uid'] = '0';
  c['linux']['namespaces'][2] = { type: 'pdi' };
  delete c['root']['path'];
  const issues = await check('1.3.0', c);
  const by = (p: string) => issues.find((i) => i.pointer === p)!;
  assert.equal(by('/process/user/uid').message, 'process.user.uid must be an integer from 0 to 4294967295, got "0"');
  assert.match(by('/linux/namespaces/2/type').message, /^linux\.namespaces\[2\]\.type must be one of "cgroup", "ipc", .*, got "pdi"$/);
  assert.equal(by('/root').message, 'root is missing required property "path"');
  assert.equal(by('/root').target, 'value');
});

test('a number keeps its written form; long values are cut', async () => {
  const v = '1.3.0';
  const c = linuxSample(v) as Json;
  c['process']['user']['uid'] = 4294967296;
  c['hostname'] = 5;
  c['linux']['mountLabel'] = { long: 'x'.repeat(200) };
  const validate = (await import('../../src/schema/index.js')).loadValidator;
  const issues = (await validate(v))(c, (p) =>
    p === '/process/user/uid' ? '4294967296' : p === '/hostname' ? '5' : undefined,
  );
  const msg = (p: string) => issues.find((i) => i.pointer === p)?.message;
  assert.equal(msg('/process/user/uid'), 'process.user.uid must be an integer from 0 to 4294967295, got 4294967296');
  assert.equal(msg('/hostname'), 'hostname must be a string, got 5');
  assert.equal(msg('/linux/mountLabel'), 'linux.mountLabel must be a string, got an object');
  c['linux']['mountLabel'] = 'y'.repeat(300);
  c['linux']['rootfsPropagation'] = 'z'.repeat(300);
  const long = (await validate(v))(c, () => undefined).find((i) => i.pointer === '/linux/rootfsPropagation')!;
  assert.ok(long.message.length < 200, long.message);
  assert.ok(long.message.endsWith('..."') || long.message.endsWith('...'), long.message);
});

test('one issue per pointer and keyword; a type error hides the value checks at that place', async () => {
  const c = linuxSample('1.3.0') as Json;
  c['linux']['namespaces'][0]['type'] = 7; // both type and enum fail in ajv
  delete c['linux']['devices'][0]['major'];
  delete c['linux']['devices'][0]['minor'];
  const f = await findings('1.3.0', c);
  assert.deepEqual(f.sort(), ['/linux/devices/0 required', '/linux/namespaces/0/type type']);
  const issues = await check('1.3.0', c);
  assert.match(issues.find((i) => i.keyword === 'type')!.message, /must be one of "cgroup", .* got 7$/);
  assert.equal(
    issues.find((i) => i.keyword === 'required')!.message,
    'linux.devices[0] is missing required properties "major" and "minor"',
  );
});

test('map keys are written in brackets when they are not plain names', async () => {
  const c = linuxSample('1.3.0') as Json;
  c['linux']['sysctl']['net.ipv4.ip_forward'] = 1;
  c['annotations']['ok'] = true;
  const issues = await check('1.3.0', c);
  assert.deepEqual(issues.map((i) => i.message).sort(), [
    'annotations.ok must be a string, got true',
    'linux.sysctl["net.ipv4.ip_forward"] must be a string, got 1',
  ]);
  assert.equal(issues.find((i) => i.pointer === '/linux/sysctl/net.ipv4.ip_forward')?.keyword, 'type');
});

test('unknown properties are not schema errors', async () => {
  const c = linuxSample('1.3.0') as Json;
  c['procss'] = { cwd: 5 };
  c['process']['noNewPrivilege'] = 'yes';
  c['linux']['resources']['blockIO']['throttleReadIopsDevice'] = 'x';
  assert.deepEqual(await check('1.3.0', c), []);
});

test('a field newer than the release is not validated by that release (field-version reports it)', async () => {
  const c = linuxSample('1.0.2') as Json;
  c['linux']['netDevices'] = 'not even an object';
  assert.deepEqual(await check('1.0.2', c), []);
  assert.deepEqual(await findings('1.3.0', { ...c, ociVersion: '1.3.0' }), ['/linux/netDevices type']);
});

test('an enum value from a later release fails an earlier one', async () => {
  const c = linuxSample('1.0.2') as Json;
  c['linux']['namespaces'].push({ type: 'time' });
  assert.deepEqual(await findings('1.0.2', c), ['/linux/namespaces/3/type enum']);
  const s = linuxSample('1.1.0') as Json;
  s['linux']['seccomp']['architectures'].push('SCMP_ARCH_LOONGARCH64');
  assert.deepEqual(await findings('1.1.0', s), ['/linux/seccomp/architectures/2 enum']);
  assert.deepEqual(await findings('1.2.1', { ...s, ociVersion: '1.2.1' }), []);
});

// ---- Integers at the edges of their widths. The document layer turns big integers into the next
// double beyond a bound, so the checks below use the values it would hand us.

test('int64 and uint64 bounds are exact', async () => {
  const v = '1.3.0';
  const ok = linuxSample(v) as Json;
  ok['linux']['resources']['memory']['limit'] = 9223372036854775807; // 2^63 as a double: not beyond
  ok['linux']['resources']['memory']['swap'] = -9223372036854775808;
  ok['process']['rlimits'][0]['hard'] = 18446744073709551615; // 2^64 as a double: not beyond
  assert.deepEqual(await check(v, ok), []);
  const bad = clone(ok);
  bad['linux']['resources']['memory']['limit'] = 9223372036854777856; // next double past 2^63-1
  bad['linux']['resources']['memory']['swap'] = -9223372036854777856;
  bad['process']['rlimits'][0]['hard'] = 18446744073709555712; // next double past 2^64-1
  bad['process']['rlimits'][0]['soft'] = -1;
  assert.deepEqual((await findings(v, bad)).sort(), [
    '/linux/resources/memory/limit maximum',
    '/linux/resources/memory/swap minimum',
    '/process/rlimits/0/hard maximum',
    '/process/rlimits/0/soft minimum',
  ]);
  const issues = await check(v, bad);
  assert.match(
    issues.find((i) => i.pointer === '/process/rlimits/0/hard')!.message,
    /must be an integer from 0 to 18446744073709551615, got /,
  );
});

test('B7: the published schema text writes the bounds as exact integers', () => {
  for (const v of SPEC_VERSIONS) {
    const text = readFileSync(new URL(`../../../schemas/${v}/config.schema.json`, import.meta.url), 'utf8');
    assert.ok(text.includes('"maximum": 18446744073709551615'), v);
    assert.ok(text.includes('"minimum": -9223372036854775808'), v);
    assert.ok(text.includes('"maximum": 9223372036854775807'), v);
    assert.ok(!/9223372036854776000|18446744073709552000/.test(text), v);
  }
});

// ---- Upstream schema bugs (spec-versions.md section 4a) we must not repeat.

test('B1/B2: vm.hwConfig irqs and every iomems entry are checked', async () => {
  const c = {
    ociVersion: '1.3.0',
    root: { path: 'rootfs' },
    vm: {
      kernel: { path: '/k' },
      hwConfig: { irqs: [1, 2], iomems: [{ firstMFN: 1, nrMFNs: 2 }, { firstMFN: 3, nrMFNs: 4, firstGFN: 0 }] },
    },
  };
  assert.deepEqual(await check('1.3.0', c), []);
  const bad = clone(c) as Json;
  bad['vm']['hwConfig']['irqs'] = [1, -2];
  bad['vm']['hwConfig']['iomems'][1] = { firstMFN: 'x' };
  assert.deepEqual((await findings('1.3.0', bad)).sort(), [
    '/vm/hwConfig/iomems/1 required',
    '/vm/hwConfig/iomems/1/firstMFN type',
    '/vm/hwConfig/irqs/1 minimum',
  ]);
});

test('B3: windows.resources.cpu.affinity is a list of {mask, group}, both required', async () => {
  const c = windowsSample('1.2.1') as Json;
  assert.deepEqual(await check('1.2.1', c), []);
  c['windows']['resources']['cpu']['affinity'] = { mask: 1, group: 0 };
  assert.deepEqual(await findings('1.2.1', c), ['/windows/resources/cpu/affinity type']);
  c['windows']['resources']['cpu']['affinity'] = [{ mask: 1 }, { group: 2 }];
  const issues = await check('1.3.0', { ...c, ociVersion: '1.3.0' });
  assert.deepEqual(issues.map((i) => i.message).sort(), [
    'windows.resources.cpu.affinity[0] is missing required property "group"',
    'windows.resources.cpu.affinity[1] is missing required property "mask"',
  ]);
});

test('B4: linux.resources.pids.limit is optional from 1.3.0', async () => {
  for (const v of SPEC_VERSIONS) {
    const c = linuxSample(v) as Json;
    c['linux']['resources']['pids'] = {};
    assert.deepEqual(await findings(v, c), atLeast(v, '1.3.0') ? [] : ['/linux/resources/pids required'], v);
  }
});

test('B6: device file modes follow the text (uint32), so modes with type bits pass', async () => {
  for (const v of SPEC_VERSIONS) {
    const c = linuxSample(v) as Json;
    for (const mode of [511, 512, 8576]) {
      c['linux']['devices'][0]['fileMode'] = mode;
      assert.deepEqual(await check(v, c), [], `${v} ${mode}`);
    }
    c['linux']['devices'][0]['fileMode'] = -1;
    assert.deepEqual(await findings(v, c), ['/linux/devices/0/fileMode minimum']);
    c['linux']['devices'][0]['fileMode'] = 4294967296;
    assert.deepEqual(await findings(v, c), ['/linux/devices/0/fileMode maximum']);
  }
});

test('B8/B10: every published schema compiles in strict ajv without extra setup', async () => {
  const { default: Ajv } = await import('ajv');
  for (const v of SPEC_VERSIONS) {
    const schema = JSON.parse(readFileSync(new URL(`../../../schemas/${v}/config.schema.json`, import.meta.url), 'utf8'));
    const ajv = new Ajv.default({ strict: true, strictTypes: false, strictRequired: false, allErrors: true });
    const validate = ajv.compile(schema);
    assert.equal(validate(linuxSample(v)), true, `${v}: ${JSON.stringify(validate.errors)}`);
    // No draft-04 `id` (a string) that would move the base URI of relative references.
    assert.equal(/"id":"/.test(JSON.stringify(schema)), false);
  }
});

test('B9: 1.0.0 validates blockIO throttles under the spelling of the text (IOPS)', async () => {
  const c = linuxSample('1.0.0') as Json;
  c['linux']['resources']['blockIO']['throttleReadIOPSDevice'] = [{ major: 8, minor: 0, rate: 'fast' }];
  assert.deepEqual(await findings('1.0.0', c), ['/linux/resources/blockIO/throttleReadIOPSDevice/0/rate type']);
});

test('B10: ioPriority and timeOffsets are well formed', async () => {
  const c = linuxSample('1.1.0') as Json;
  c['process']['ioPriority'] = { class: 'IOPRIO_CLASS_XX', priority: 1 };
  c['linux']['timeOffsets'] = { boottime: { secs: 'x', nanosecs: -1 } };
  assert.deepEqual((await findings('1.1.0', c)).sort(), [
    '/linux/timeOffsets/boottime/nanosecs minimum',
    '/linux/timeOffsets/boottime/secs type',
    '/process/ioPriority/class enum',
  ]);
});

// ---- Required-ness the text states and the upstream schemas miss (section 4b).

const requiredCases: Array<[string, SpecVersion, (c: Json) => void, string]> = [
  ['memoryPolicy.mode', '1.3.0', (c) => (c['linux']['memoryPolicy'] = { nodes: '0' }), '/linux/memoryPolicy required'],
  ['personality.domain', '1.0.2', (c) => (c['linux']['personality'] = { flags: [] }), '/linux/personality required'],
  ['ioPriority.priority', '1.1.0', (c) => (c['process']['ioPriority'] = { class: 'IOPRIO_CLASS_BE' }), '/process/ioPriority required'],
  [
    'throttle rate',
    '1.0.0',
    (c) => (c['linux']['resources']['blockIO']['throttleWriteBpsDevice'] = [{ major: 1, minor: 2 }]),
    '/linux/resources/blockIO/throttleWriteBpsDevice/0 required',
  ],
  ['freebsd.devices[].path', '1.3.0', (c) => (c['freebsd'] = { devices: [{ mode: 438 }] }), '/freebsd/devices/0 required'],
  ['POSIX uid', '1.0.0', (c) => delete c['process']['user']['uid'], '/process/user required'],
  ['POSIX gid', '1.3.0', (c) => delete c['process']['user']['gid'], '/process/user required'],
  ['device major/minor', '1.2.0', (c) => delete c['linux']['devices'][0]['minor'], '/linux/devices/0 required'],
  ['root', '1.3.0', (c) => delete c['root'], ' required'],
];

for (const [name, v, mutate, expected] of requiredCases) {
  test(`4b: ${name} is required in ${v}`, async () => {
    const c = linuxSample(v) as Json;
    mutate(c);
    assert.deepEqual(await findings(v, c), [expected]);
  });
}

test('4b: a FIFO device needs no major/minor', async () => {
  const c = linuxSample('1.3.0') as Json;
  c['linux']['devices'] = [{ type: 'p', path: '/dev/f' }];
  assert.deepEqual(await check('1.3.0', c), []);
});

test('4b: Windows needs args or commandLine (1.0.2 on), and no uid/gid', async () => {
  const c = windowsSample('1.3.0') as Json;
  delete c['process']['commandLine'];
  const issues = await check('1.3.0', c);
  assert.deepEqual(issues.map((i) => `${i.pointer} ${i.keyword}`), ['/process anyOf']);
  assert.equal(issues[0]!.message, 'process must set "args" or "commandLine" on Windows');
  c['process']['args'] = ['cmd'];
  assert.deepEqual(await check('1.3.0', c), []);
});

test('a missing or empty process.args is left to the rule process-args-nonempty', async () => {
  const c = linuxSample('1.3.0') as Json;
  delete c['process']['args'];
  assert.deepEqual(await check('1.3.0', c), []);
  const old = linuxSample('1.0.2') as Json;
  old['process']['args'] = [];
  assert.deepEqual(await check('1.0.2', old), []);
});

test('4b: root must be absent for Hyper-V containers and is otherwise required on Windows too', async () => {
  const c = windowsSample('1.3.0') as Json;
  c['windows']['hyperv'] = { utilityVMPath: 'C:\\uvm' };
  const issues = await check('1.3.0', c);
  assert.deepEqual(issues.map((i) => `${i.pointer} ${i.keyword}`), ['/root not']);
  assert.equal(issues[0]!.message, 'root must not be set for a Hyper-V container (windows.hyperv)');
  delete c['root'];
  assert.deepEqual(await check('1.3.0', c), []);
  const plain = windowsSample('1.3.0') as Json;
  delete plain['root'];
  const missing = await check('1.3.0', plain);
  assert.deepEqual(missing.map((i) => i.message), ['the config is missing required property "root"']);
});

// ---- Upstream fixtures, read in place (never copied).

const fixtures = '/work/shared/reference/runtime-spec/v1.3.0/schema-test/config';
test('upstream schema-test config fixtures behave as labelled (1.3.0)', { skip: !existsSync(fixtures) }, async () => {
  for (const label of ['good', 'bad'] as const) {
    for (const name of readdirSync(`${fixtures}/${label}`)) {
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(`${fixtures}/${label}/${name}`, 'utf8'));
      } catch {
        assert.equal(label, 'bad', `${name} does not parse`);
        continue;
      }
      const issues = await check('1.3.0', data);
      if (label === 'good') assert.deepEqual(issues, [], name);
      else assert.ok(issues.length > 0, `${name} should fail`);
    }
  }
});
