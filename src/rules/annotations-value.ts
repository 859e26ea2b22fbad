import { defineRule, specUrl } from './api.js';
import { GOARCH, GOOS, isRfc3339, isStopSignal, runtimeSpecDefines } from './data/annotations.js';
import type { MessageSpec } from '../core/types.js';

// Values of the org.opencontainers.image.* annotations, as the image-spec defines the image
// fields they come from (config.md of the image-spec; conversion.md). From runtime-spec 1.2.0 the
// runtime-spec requires valid values for its eight keys, so a malformed created or stopSignal is
// an error there and a warning before. os and architecture values SHOULD come from Go's GOOS and
// GOARCH lists, so an unknown one is a warning in every version. The image fields behind created,
// stopSignal, variant and exposedPorts are optional, and annotation values MAY be empty (config.md,
// "Annotations"): an empty value is the field left out, as umoci 0.4.7 writes stopSignal for an
// image without a StopSignal, and is not reported.

const ACCEPTED = { runc: 'accepts', crun: 'accepts' } as const;
/** created and stopSignal: an error where the runtime-spec requires a valid value (1.2.0 on). */
const STRICT: Pick<MessageSpec, 'cases' | 'runtimes'> = {
  cases: { beforeRuntimeSpec: { severity: 'warning', when: 'in a config of a release before 1.2.0' } },
  runtimes: ACCEPTED,
};
const IMAGE_SPEC = 'The OCI image-spec defines the format of this value.';

export default defineRule({
  meta: {
    id: 'annotations-value',
    description: 'Values of reserved org.opencontainers.image.* annotations must have the format the OCI image-spec defines.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configAnnotations'), level: 'MUST' },
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    messages: {
      created: {
        headline: 'annotations["{{key}}"] "{{value}}" is not an RFC 3339 date-time',
        detail: `${IMAGE_SPEC} From release 1.2.0 the runtime-spec also requires a valid value.`,
        help: 'Write the time as RFC 3339, such as "2024-01-31T12:00:00Z".',
        ...STRICT,
      },
      stopSignal: {
        headline: 'annotations["{{key}}"] "{{value}}" is not a signal',
        detail: `${IMAGE_SPEC} From release 1.2.0 the runtime-spec also requires a valid value.`,
        help: 'Write a signal name or number, such as "SIGTERM", "SIGRTMIN+3" or "15".',
        ...STRICT,
      },
      os: {
        headline: 'annotations["{{key}}"] "{{value}}" is not an OS name from Go\'s GOOS list',
        detail: 'The image-spec says os values should come from Go\'s GOOS list.',
        help: 'Use a GOOS name such as "linux" or "windows".',
        severity: 'warning',
        runtimes: ACCEPTED,
      },
      architecture: {
        headline: 'annotations["{{key}}"] "{{value}}" is not an architecture from Go\'s GOARCH list',
        detail: 'The image-spec says architecture values should come from Go\'s GOARCH list.',
        help: 'Use a GOARCH name such as "amd64" or "arm64".',
        severity: 'warning',
        runtimes: ACCEPTED,
      },
      variant: {
        headline: 'annotations["{{key}}"] "{{value}}" is not a CPU variant',
        detail: IMAGE_SPEC,
        help: 'Write a variant such as "v7" or "v8".',
        severity: 'warning',
        runtimes: ACCEPTED,
      },
      exposedPorts: {
        headline: 'annotations["{{key}}"] "{{value}}" is not a comma-separated list of ports',
        detail: IMAGE_SPEC,
        help: 'Write ports with an optional protocol, separated by commas, such as "80/tcp,53/udp".',
        severity: 'warning',
        runtimes: ACCEPTED,
      },
      digest: {
        headline: 'annotations["{{key}}"] "{{value}}" is not a digest',
        detail: IMAGE_SPEC,
        help: 'Write a digest such as "sha256:<64 hex digits>".',
        severity: 'warning',
        runtimes: ACCEPTED,
      },
    },
  },
  reads: ['annotations'],
  check(ctx) {
    const annotations = ctx.config.annotations;
    if (!annotations) return;
    for (const [key, value] of Object.entries(annotations)) {
      if (value === undefined || !key.startsWith('org.opencontainers.image.') || !ctx.valid(annotations, key)) continue;
      const strict = runtimeSpecDefines(ctx.specVersion, key);
      const bad = (messageId: 'created' | 'stopSignal' | 'os' | 'architecture' | 'variant' | 'exposedPorts' | 'digest'): void =>
        ctx.report({ messageId, node: annotations, key, data: { key, value } });
      const badStrict = (messageId: 'created' | 'stopSignal'): void =>
        ctx.report({ messageId, node: annotations, key, ...(!strict && { case: 'beforeRuntimeSpec' }), data: { key, value } });
      switch (key.slice('org.opencontainers.image.'.length)) {
        case 'created':
          if (value !== '' && !isRfc3339(value)) badStrict('created');
          break;
        case 'stopSignal':
          if (value !== '' && !isStopSignal(value)) badStrict('stopSignal');
          break;
        case 'os':
          if (!GOOS.includes(value)) bad('os');
          break;
        case 'architecture':
          if (!GOARCH.includes(value)) bad('architecture');
          break;
        case 'variant':
          if (value !== '' && !/^v\d+(\.\d+)?$/.test(value)) bad('variant');
          break;
        case 'exposedPorts':
          if (value !== '' && !value.split(',').every((p) => /^\d{1,5}(\/(tcp|udp|sctp))?$/i.test(p.trim()))) bad('exposedPorts');
          break;
        case 'base.digest':
          if (!/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(value)) bad('digest');
          break;
      }
    }
  },
});
