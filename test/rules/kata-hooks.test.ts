import rule from '../../src/rules/kata-hooks.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"hooks": {"createContainer": [{"path": "/kind/bin/mount-product-files.sh"}]}');

testRule(rule, {
  valid: [
    { name: 'no hooks', targets: ['kata'] },
    { name: 'runc runs them in the container', targets: ['runc'], config: { hooks: { createContainer: [{ path: '/usr/bin/setup' }] } } },
  ],
  invalid: [
    { name: 'createContainer is not run', targets: ['kata'], raw: r.raw, errors: [{ messageId: 'notRun', pointer: '/hooks/createContainer/0/path', severity: 'warning', ...r.at('createContainer', '"/kind') }] },
    {
      name: 'every kind, in the order the runtime calls them',
      targets: ['kata'],
      config: {
        hooks: {
          prestart: [{ path: '/proc/13279/exe', args: ['libnetwork-setkey'] }],
          createRuntime: [{ path: '/usr/bin/nvidia-ctk' }],
          startContainer: [{ path: '/usr/bin/ready' }],
          poststop: [{ path: '/usr/bin/cleanup' }],
        },
      },
      errors: [
        { messageId: 'onHost', pointer: '/hooks/prestart/0/path', severity: 'info' },
        { messageId: 'onHost', pointer: '/hooks/createRuntime/0/path', severity: 'info' },
        { messageId: 'notRun', pointer: '/hooks/startContainer/0/path', severity: 'warning' },
        { messageId: 'onHost', pointer: '/hooks/poststop/0/path', severity: 'info' },
      ],
    },
  ],
});
