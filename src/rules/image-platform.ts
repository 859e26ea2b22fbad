import { defineRule } from './api.js';

// The image config must say which os and architecture it is for (config.md, "os" and
// "architecture": REQUIRED); an index lists each manifest under a platform, and a runtime pulls
// the manifest listed for its own. When the config says otherwise than the index, or than the
// --platform asked for, the image runs where it does not belong. ocilint converts Linux images, as
// umoci 0.4.7 does ("unsupported OS"). The findings point at the field in the image config.
export default defineRule({
  meta: {
    id: 'image-platform',
    description: "An image config's os and architecture must be set, Linux, and the platform the index lists it under and --platform asked for.",
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: 'https://github.com/opencontainers/image-spec/blob/v1.1.0/config.md#properties', level: 'MUST' },
    messages: {
      missing: {
        headline: 'The image config has no "{{field}}"',
        detail: 'The image-spec requires os and architecture; runtimes and registries choose images by them.',
        help: 'Set "{{field}}" in the image config (the build tool does, given --platform).',
      },
      notLinux: {
        headline: 'The image is for os "{{os}}", not linux',
        detail: 'ocilint converts Linux images into Linux bundles; umoci 0.4.7 refuses other systems ("unsupported OS").',
        help: 'Lint the image\'s Linux variant (--platform linux/ARCH).',
      },
      listed: {
        headline: 'The image config says {{actual}}; the index lists it as {{listed}}',
        detail: 'A runtime on {{listed}} pulls this image through the index and gets a config (and most likely programs) for {{actual}}.',
        help: 'Rebuild the index from the images\' own configs, or fix the platform of the manifest descriptor.',
      },
      requested: {
        headline: 'The image config says {{actual}}, not the {{requested}} asked for with --platform',
        detail: 'The image was chosen by an index or tag that does not match its own config.',
        help: 'Choose the image for {{requested}}, or fix the platform the index lists it under.',
      },
    },
  },
  check(ctx) {
    const image = ctx.image;
    const annotations = ctx.config.annotations;
    if (!image) return;
    const { os, architecture, variant } = image.platform;
    const at = (key: string) => (annotations && key in annotations ? ({ node: annotations, key } as const) : annotations ? ({ node: annotations } as const) : {});
    const osAt = at('org.opencontainers.image.os');
    const archAt = at('org.opencontainers.image.architecture');
    if (os === undefined) ctx.report({ messageId: 'missing', ...osAt, data: { field: 'os' } });
    if (architecture === undefined) ctx.report({ messageId: 'missing', ...archAt, data: { field: 'architecture' } });
    if (os !== undefined && os !== 'linux') ctx.report({ messageId: 'notLinux', ...osAt, data: { os } });
    if (os === undefined || architecture === undefined) return;
    const actual = `${os}/${architecture}${variant ? `/${variant}` : ''}`;
    const differs = (p: { os: string; architecture: string; variant?: string }): boolean =>
      p.os !== os || p.architecture !== architecture || (p.variant !== undefined && variant !== undefined && p.variant !== variant);
    const name = (p: { os: string; architecture: string; variant?: string }): string => `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
    if (image.listed && differs(image.listed)) ctx.report({ messageId: 'listed', ...archAt, data: { actual, listed: name(image.listed) } });
    else if (image.requested && differs(image.requested)) ctx.report({ messageId: 'requested', ...archAt, data: { actual, requested: name(image.requested) } });
  },
});
