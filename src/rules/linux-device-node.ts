import { defineRule, specUrl } from './api.js';
import { devices } from '../model/devices.js';
import { isInt } from '../model/users.js';

// config-linux.md "Devices": major and minor are REQUIRED unless the type is `p` (a FIFO has no
// device number). The schema cannot say "unless", so this rule does. runc and crun both accept a
// missing number and create a 0:0 node, which is never the intended device. fileMode holds
// permission bits only; producers such as dockerd write the full st_mode (8630 = 0o20666, type
// bits included). runc and crun accept it (they mask the type bits), so that is only noted.
// JSON has no octal, so fileMode is decimal: 438 is 0o666. A value whose decimal digits are an
// octal mode (666, 644, 0600 is not JSON) gives another mode altogether: 666 is 0o1232, sticky and
// -w--wx-w-, so its owner cannot read the device. Runtimes apply it as it is; a warning, as
// process-umask does for the umask.
export default defineRule({
  meta: {
    id: 'linux-device-node',
    description: 'Devices other than FIFOs need major and minor numbers, and fileMode holds permission bits.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxDevices'), level: 'MUST' },
    platforms: ['linux'],
    messages: {
      missingNumber: {
        headline: 'linux.devices[{{index}}] (type "{{type}}", path "{{path}}") has no {{field}}',
        detail: 'The spec requires major and minor for every device type except "p". runc and crun create a 0:0 node instead, which is not the intended device.',
        help: 'Add the device\'s {{field}} number (ls -l on the host shows "major, minor").',
      },
      fifoNumber: {
        headline: 'linux.devices[{{index}}].{{field}} is set on a FIFO (type "p")',
        detail: 'A FIFO has no device number; runtimes ignore it.',
        help: 'Remove {{field}} from the entry.',
        severity: 'info',
      },
      octalDigits: {
        headline: 'linux.devices[{{index}}].fileMode {{value}} looks like octal written in decimal',
        detail: 'JSON numbers are decimal: {{value}} is 0o{{octal}}, not 0o{{value}}, and the runtime creates the node with mode {{mode}}.',
        help: 'For 0o{{value}}, write {{decimal}}.',
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
        for (const field of ['major', 'minor'] as const) {
          if (type === 'p') {
            const n = d[field];
            if (isInt(n) && n !== 0) ctx.report({ messageId: 'fifoNumber', node: d, key: field, data: { index, field } });
          } else if (['c', 'b', 'u'].includes(type) && !ctx.has(d, field)) {
            // A number of the wrong type is config-schema's finding, not a missing one.
            ctx.report({ messageId: 'missingNumber', node: d, data: { index, type, path, field } });
          }
        }
      }
      const mode = d.fileMode;
      // Above 0o777, with only octal digits: the usual modes (600, 644, 660, 666) written as octal.
      if (isInt(mode) && mode > 0o777 && mode <= 0o7777 && /^[0-7]{3,4}$/.test(String(mode))) {
        ctx.report({ messageId: 'octalDigits', node: d, key: 'fileMode', data: { index, value: mode, octal: mode.toString(8), mode: symbolic(mode), decimal: parseInt(String(mode), 8) & 0o7777 } });
      } else if (isInt(mode) && mode > 0o7777 && mode < 0o200000) {
        ctx.report({ messageId: 'typeBits', node: d, key: 'fileMode', data: { index, value: mode, octal: mode.toString(8), perm: (mode & 0o777).toString(8), permDecimal: mode & 0o777 } });
      }
    }
  },
});

/** "rw-rw-rw-" for the permission bits, with s/t for the special ones, as ls writes them. */
function symbolic(mode: number): string {
  const bit = (m: number, c: string): string => (mode & m ? c : '-');
  const special = (x: number, s: number, lower: string, upper: string): string => (mode & s ? (mode & x ? lower : upper) : bit(x, 'x'));
  return (
    bit(0o400, 'r') + bit(0o200, 'w') + special(0o100, 0o4000, 's', 'S') +
    bit(0o040, 'r') + bit(0o020, 'w') + special(0o010, 0o2000, 's', 'S') +
    bit(0o004, 'r') + bit(0o002, 'w') + special(0o001, 0o1000, 't', 'T')
  );
}
