import { defineRule, specUrl } from './api.js';

// crun up to 1.14.3 checks ociVersion with strstr(version, "1.0"): any version string that does
// not contain the three characters "1.0" is refused with "unknown version specified". So 1.0.x
// and, by accident, 1.1.0 pass, while 1.2.0, 1.2.1 and 1.3.0 fail (runtime oracle, crun 1.8.1).
// crun 1.14.4 dropped the check (commit d8aabe5a, "drop-check-version"); sources on the page.
export default defineRule({
  meta: {
    id: 'crun-oci-version',
    description: 'crun before 1.14.4 refuses an ociVersion that does not contain "1.0".',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configSpecificationVersion'), level: 'MUST' },
    targets: ['crun'],
    targetVersions: { crun: '<1.14.4' },
    runtimeVersions: 'crun 1.8.1 (runtime oracle); crun 1.14.3 and 1.14.4 from source',
    messages: {
      refused: {
        headline: 'ociVersion "{{value}}" is refused by crun before 1.14.4: it does not contain "1.0"',
        detail: 'crun up to 1.14.3 accepts only version strings that contain "1.0" ("unknown version specified" otherwise): 1.0.x and, by accident, 1.1.0 pass, later releases fail. crun 1.14.4 and later do not check the version.',
        help: 'Upgrade crun to 1.14.4 or later, or write an ociVersion that contains "1.0", such as "1.0.2", when the config uses nothing newer.',
        runtimes: { crun: { refuses: '<1.14.4' } },
        basis: 'compat',
      },
    },
  },
  reads: ['ociVersion'],
  check(ctx) {
    const value = ctx.config.ociVersion;
    if (value !== undefined && !value.includes('1.0')) ctx.report({ messageId: 'refused', node: ctx.config, key: 'ociVersion', data: { value } });
  },
});
