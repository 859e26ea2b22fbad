import rule from '../../src/rules/host-hook-executable.js';
import { fakeHost } from '../helpers/fake-host.js';
import { testRule } from '../helpers/rule-tester.js';

const host = fakeHost({
  '/usr/bin/hook': { type: 'file', mode: 0o755 },
  '/usr/bin/link': { type: 'symlink', target: '/usr/bin/hook' },
  '/usr/share/doc.txt': { type: 'file', mode: 0o644 },
  '/usr/lib/hooks': { type: 'dir' },
  '/root': 'denied',
});
const hooks = (kind: string, path: string) => ({ hooks: { [kind]: [{ path }] } });

testRule(rule, {
  valid: [
    { name: 'executable file', host, config: hooks('createRuntime', '/usr/bin/hook') },
    { name: 'through a symlink', host, config: hooks('poststop', '/usr/bin/link') },
    { name: 'startContainer resolves in the container', host, config: hooks('startContainer', '/not/on/host') },
    { name: 'relative path (another rule)', host, config: hooks('prestart', 'hook') },
    { name: 'no permission to look', host, config: hooks('poststart', '/root/hook') },
  ],
  invalid: [
    {
      name: 'missing',
      host,
      raw: '{"ociVersion": "1.3.0", "process": {"args": ["/bin/sh"], "cwd": "/"}, "root": {"path": "rootfs"},\n "hooks": {"createRuntime": [{"path": "/usr/bin/gone"}]}}\n',
      errors: [{ messageId: 'missing', pointer: '/hooks/createRuntime/0/path', line: 2, column: 39 }],
    },
    { name: 'not executable', host, config: hooks('prestart', '/usr/share/doc.txt'), errors: [{ messageId: 'notExecutable', pointer: '/hooks/prestart/0/path' }] },
    { name: 'a directory', host, config: hooks('createContainer', '/usr/lib/hooks'), errors: [{ messageId: 'notFile' }] },
  ],
});
