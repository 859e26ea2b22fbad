import { defineRule, specUrl } from './api.js';

// crun 1.8.1 checks ociVersion with strstr(version, "1.0"): any version string that does not
// contain the three characters "1.0" is refused with "unknown version specified". So 1.0.x and,
// by accident, 1.1.0 pass, while 1.2.0, 1.2.1 and 1.3.0 fail (checked with the runtime oracle).
export default defineRule({
  meta: {
    id: 'crun-oci-version',
    description: 'crun refuses an ociVersion that does not contain "1.0".',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configSpecificationVersion'), level: 'MUST' },
    targets: ['crun'],
    runtimeVersions: 'crun 1.8.1',
    messages: {
      refused: {
        headline: 'ociVersion "{{value}}" is refused by crun: it does not contain "1.0"',
        detail: 'crun 1.8.1 accepts only version strings that contain "1.0" ("unknown version specified" otherwise): 1.0.x and, by accident, 1.1.0 pass, later releases fail.',
        help: 'Write an ociVersion that contains "1.0", such as "1.0.2", when the bundle must run on crun.',
      },
    },
  },
  reads: ['ociVersion'],
  check(ctx) {
    const value = ctx.config.ociVersion;
    if (value !== undefined && !value.includes('1.0')) ctx.report({ messageId: 'refused', node: ctx.config, key: 'ociVersion', data: { value } });
  },
});
