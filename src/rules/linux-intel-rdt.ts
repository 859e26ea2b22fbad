import { defineRule, ptr, specUrl } from './api.js';

// config-linux.md "IntelRdt": closID names a directory in the resctrl filesystem, so it cannot be
// "." or "..", nor contain "/" (runc: `invalid intelRdt.ClosID "a/b"`, verified); v1.3.0 made the
// single value "/" mean the default class of service, which older runtimes refuse. l3CacheSchema
// SHOULD start with "L3:"; it, memBwSchema and each schemata entry are single lines of the resctrl
// schemata file ("<resource>:<id>=<value>;<id>=<value>"), so a newline is not allowed.
const LINE = /^\s*[A-Za-z][A-Za-z0-9_]*:\s*[^=;\s]+\s*=\s*[^;]+(?:;\s*[^=;\s]+\s*=\s*[^;]+)*;?\s*$/;

export default defineRule({
  meta: {
    id: 'linux-intel-rdt',
    description: 'linux.intelRdt closID must be a plain directory name and schemata must be single resctrl lines.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxIntelRdt'), level: 'MUST' },
    platforms: ['linux'],
    messages: {
      closID: 'linux.intelRdt.closID "{{value}}" is not a valid resctrl group name: it must not be "." or ".." or contain "/".',
      defaultClos: 'linux.intelRdt.closID "/" (the default class of service) is only defined from runtime-spec 1.3.0; older runtimes such as runc 1.1 refuse it.',
      newline: 'linux.intelRdt.{{field}} contains a newline; each value is a single line of the schemata file.',
      l3Prefix: 'linux.intelRdt.l3CacheSchema "{{value}}" should start with "L3:".',
      syntax: 'linux.intelRdt.{{field}} "{{value}}" is not a schemata line of the form <resource>:<id>=<value>;<id>=<value>.',
    },
  },
  check(ctx) {
    const closID = ctx.string('/linux/intelRdt/closID');
    if (closID !== undefined) {
      if (closID === '/') {
        ctx.report({ messageId: 'defaultClos', pointer: '/linux/intelRdt/closID', severity: ctx.specVersion === '1.3.0' ? 'warning' : 'error' });
      } else if (closID === '.' || closID === '..' || closID.includes('/')) {
        ctx.report({ messageId: 'closID', pointer: '/linux/intelRdt/closID', data: { value: closID } });
      }
    }
    const lines: [string, string, string][] = [];
    for (const field of ['l3CacheSchema', 'memBwSchema']) {
      const v = ctx.string(`/linux/intelRdt/${field}`);
      if (v !== undefined) lines.push([field, `/linux/intelRdt/${field}`, v]);
    }
    (ctx.array('/linux/intelRdt/schemata') ?? []).forEach((v, i) => {
      if (typeof v === 'string') lines.push([`schemata[${i}]`, ptr('linux', 'intelRdt', 'schemata', i), v]);
    });
    for (const [field, pointer, value] of lines) {
      if (/[\r\n]/.test(value)) {
        ctx.report({ messageId: 'newline', pointer, data: { field } });
        continue;
      }
      if (field === 'l3CacheSchema' && !value.startsWith('L3')) {
        ctx.report({ messageId: 'l3Prefix', pointer, severity: 'warning', data: { value } });
      } else if (value !== '' && !LINE.test(value)) {
        ctx.report({ messageId: 'syntax', pointer, severity: 'warning', data: { field, value } });
      }
    }
  },
});
