import { defineRule, ptr, specUrl } from './api.js';
import { findNamespace } from './util/linux.js';

// config-linux.md "Offset for Time Namespace" (v1.1.0): the offsets are written to
// /proc/PID/timens_offsets of a new time namespace before the process starts. Without a time
// namespace the field does nothing (runc and crun accept and ignore it); a time namespace joined by
// path already has its offsets. The kernel knows only the monotonic and boottime clocks there.
const CLOCKS = new Set(['monotonic', 'boottime']);

export default defineRule({
  meta: {
    id: 'linux-time-offsets',
    description: 'linux.timeOffsets needs a new time namespace and only names the monotonic and boottime clocks.',
    category: 'runtime',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config-linux.md', 'configLinuxTimeOffset'), level: 'MAY' },
    versions: '>=1.1.0',
    platforms: ['linux'],
    messages: {
      noTimeNs: 'linux.timeOffsets is set but linux.namespaces has no "time" namespace, so the offsets are ignored.',
      joined: 'linux.timeOffsets is set but the time namespace is joined by path (linux.namespaces[{{index}}]); offsets can only be set on a new one.',
      clock: 'linux.timeOffsets key "{{key}}" is not a clock a time namespace can offset; use "monotonic" or "boottime".',
    },
  },
  check(ctx) {
    const offsets = ctx.object('/linux/timeOffsets');
    if (!offsets) return;
    const ns = findNamespace(ctx, 'time');
    if (!ns) ctx.report({ messageId: 'noTimeNs', pointer: '/linux/timeOffsets', target: 'key' });
    else if (ns.path !== undefined && ns.path !== '') ctx.report({ messageId: 'joined', pointer: '/linux/timeOffsets', target: 'key', data: { index: ns.index } });
    for (const key of Object.keys(offsets)) {
      if (!CLOCKS.has(key)) ctx.report({ messageId: 'clock', pointer: ptr('linux', 'timeOffsets', key), target: 'key', severity: 'error', data: { key } });
    }
  },
});
