import { defineRule, specUrl } from './api.js';
import { fieldOf } from '../model/view.js';

// config-linux.md "IntelRdt": closID names a directory in the resctrl filesystem, so it cannot be
// "." or "..", nor contain "/" (runc: `invalid intelRdt.ClosID "a/b"`, verified); v1.3.0 made the
// single value "/" mean the default class of service, which older runtimes refuse: runc accepts it
// from v1.4.0 (libcontainer/configs/validate/validator.go, intelrdtCheck; v1.3.3 still refuses any
// "/"), crun names it the default from 1.25 (src/libcrun/intelrdt.c, is_default_clos). l3CacheSchema
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
      closID: {
        headline: 'linux.intelRdt.closID "{{value}}" is not a valid resctrl group name',
        detail: 'closID names a directory in the resctrl filesystem, so it must not be "." or ".." or contain "/"; runc refuses a slash ("invalid intelRdt.ClosID").',
        help: 'Use a plain directory name.',
      },
      defaultClos: {
        headline: 'linux.intelRdt.closID "/" (the default class of service) needs runtime-spec 1.3.0',
        detail: 'This meaning of "/" is only defined from runtime-spec 1.3.0; runc before 1.4 refuses it ("invalid intelRdt.ClosID").',
        help: 'Make sure the runtimes that run the bundle implement runtime-spec 1.3.0, or name a class of service of the container\'s own.',
        cases: { defined: { severity: 'warning', when: 'in a config of runtime-spec 1.3.0, which defines it' } },
        runtimes: { runc: { refuses: '<1.4' } },
      },
      newline: {
        headline: '{{field}} contains a newline',
        detail: 'Each value is a single line of the resctrl schemata file.',
        help: 'Put each resource in its own linux.intelRdt.schemata entry.',
      },
      l3Prefix: {
        headline: 'linux.intelRdt.l3CacheSchema "{{value}}" does not start with "L3:"',
        detail: 'The spec says l3CacheSchema should start with "L3:".',
        help: 'Write the L3 cache line as "L3:<id>=<mask>;<id>=<mask>".',
        severity: 'warning',
      },
      syntax: {
        headline: '{{field}} "{{value}}" is not a schemata line',
        detail: 'A line of the resctrl schemata file has the form <resource>:<id>=<value>;<id>=<value>.',
        help: 'Write the value in that form, such as "MB:0=70;1=70".',
        severity: 'warning',
      },
    },
  },
  reads: ['linux.intelRdt'],
  check(ctx) {
    const rdt = ctx.config.linux?.intelRdt;
    if (!rdt) return;
    const closID = rdt.closID;
    if (closID !== undefined) {
      if (closID === '/') ctx.report({ messageId: 'defaultClos', node: rdt, key: 'closID', ...(ctx.specVersion === '1.3.0' && { case: 'defined' }) });
      else if (closID === '.' || closID === '..' || closID.includes('/')) ctx.report({ messageId: 'closID', node: rdt, key: 'closID', data: { value: closID } });
    }
    const lines: { node: object; key: string | number; value: string; l3: boolean }[] = [];
    for (const key of ['l3CacheSchema', 'memBwSchema'] as const) {
      const value = rdt[key];
      if (value !== undefined) lines.push({ node: rdt, key, value, l3: key === 'l3CacheSchema' });
    }
    const schemata = rdt.schemata;
    schemata?.forEach((value, i) => {
      if (value !== undefined) lines.push({ node: schemata, key: i, value, l3: false });
    });
    for (const { node, key, value, l3 } of lines) {
      const field = fieldOf(node, key);
      if (/[\r\n]/.test(value)) {
        ctx.report({ messageId: 'newline', node, key, data: { field } });
        continue;
      }
      if (l3 && !value.startsWith('L3')) ctx.report({ messageId: 'l3Prefix', node, key, data: { value } });
      else if (value !== '' && !LINE.test(value)) ctx.report({ messageId: 'syntax', node, key, data: { field, value } });
    }
  },
});
