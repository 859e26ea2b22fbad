import rule from '../../src/rules/userns-maps-host-root.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig, USERNS } from '../helpers/security.js';

const ns = '[{"type": "pid"}, {"type": "mount"}, {"type": "user"}]';
const r = rawConfig(PROCESS, `"linux": {"namespaces": ${ns},`, '  "uidMappings": [{"containerID": 0, "hostID": 0, "size": 1}], "gidMappings": [{"containerID": 0, "hostID": 100000, "size": 1}]}');
const raw = r.raw.replace(`${ns},,`, `${ns},`);

testRule(rule, {
  valid: [
    { name: 'unprivileged host range', config: USERNS },
    { name: 'no user namespace (mappings ignored, another rule\'s finding)', config: { linux: { uidMappings: [{ containerID: 0, hostID: 0, size: 1 }] } } },
  ],
  invalid: [
    { name: 'uid 0 -> 0', raw, errors: [{ messageId: 'uid', pointer: '/linux/uidMappings/0/hostID', ...r.at('uidMappings', '0, "size"') }] },
    {
      name: 'uid and gid ranges from host 0',
      config: { linux: { ...USERNS.linux, uidMappings: [{ containerID: 0, hostID: 0, size: 65536 }], gidMappings: [{ containerID: 1, hostID: 0, size: 10 }] } },
      errors: [{ messageId: 'uid', pointer: '/linux/uidMappings/0/hostID' }, { messageId: 'gid', pointer: '/linux/gidMappings/0/hostID' }],
    },
  ],
});
