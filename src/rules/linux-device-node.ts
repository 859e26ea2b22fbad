import { defineRule, isObject, ptr, specUrl } from './api.js';
import { isInt } from './util/linux.js';

// config-linux.md "Devices": major and minor are REQUIRED unless the type is `p` (a FIFO has no
// device number). The schema cannot say "unless", so this rule does. runc and crun both accept a
// missing number and create a 0:0 node, which is never the intended device. fileMode holds
// permission bits only; producers such as dockerd write the full st_mode (8630 = 0o20666, type
// bits included). runc and crun accept it (they mask the type bits), so that is only noted.
export default defineRule({
  meta: {
    id: 'linux-device-node',
    description: 'Devices other than FIFOs need major and minor numbers, and fileMode holds permission bits.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxDevices'), level: 'MUST' },
    platforms: ['linux'],
    messages: {
      missingNumber: 'linux.devices[{{index}}] (type "{{type}}", path "{{path}}") has no {{field}}; it is required for every device type except "p".',
      fifoNumber: 'linux.devices[{{index}}].{{field}} is set on a FIFO (type "p"), which has no device number; runtimes ignore it.',
      typeBits: 'linux.devices[{{index}}].fileMode {{value}} (0o{{octal}}) includes file type bits; only the permission bits 0o{{perm}} are used.',
    },
  },
  check(ctx) {
    (ctx.array('/linux/devices') ?? []).forEach((d, index) => {
      if (!isObject(d)) return;
      const type = d['type'];
      const path = typeof d['path'] === 'string' ? d['path'] : '';
      if (typeof type === 'string') {
        for (const field of ['major', 'minor'] as const) {
          if (type === 'p') {
            if (isInt(d[field]) && d[field] !== 0) {
              ctx.report({ messageId: 'fifoNumber', pointer: ptr('linux', 'devices', index, field), severity: 'info', data: { index, field } });
            }
          } else if (['c', 'b', 'u'].includes(type) && !(field in d)) {
            ctx.report({ messageId: 'missingNumber', pointer: ptr('linux', 'devices', index), data: { index, type, path, field } });
          }
        }
      }
      const mode = d['fileMode'];
      if (isInt(mode) && mode > 0o7777 && mode < 0o200000) {
        ctx.report({
          messageId: 'typeBits',
          pointer: ptr('linux', 'devices', index, 'fileMode'),
          severity: 'info',
          data: { index, value: mode, octal: mode.toString(8), perm: (mode & 0o777).toString(8) },
        });
      }
    });
  },
});
