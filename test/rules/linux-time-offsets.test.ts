import rule from '../../src/rules/linux-time-offsets.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux, withNs } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    { name: 'new time namespace', config: { linux: { namespaces: withNs({ type: 'time' }), timeOffsets: { monotonic: { secs: 10 }, boottime: { secs: 1, nanosecs: 5 } } } } },
    { name: 'no offsets', config: {} },
  ],
  invalid: [
    {
      name: 'no time namespace',
      raw: rawLinux('{"namespaces": [{"type": "mount"}],\n  "timeOffsets": {"monotonic": {"secs": 10}}\n}'),
      errors: [{ messageId: 'noTimeNs', pointer: '/linux/timeOffsets', line: 8, column: 3, severity: 'warning' }],
    },
    { name: 'joined time namespace', config: { linux: { namespaces: withNs({ type: 'time', path: '/proc/1/ns/time' }), timeOffsets: { boottime: { secs: 1 } } } }, errors: [{ messageId: 'joined' }] },
    // youki 0.7 and later refuse both.
    { name: 'no time namespace, youki', targets: ['youki'], config: { linux: { timeOffsets: { monotonic: { secs: 10 } } } }, errors: [{ messageId: 'noTimeNs', severity: 'error' }] },
    { name: 'no time namespace, youki 0.6', targets: ['youki@0.6'], config: { linux: { timeOffsets: { monotonic: { secs: 10 } } } }, errors: [{ messageId: 'noTimeNs', severity: 'warning' }] },
    { name: 'joined time namespace, youki', targets: ['youki'], config: { linux: { namespaces: withNs({ type: 'time', path: '/proc/1/ns/time' }), timeOffsets: { boottime: { secs: 1 } } } }, errors: [{ messageId: 'joined', severity: 'error' }] },
    { name: 'realtime clock', config: { linux: { namespaces: withNs({ type: 'time' }), timeOffsets: { realtime: { secs: 1 } } } }, errors: [{ messageId: 'clock', pointer: '/linux/timeOffsets/realtime', severity: 'error' }] },
  ],
});
