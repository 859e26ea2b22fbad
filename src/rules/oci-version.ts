import { SPEC_VERSIONS } from '../core/versions.js';
import { defineRule, specUrl } from './api.js';

// ociVersion MUST be SemVer 2.0.0 (config.md, "Specification version"). The schemas say only
// "string", and runc does not check it either, so a typo goes unnoticed until something compares
// versions. A valid version of a release ocilint does not know is validated as the closest known one.
export default defineRule({
  meta: {
    id: 'oci-version',
    description: 'ociVersion must be a SemVer 2.0.0 version of a runtime-spec release.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configSpecificationVersion'), level: 'MUST' },
    // Neither runtime checks SemVer; crun 1.8.1 only looks for "1.0" (see crun-oci-version).
    runtimes: { notSemver: { runc: 'accepts', crun: 'accepts' } },
    messages: {
      notSemver: 'ociVersion "{{value}}" is not a SemVer 2.0.0 version (such as "1.3.0"); checked as runtime-spec {{used}}.',
      unknownRelease: 'ociVersion "{{value}}" names no runtime-spec release ocilint knows ({{known}}); checked as {{used}}.',
    },
  },
  check(ctx) {
    const value = ctx.declaredVersion;
    const res = ctx.versionResolution;
    if (value === undefined || !res) return; // missing or not a string: the schema reports it
    if (res.kind === 'invalid') {
      ctx.report({ messageId: 'notSemver', pointer: '/ociVersion', data: { value, used: ctx.specVersion } });
    } else if (res.kind === 'unknown') {
      ctx.report({
        messageId: 'unknownRelease',
        pointer: '/ociVersion',
        severity: 'warning',
        data: { value, known: SPEC_VERSIONS.join(', '), used: ctx.specVersion },
      });
    }
  },
});
