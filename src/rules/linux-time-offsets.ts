import { defineRule, specUrl } from './api.js';
import { findNamespace } from '../model/namespaces.js';
import { modelEvents } from './util/model-events.js';

// config-linux.md "Offset for Time Namespace" (v1.1.0): the offsets are written to
// /proc/PID/timens_offsets of a new time namespace before the process starts. Without a time
// namespace the field does nothing (runc and crun accept and ignore it); a time namespace joined by
// path already has its offsets. The kernel knows only the monotonic and boottime clocks there.
// youki refuses both from 0.7.0 (validate_spec_for_time_namespace, crates/libcontainer/src/validator.rs).
// Those two are the model's properties of linux.timeOffsets, so any other key is one the view
// leaves out: the shared walk of the config alongside the model (model-events) names them.
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
      noTimeNs: {
        headline: 'linux.timeOffsets is set, but linux.namespaces has no "time" namespace',
        detail: 'The offsets only apply to a new time namespace; runc and crun accept the field without one and ignore it, youki 0.7 and later refuse it.',
        help: 'Add { "type": "time" } to linux.namespaces, or remove linux.timeOffsets.',
        runtimes: { runc: 'accepts', crun: 'accepts', youki: { refuses: '>=0.7' } },
      },
      joined: {
        headline: 'linux.timeOffsets is set, but linux.namespaces[{{index}}] joins a time namespace',
        detail: 'A time namespace joined by path already has its offsets; they can only be set on a new one. youki 0.7 and later refuse it.',
        help: 'Remove the path to create a new time namespace, or remove linux.timeOffsets.',
        runtimes: { youki: { refuses: '>=0.7' } },
      },
      clock: {
        headline: 'linux.timeOffsets key "{{key}}" is not a clock a time namespace can offset',
        detail: 'The kernel offsets only the monotonic and boottime clocks.',
        help: 'Use "monotonic" or "boottime".',
        severity: 'error',
      },
    },
  },
  reads: ['linux.timeOffsets'],
  check(ctx) {
    const linux = ctx.config.linux;
    const offsets = linux?.timeOffsets;
    if (!linux || !offsets) return;
    const ns = findNamespace(ctx, 'time');
    if (!ns) ctx.report({ messageId: 'noTimeNs', node: linux, key: 'timeOffsets', target: 'key' });
    else if (ns.joinedPath !== undefined) ctx.report({ messageId: 'joined', node: linux, key: 'timeOffsets', target: 'key', data: { index: ns.index } });
    // Keys other than the two clocks are outside the model: the view does not have them.
    const at: object = offsets;
    for (const { path } of modelEvents(ctx).unknown) {
      const key = path[2];
      if (path.length === 3 && path[0] === 'linux' && path[1] === 'timeOffsets' && typeof key === 'string') {
        ctx.report({ messageId: 'clock', node: at, key, target: 'key', data: { key } });
      }
    }
  },
});
