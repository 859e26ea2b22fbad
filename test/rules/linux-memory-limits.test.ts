import rule from '../../src/rules/linux-memory-limits.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    { name: 'swappiness 100', config: { linux: { resources: { memory: { swappiness: 100 } } } } },
    { name: 'limit only', config: { linux: { resources: { memory: { limit: 67108864 } } } } },
    { name: 'swap equal to limit', config: { linux: { resources: { memory: { limit: 67108864, swap: 67108864, reservation: 33554432 } } } } },
    { name: 'unlimited swap', config: { linux: { resources: { memory: { limit: 67108864, swap: -1 } } } } },
    { name: 'both unlimited', config: { linux: { resources: { memory: { limit: -1, swap: -1 } } } } },
    { name: 'large exact values', raw: rawLinux('{"resources": {"memory": {"limit": 9223372036854775806, "swap": 9223372036854775807}}}') },
  ],
  invalid: [
    // runtime oracle, -2 each: runc 1.1.5 and crun 1.8.1 refuse limit and swap; crun runs a negative reservation.
    { name: 'limit below -1', config: { linux: { resources: { memory: { limit: -2 } } } }, errors: [{ messageId: 'negative', pointer: '/linux/resources/memory/limit', severity: 'error' }] },
    { name: 'swap below -1', config: { linux: { resources: { memory: { limit: 67108864, swap: -2 } } } }, errors: [{ messageId: 'negative', pointer: '/linux/resources/memory/swap' }] },
    { name: 'reservation below -1', config: { linux: { resources: { memory: { reservation: -2 } } } }, errors: [{ messageId: 'negative', severity: 'warning' }] },
    { name: 'reservation below -1, for crun', targets: ['crun'], config: { linux: { resources: { memory: { reservation: -2 } } } }, errors: [{ messageId: 'negative', severity: 'warning' }] },
    { name: 'reservation below -1, for runc', targets: ['runc'], config: { linux: { resources: { memory: { reservation: -2 } } } }, errors: [{ messageId: 'negative', severity: 'error' }] },
    {
      name: 'swap below limit',
      raw: rawLinux('{"resources": {"memory": {\n  "limit": 67108864,\n  "swap": 33554432\n}}}'),
      errors: [{ messageId: 'swapBelowLimit', pointer: '/linux/resources/memory/swap', line: 9, column: 11 }],
    },
    { name: 'swap without limit', config: { linux: { resources: { memory: { swap: 67108864 } } } }, errors: [{ messageId: 'swapWithoutLimit' }] },
    { name: 'swap with unlimited memory', config: { linux: { resources: { memory: { limit: -1, swap: 67108864 } } } }, errors: [{ messageId: 'swapWithoutLimit' }] },
    { name: 'swappiness above 100', config: { linux: { resources: { memory: { swappiness: 101 } } } }, errors: [{ messageId: 'swappiness', pointer: '/linux/resources/memory/swappiness', severity: 'warning' }] },
    { name: 'swappiness above 100 with --target runc', targets: ['runc'], config: { linux: { resources: { memory: { swappiness: 200 } } } }, errors: [{ messageId: 'swappiness', severity: 'error' }] },
    { name: 'swappiness above 200', config: { linux: { resources: { memory: { swappiness: 201 } } } }, errors: [{ messageId: 'swappinessKernel', severity: 'error' }] },
    {
      name: 'swappiness 2^64-1: runc reads it as unset, crun fails',
      raw: rawLinux('{"resources": {"memory": {"swappiness": 18446744073709551615}}}'),
      errors: [{ messageId: 'unset', pointer: '/linux/resources/memory/swappiness', severity: 'warning' }],
    },
    { name: 'swappiness 2^64-1 with --target runc', targets: ['runc@1.1'], raw: rawLinux('{"resources": {"memory": {"swappiness": 18446744073709551615}}}'), errors: [{ messageId: 'unset', severity: 'warning' }] },
    { name: 'swappiness 2^64-1 with --target crun', targets: ['crun'], raw: rawLinux('{"resources": {"memory": {"swappiness": 18446744073709551615}}}'), errors: [{ messageId: 'unset', severity: 'error' }] },
    {
      name: 'reservation above limit',
      config: { linux: { resources: { memory: { limit: 67108864, reservation: 134217728 } } } },
      errors: [{ messageId: 'reservationAboveLimit', pointer: '/linux/resources/memory/reservation', severity: 'warning' }],
    },
  ],
});
