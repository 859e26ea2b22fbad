import { defineRule, specUrl, type Fixer } from './api.js';
import { devices } from '../model/devices.js';
import { isInt } from '../model/users.js';

// config-linux.md "Devices": major and minor are REQUIRED unless the type is `p` (a FIFO has no
// device number). The schema cannot say "unless", so this rule does. runc and crun both accept a
// missing number and create a 0:0 node, which is never the intended device. fileMode holds
// permission bits only; producers such as dockerd write the full st_mode (8630 = 0o20666, type
// bits included). runc and crun accept it (they mask the type bits), so that is only noted, and
// fixed by writing the permission bits alone. A mode whose decimal digits are all octal and that
// is above 0o777 (666, 644) was almost certainly written as octal: a warning, with the octal
// reading as a suggestion. A Linux device number has 12 bits of major and 20 of minor (dev_t as
// mknod(2) takes it). For a larger one crun's mknod fails (EINVAL, runtime oracle, 1.8.1); runc
// passes a 64-bit number to the 32-bit system call, which keeps the low bits: runc 1.1.5 creates
// major 5000 as 904 and minor 1048577 on major 1 as 1:1, /dev/mem (runtime oracle, the node
// stat'ed in the created container). runc 1.2.8, 1.3.3 and later check the created node's numbers
// and refuse ("has incorrect major:minor", mknodDevice in libcontainer/rootfs_linux.go).
const MAX = { major: 0xfff, minor: 0xfffff } as const;
/** The releases of runc that check a created node's numbers (see above). */
const RUNC_CHECKS = '>=1.2.8 <1.3 || >=1.3.3';
export default defineRule({
  meta: {
    id: 'linux-device-node',
    description: 'Devices other than FIFOs need major and minor numbers within Linux\'s range, and fileMode holds permission bits.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxDevices'), level: 'MUST' },
    platforms: ['linux'],
    fixable: '`--fix` removes file type bits from fileMode, and device numbers from a FIFO: runtimes ignore both.',
    suggests: 'for a fileMode whose digits are octal (666), its octal reading.',
    messages: {
      missingNumber: {
        headline: 'linux.devices[{{index}}] (type "{{type}}", path "{{path}}") has no {{field}}',
        detail: 'The spec requires major and minor for every device type except "p". runc and crun create a 0:0 node instead, which is not the intended device.',
        help: 'Add the device\'s {{field}} number (ls -l on the host shows "major, minor").',
      },
      numberRange: {
        headline: 'linux.devices[{{index}}].{{field}} {{value}} is above {{max}}, the largest Linux allows',
        detail: 'Linux device numbers have 12 bits of major and 20 of minor. crun refuses the node (mknod: EINVAL); runc before 1.2.8 (and 1.3.0 to 1.3.2) keeps the low bits and creates {{path}} as {{actual}}, another device, and later releases refuse it ("has incorrect major:minor").',
        help: 'Use the device\'s real numbers (ls -l on the host shows "major, minor").',
        runtimes: { runc: { refuses: RUNC_CHECKS }, crun: 'refuses' },
      },
      fifoNumber: {
        headline: 'linux.devices[{{index}}].{{field}} is set on a FIFO (type "p")',
        detail: 'A FIFO has no device number; runtimes ignore it.',
        help: 'Remove {{field}} from the entry.',
        severity: 'info',
      },
      octalDigits: {
        headline: 'linux.devices[{{index}}].fileMode {{value}} looks like octal written in decimal',
        detail: 'JSON numbers are decimal: {{value}} is 0o{{octal}}, permission bits no one writes on purpose; 0o{{value}} is {{meant}}.',
        help: 'For 0o{{value}}, write {{meant}}.',
        severity: 'warning',
      },
      typeBits: {
        headline: 'linux.devices[{{index}}].fileMode {{value}} (0o{{octal}}) includes file type bits',
        detail: 'fileMode holds permission bits; runc and crun use only 0o{{perm}} of it.',
        help: 'Write only the permission bits: {{permDecimal}} (0o{{perm}}).',
        severity: 'info',
      },
    },
  },
  reads: ['linux.devices'],
  check(ctx) {
    for (const { index, node: d, type } of devices(ctx)) {
      const path = d.path ?? '';
      if (type !== undefined) {
        const numbered = ['c', 'b', 'u'].includes(type);
        for (const field of ['major', 'minor'] as const) {
          if (type === 'p') {
            const n = d[field];
            // Runtimes ignore it: removing it changes nothing.
            if (isInt(n) && n !== 0) ctx.report({ messageId: 'fifoNumber', node: d, key: field, data: { index, field }, fix: { title: `Remove ${field}`, edit: (f) => f.removeMember(d, field) } });
          } else if (numbered && !ctx.has(d, field)) {
            // A number of the wrong type is config-schema's finding, not a missing one.
            ctx.report({ messageId: 'missingNumber', node: d, data: { index, type, path, field } });
          } else if (numbered && isInt(d[field]) && d[field] > MAX[field]) {
            const actual = `${isInt(d.major) ? d.major & MAX.major : 0}:${isInt(d.minor) ? d.minor % (MAX.minor + 1) : 0}`;
            ctx.report({ messageId: 'numberRange', node: d, key: field, data: { index, field, value: d[field], max: MAX[field], path, actual } });
          }
        }
      }
      const mode = d.fileMode;
      if (isInt(mode) && mode > 0o7777 && mode < 0o200000) {
        // Runtimes use only the permission bits: writing just those changes nothing.
        const perm = mode & 0o777;
        const fix = { title: `Write ${perm} (0o${perm.toString(8)})`, edit: (f: Fixer) => f.replaceValue(d, 'fileMode', perm) };
        ctx.report({ messageId: 'typeBits', node: d, key: 'fileMode', data: { index, value: mode, octal: mode.toString(8), perm: perm.toString(8), permDecimal: perm }, fix });
      } else if (isInt(mode) && mode > 0o777 && /^[0-7]{3,4}$/.test(String(mode))) {
        // 666, 644, 755: the digits of an octal mode, written as a decimal number.
        const meant = parseInt(String(mode), 8);
        const suggestion = { title: `Write ${meant} (0o${mode})`, edit: (f: Fixer) => f.replaceValue(d, 'fileMode', meant) };
        ctx.report({ messageId: 'octalDigits', node: d, key: 'fileMode', data: { index, value: mode, octal: mode.toString(8), meant }, suggestions: [suggestion] });
      }
    }
  },
});
