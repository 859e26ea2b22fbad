import rule from '../../src/rules/process-args-permission.js';
import { elf, HELLO_ELF } from '../helpers/elf.js';
import { testRule } from '../helpers/rule-tester.js';

// The rootfs is written by whoever runs the tests: its files are owned by this uid and gid.
const me = process.getuid?.() ?? 0;
const myGroup = process.getgid?.() ?? 0;
const other = me + 1000;
const prog = (mode: number) => ({ 'bin/x': { file: HELLO_ELF, mode } });
const as = (uid: number, gid: number, extra: Record<string, unknown> = {}) => ({ process: { args: ['/bin/x'], user: { uid, gid, ...extra } } });
const withCaps = (uid: number, caps: string[]) => ({ process: { args: ['/bin/x'], user: { uid, gid: other }, capabilities: { bounding: caps, effective: caps, permitted: caps } } });

// A new user namespace: container ids 0.. on host ids from `host`, root's capabilities in it.
const DAC = ['CAP_DAC_OVERRIDE', 'CAP_DAC_READ_SEARCH'];
const inUserns = (maps: { containerID: number; hostID: number; size: number }[], extraNs: Record<string, unknown> = {}) => ({
  process: { args: ['/bin/x'], user: { uid: 0, gid: 0 }, capabilities: { bounding: DAC, effective: DAC, permitted: DAC } },
  linux: { namespaces: [{ type: 'user', ...extraNs }, { type: 'mount' }], uidMappings: maps, gidMappings: maps },
});
const FAR = [{ containerID: 0, hostID: me + 100000, size: 65536 }];

