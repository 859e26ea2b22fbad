import { SPEC_VERSIONS } from '../core/versions.js';
import { defineRule, specUrl } from './api.js';
import { writeValue } from './util/fixes.js';

// ociVersion MUST be SemVer 2.0.0 (config.md, "Specification version"). The schemas say only
// "string", and runc does not check it either, so a typo goes unnoticed until something compares
// versions. A valid version of a release ocilint does not know is validated as the closest known one
// (a warning); an unknown MAJOR version (2.x) is an error: under SemVer it may break any field, so the
// config claims a spec ocilint cannot check. 0.x, the drafts before 1.0.0, stays a warning.
export default defineRule({
  meta: {
    id: 'oci-version',
    description: 'ociVersion must be a SemVer 2.0.0 version of a runtime-spec release.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configSpecificationVersion'), level: 'MUST' },
    suggests: 'a release ocilint knows: "1.2" or "v1.2.0" as "1.2.0"; an unknown release as the one the config is checked as.',
    messages: {
      notSemver: {
        headline: 'ociVersion "{{value}}" is not a SemVer 2.0.0 version',
        detail: 'Neither the schemas nor runc check it, so a typo goes unnoticed until something compares versions. ocilint checks the config as runtime-spec {{used}}.',
        help: 'Write the release the config follows, such as "1.3.0".',
        // Neither runtime checks SemVer; crun 1.8.1 only looks for "1.0" (see crun-oci-version).
        runtimes: { runc: 'accepts', crun: 'accepts' },
      },
      unknownMajor: {
        headline: 'ociVersion "{{value}}" claims runtime-spec {{major}}.x, a major version ocilint cannot check',
        detail: 'A new major version may change or drop any field, so checking the config as {{used}} says nothing about it. ocilint knows {{known}}.',
        help: 'Declare the 1.x release the config follows, such as "1.3.0", or check it with a tool that knows runtime-spec {{major}}.x.',
      },
      unknownRelease: {
        headline: 'ociVersion "{{value}}" names no runtime-spec release ocilint knows',
        detail: 'ocilint knows {{known}}, and checks the config as {{used}}.',
        help: 'Declare one of the releases ocilint knows, if the config follows one of them.',
        severity: 'warning',
      },
    },
  },
  reads: ['ociVersion'],
  check(ctx) {
    const value = ctx.declaredVersion;
    const res = ctx.versionResolution;
    if (value === undefined || !res) return; // missing or not a string: the schema reports it
    if (res.kind === 'invalid') {
      const meant = releaseMeant(value);
      const suggestions = meant === undefined ? [] : [writeValue(ctx.config, 'ociVersion', meant)];
      ctx.report({ messageId: 'notSemver', node: ctx.config, key: 'ociVersion', data: { value, used: ctx.specVersion }, suggestions });
    } else if (res.kind === 'unknown' && major(value) > 1) {
      ctx.report({ messageId: 'unknownMajor', node: ctx.config, key: 'ociVersion', data: { value, major: major(value), known: SPEC_VERSIONS.join(', '), used: ctx.specVersion } });
    } else if (res.kind === 'unknown') {
      const suggestions = [writeValue(ctx.config, 'ociVersion', ctx.specVersion)];
      ctx.report({ messageId: 'unknownRelease', node: ctx.config, key: 'ociVersion', data: { value, known: SPEC_VERSIONS.join(', '), used: ctx.specVersion }, suggestions });
    }
  },
});

/** The major version of a valid SemVer string. */
function major(value: string): number {
  return Number(value.slice(0, value.indexOf('.')));
}

/** The release a version that is not SemVer was probably meant to be: "v1.2.0" or "1.2" as "1.2.0". */
function releaseMeant(value: string): string | undefined {
  const bare = value.trim().replace(/^v/i, '');
  const full = /^\d+\.\d+$/.test(bare) ? `${bare}.0` : bare;
  return (SPEC_VERSIONS as readonly string[]).includes(full) ? full : undefined;
}
