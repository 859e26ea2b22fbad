import rule from '../../src/rules/secret-in-env.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawConfig } from '../helpers/security.js';

const r = rawConfig('"process": {"cwd": "/", "args": ["/bin/sh"], "user": {"uid": 0, "gid": 0}, "env": ["PATH=/bin", "DB_PASSWORD=hunter2"]}');

testRule(rule, {
  valid: [
    { name: 'ordinary env', config: { process: { env: ['PATH=/bin', 'TERM=xterm', 'KUBERNETES_SERVICE_HOST=10.96.0.1'] } } },
    { name: 'a reference to a file', config: { process: { env: ['PASSWORD_FILE=/run/secrets/db'] } } },
    { name: 'empty value', config: { process: { env: ['API_TOKEN='] } } },
  ],
  invalid: [
    { name: 'password', raw: r.raw, errors: [{ messageId: 'secret', pointer: '/process/env/1', ...r.at('DB_PASSWORD', '"DB_PASSWORD') }] },
    { name: 'token and api key', config: { process: { env: ['GITHUB_TOKEN=ghp_x', 'apiKey=abc'] } }, errors: [{ messageId: 'secret', pointer: '/process/env/0' }, { messageId: 'secret', pointer: '/process/env/1' }] },
  ],
});
