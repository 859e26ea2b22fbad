import rule from '../../src/rules/process-user-ids.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'large uid, --target runc (1.3 and later take it)', targets: ['runc'], config: { process: { user: { uid: 3000000000, gid: 0 } } } },
    { name: 'usual ids', config: { process: { user: { uid: 1000, gid: 1000, additionalGids: [10, 65534] } } } },
    { name: 'largest id runc accepts', config: { process: { user: { uid: 2147483647, gid: 2147483647 } } } },
    // setgroups(2) takes up to NGROUPS_MAX groups: runc 1.1.5 and crun 1.8.1 run 65536 (runtime oracle).
    { name: '65536 additional groups', config: { process: { user: { uid: 0, gid: 0, additionalGids: Array.from({ length: 65536 }, (_, i) => i + 1) } } } },
    { name: 'username on Windows', config: { linux: undefined, windows: { layerFolders: ['C:\\l'] }, process: { user: { username: 'ContainerUser' } } } },
  ],
  invalid: [
    {
      name: 'uid above 2^31-1',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/", "args": ["/bin/sh"],\n    "user": {"uid": 4294967294, "gid": 0}}\n}\n',
      errors: [{ messageId: 'tooLarge', pointer: '/process/user/uid', line: 5, column: 21 }],
    },
    // crun and youki pass -1 to setresgid/setresuid, which leave the id as it is: 0.
    { name: 'gid (uid_t)-1', config: { process: { user: { uid: 0, gid: 4294967295 } } }, errors: [{ messageId: 'keepsRoot', pointer: '/process/user/gid', severity: 'error' }] },
    { name: 'uid (uid_t)-1', config: { process: { user: { uid: 4294967295, gid: 1000 } } }, errors: [{ messageId: 'keepsRoot', pointer: '/process/user/uid', severity: 'error' }] },
    { name: 'uid (uid_t)-1, --target crun', targets: ['crun'], config: { process: { user: { uid: 4294967295, gid: 1000 } } }, errors: [{ messageId: 'keepsRoot', severity: 'error' }] },
    { name: 'additional gid', config: { process: { user: { uid: 0, gid: 0, additionalGids: [1, 4294967295] } } }, errors: [{ messageId: 'noChange', pointer: '/process/user/additionalGids/1' }] },
    { name: 'large additional gid', config: { process: { user: { uid: 0, gid: 0, additionalGids: [2147483648] } } }, errors: [{ messageId: 'tooLarge', pointer: '/process/user/additionalGids/0', severity: 'warning' }] },
    // What youki does with it is not known here: a warning, not an error.
    { name: 'large uid, --target youki', targets: ['youki'], config: { process: { user: { uid: 3000000000, gid: 0 } } }, errors: [{ messageId: 'tooLarge', severity: 'warning' }] },
    { name: 'large uid, --target runc@1.2', targets: ['runc@1.2'], config: { process: { user: { uid: 3000000000, gid: 0 } } }, errors: [{ messageId: 'tooLarge', severity: 'error' }] },
    { name: 'gid (uid_t)-1 fails in every runc', targets: ['runc'], config: { process: { user: { uid: 0, gid: 4294967295 } } }, errors: [{ messageId: 'keepsRoot', severity: 'error' }] },
    { name: '65537 additional groups', config: { process: { user: { uid: 0, gid: 0, additionalGids: Array.from({ length: 65537 }, (_, i) => i + 1) } } }, errors: [{ messageId: 'tooManyGroups', pointer: '/process/user/additionalGids', severity: 'error' }] },
    { name: 'username on Linux', config: { process: { user: { uid: 0, gid: 0, username: 'nobody' } } }, errors: [{ messageId: 'username', pointer: '/process/user/username', severity: 'warning' }] },
  ],
});