testRule(rule, {
  valid: [
    { name: 'the owner, owner x', config: as(me, other), files: prog(0o700) },
    { name: 'a group member, group x', config: as(other, myGroup), files: prog(0o710) },
    { name: 'a member through additionalGids', config: as(other, other, { additionalGids: [myGroup] }), files: prog(0o710) },
    { name: 'anyone, other x', config: as(other, other), files: prog(0o701) },
    { name: 'CAP_DAC_OVERRIDE in the effective set', config: withCaps(other, ['CAP_DAC_OVERRIDE']), files: prog(0o700) },
    { name: 'CAP_DAC_READ_SEARCH lets it through a directory', config: withCaps(other, ['CAP_DAC_READ_SEARCH']), files: { 'bin/x': { file: HELLO_ELF, mode: 0o701 }, bin: { dir: true, mode: 0o700 } } },
    { name: 'a user namespace without mappings (the runtime fills them in): not judged', config: { ...as(other, other), linux: { namespaces: [{ type: 'user' }, { type: 'mount' }] } }, files: prog(0o700) },
    { name: 'a later PATH directory has the program', config: { process: { args: ['x'], env: ['PATH=/bin:/usr/bin'], user: { uid: other, gid: other } } }, files: { ...prog(0o700), 'usr/bin/x': { file: HELLO_ELF, mode: 0o755 } } },
    { name: 'a script and its interpreter anyone may run', config: as(other, other), files: { 'bin/x': { file: '#!/bin/tool\n', mode: 0o755 }, 'bin/tool': { file: HELLO_ELF, mode: 0o711 } } },
    { name: 'execute-only for everyone (0111)', config: as(other, other), files: prog(0o111) },
    { name: 'no user: not judged', config: { process: { args: ['/bin/x'], user: undefined } }, files: prog(0o700) },
    // In a user namespace the capabilities count for files whose owner and group are mapped into it.
    {
      name: 'a user namespace whose root is the files\' owner on the host',
      config: { ...inUserns(FAR), linux: { namespaces: [{ type: 'user' }, { type: 'mount' }], uidMappings: [{ containerID: 0, hostID: me, size: 1 }], gidMappings: [{ containerID: 0, hostID: myGroup, size: 1 }] } },
      files: prog(0o700),
    },
    {
      name: 'a user namespace that maps the owner elsewhere: its root\'s capabilities count',
      config: {
        ...inUserns(FAR),
        linux: {
          namespaces: [{ type: 'user' }, { type: 'mount' }],
          uidMappings: [{ containerID: 0, hostID: me + 100000, size: 1 }, { containerID: 5, hostID: me, size: 1 }],
          gidMappings: [{ containerID: 0, hostID: myGroup + 100000, size: 1 }, { containerID: 5, hostID: myGroup, size: 1 }],
        },
      },
      files: prog(0o700),
    },
    { name: 'a user namespace, a program anyone may run', config: inUserns(FAR), files: prog(0o755) },
    { name: 'a joined user namespace: its mappings are not known', config: inUserns(FAR, { path: '/proc/1/ns/user' }), files: prog(0o700) },
  ],
  invalid: [
    // Runtime oracle (runc 1.1.5, crun 1.8.1): runc ignores "cap_dac_override" (not in upper case)
    // and refuses ("exec /bin/hello: permission denied"); crun reads it and runs the program.
    {
      name: 'cap_dac_override in lower case: runc refuses, crun runs it',
      config: withCaps(other, ['cap_dac_override']),
      files: prog(0o700),
      errors: [{ messageId: 'file', pointer: '/process/args/0', rootfsPath: '/bin/x', severity: 'warning' }],
    },
    {
      name: 'cap_dac_override in lower case, --target runc',
      config: withCaps(other, ['cap_dac_override']),
      targets: ['runc'],
      files: prog(0o700),
      errors: [{ messageId: 'file', severity: 'error' }],
    },
    {
      name: 'another user, no other x',
      raw: `{"ociVersion": "1.3.0", "root": {"path": "rootfs"},\n "process": {"cwd": "/", "user": {"uid": ${other}, "gid": ${other}}, "args": ["/bin/x"]}}\n`,
      files: prog(0o750),
      errors: [{ messageId: 'file', pointer: '/process/args/0', line: 2, rootfsPath: '/bin/x', severity: 'error' }],
    },
    { name: 'the owner without owner x, though others have it', config: as(me, other), files: prog(0o611), errors: [{ messageId: 'file' }] },
    { name: 'a group member without group x, though others have it', config: as(other, myGroup), files: prog(0o601), errors: [{ messageId: 'file' }] },
    { name: 'no capabilities at all', config: { process: { args: ['/bin/x'], user: { uid: other, gid: other }, capabilities: undefined } }, files: prog(0o700), errors: [{ messageId: 'file' }] },
    { name: 'CAP_DAC_OVERRIDE only in bounding and permitted', config: { process: { args: ['/bin/x'], user: { uid: other, gid: other }, capabilities: { bounding: ['CAP_DAC_OVERRIDE'], permitted: ['CAP_DAC_OVERRIDE'] } } }, files: prog(0o700), errors: [{ messageId: 'file' }] },
    { name: 'CAP_DAC_READ_SEARCH does not execute', config: withCaps(other, ['CAP_DAC_READ_SEARCH']), files: prog(0o700), errors: [{ messageId: 'file' }] },
    { name: 'a directory it may not search', config: as(other, other), files: { 'bin/x': { file: HELLO_ELF, mode: 0o755 }, bin: { dir: true, mode: 0o700 } }, errors: [{ messageId: 'dir', rootfsPath: '/bin' }] },
    { name: 'a directory behind a symlink', config: { process: { args: ['/app/x'], user: { uid: other, gid: other } } }, files: { app: { symlink: '/srv/app' }, 'srv/app/x': { file: HELLO_ELF, mode: 0o755 }, srv: { dir: true, mode: 0o700 } }, errors: [{ messageId: 'dir', rootfsPath: '/srv' }] },
    { name: 'a directory holding the symlink', config: { process: { args: ['/opt/x'], user: { uid: other, gid: other } } }, files: { 'opt/x': { symlink: '/usr/bin/app' }, opt: { dir: true, mode: 0o700 } }, errors: [{ messageId: 'dir', rootfsPath: '/opt' }] },
    { name: 'a "#!" interpreter only its owner may run', config: as(other, other), files: { 'bin/x': { file: '#!/bin/tool\n', mode: 0o755 }, 'bin/tool': { file: HELLO_ELF, mode: 0o700 } }, errors: [{ messageId: 'file', rootfsPath: '/bin/tool' }] },
    { name: 'a "#!" interpreter in a directory it may not search', config: as(other, other), files: { 'bin/x': { file: '#!/opt/tool\n', mode: 0o755 }, 'opt/tool': { file: HELLO_ELF, mode: 0o755 }, opt: { dir: true, mode: 0o700 } }, errors: [{ messageId: 'dir', rootfsPath: '/opt' }] },
    { name: 'a nested interpreter only its owner may run', config: as(other, other), files: { 'bin/x': { file: '#!/bin/mid\n', mode: 0o755 }, 'bin/mid': { file: '#!/bin/tool\n', mode: 0o755 }, 'bin/tool': { file: HELLO_ELF, mode: 0o700 } }, errors: [{ messageId: 'file', rootfsPath: '/bin/tool' }] },
    { name: 'an ELF loader only its owner may run', config: as(other, other), files: { 'bin/x': { file: elf({ type: 3, interp: '/lib/ld.so' }), mode: 0o755 }, 'lib/ld.so': { file: HELLO_ELF, mode: 0o700 } }, errors: [{ messageId: 'file', rootfsPath: '/lib/ld.so' }] },
    // Runtime oracle: uid 0 mapped to host 100000 may not run a 0700 program of the host's root,
    // nor search its 0700 directory (runc 1.1.5 and crun 1.8.1).
    { name: 'a user namespace that leaves the owner out: its capabilities do not count', config: inUserns(FAR), files: prog(0o700), errors: [{ messageId: 'file', rootfsPath: '/bin/x' }] },
    { name: 'a user namespace, a directory of an owner it leaves out', config: inUserns(FAR), files: { 'bin/x': { file: HELLO_ELF, mode: 0o755 }, bin: { dir: true, mode: 0o700 } }, errors: [{ messageId: 'dir', rootfsPath: '/bin' }] },
    { name: 'found along PATH', config: { process: { args: ['x'], env: ['PATH=/usr/bin:/bin'], user: { uid: other, gid: other } } }, files: prog(0o700), errors: [{ messageId: 'file' }] },
  ],
});
