import { defineRule, ptr, specUrl } from './api.js';
import { GOARCH, GOOS, isRfc3339, isStopSignal, runtimeSpecDefines } from './data/annotations.js';

// Values of the org.opencontainers.image.* annotations, as the image-spec defines the image
// fields they come from (config.md of the image-spec; conversion.md). From runtime-spec 1.2.0 the
// runtime-spec requires valid values for its eight keys, so a malformed created or stopSignal is
// an error there and a warning before. os and architecture values SHOULD come from Go's GOOS and
// GOARCH lists, so an unknown one is a warning in every version.
export default defineRule({
  meta: {
    id: 'annotations-value',
    description: 'Values of reserved org.opencontainers.image.* annotations must have the format the OCI image-spec defines.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configAnnotations'), level: 'MUST' },
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    runtimes: {
      created: { runc: 'accepts', crun: 'accepts' },
      stopSignal: { runc: 'accepts', crun: 'accepts' },
      os: { runc: 'accepts', crun: 'accepts' },
      architecture: { runc: 'accepts', crun: 'accepts' },
      variant: { runc: 'accepts', crun: 'accepts' },
      exposedPorts: { runc: 'accepts', crun: 'accepts' },
      digest: { runc: 'accepts', crun: 'accepts' },
    },
    messages: {
      created: 'annotations["{{key}}"] "{{value}}" is not an RFC 3339 date-time such as "2024-01-31T12:00:00Z".',
      stopSignal: 'annotations["{{key}}"] "{{value}}" is not a signal such as "SIGTERM", "SIGRTMIN+3" or "15".',
      os: 'annotations["{{key}}"] "{{value}}" is not an operating system name from Go\'s GOOS list (such as "linux" or "windows").',
      architecture: 'annotations["{{key}}"] "{{value}}" is not an architecture from Go\'s GOARCH list (such as "amd64" or "arm64").',
      variant: 'annotations["{{key}}"] "{{value}}" is not a CPU variant such as "v7" or "v8".',
      exposedPorts: 'annotations["{{key}}"] "{{value}}" is not a comma-separated list of ports such as "80/tcp,53/udp".',
      digest: 'annotations["{{key}}"] "{{value}}" is not a digest such as "sha256:<64 hex digits>".',
    },
  },
  check(ctx) {
    const annotations = ctx.object('/annotations');
    if (!annotations) return;
    for (const [key, value] of Object.entries(annotations)) {
      if (typeof value !== 'string' || !key.startsWith('org.opencontainers.image.')) continue;
      const pointer = ptr('annotations', key);
      if (!ctx.isValid(pointer)) continue;
      const strict = runtimeSpecDefines(ctx.specVersion, key);
      const bad = (messageId: 'created' | 'stopSignal' | 'os' | 'architecture' | 'variant' | 'exposedPorts' | 'digest', level: 'error' | 'warning'): void =>
        ctx.report({ messageId, pointer, severity: level, data: { key, value } });
      switch (key.slice('org.opencontainers.image.'.length)) {
        case 'created':
          if (!isRfc3339(value)) bad('created', strict ? 'error' : 'warning');
          break;
        case 'stopSignal':
          if (!isStopSignal(value)) bad('stopSignal', strict ? 'error' : 'warning');
          break;
        case 'os':
          if (!GOOS.includes(value)) bad('os', 'warning');
          break;
        case 'architecture':
          if (!GOARCH.includes(value)) bad('architecture', 'warning');
          break;
        case 'variant':
          if (value !== '' && !/^v\d+(\.\d+)?$/.test(value)) bad('variant', 'warning');
          break;
        case 'exposedPorts':
          if (value !== '' && !value.split(',').every((p) => /^\d{1,5}(\/(tcp|udp|sctp))?$/i.test(p.trim()))) bad('exposedPorts', 'warning');
          break;
        case 'base.digest':
          if (!/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(value)) bad('digest', 'warning');
          break;
      }
    }
  },
});
