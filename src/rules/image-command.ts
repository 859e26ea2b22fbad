import { defineRule } from './api.js';

// The image-spec's conversion (conversion.md, "Verbatim Fields") makes process.args from
// Config.Entrypoint followed by Config.Cmd. When both are empty there is no program: Docker
// ("no command specified") and Podman refuse to create the container, and umoci 0.4.7 leaves the
// runtime template's args in place (runc spec's "sh"), which is rarely what the image meant. The
// finding points at Cmd (or Entrypoint) in the image config, or at its config object.
export default defineRule({
  meta: {
    id: 'image-command',
    description: "An image's Config.Entrypoint and Config.Cmd must not both be empty: together they are the program the container runs.",
    category: 'runtime',
    defaultSeverity: 'error',
    platforms: ['linux'],
    spec: { url: 'https://github.com/opencontainers/image-spec/blob/v1.1.0/conversion.md#verbatim-fields', level: 'MUST' },
    messages: {
      empty: {
        headline: 'The image sets neither Entrypoint nor Cmd: there is no program to run',
        detail: 'Docker ("no command specified") and Podman refuse to create the container; umoci 0.4.7 keeps the runtime template\'s process.args, which is what ocilint checked.',
        help: 'Set ENTRYPOINT or CMD when the image is built (or Config.Cmd in its config).',
      },
    },
  },
  reads: ['process'],
  check(ctx) {
    const process = ctx.config.process;
    if (!ctx.image?.noCommand || !process) return;
    ctx.report({ messageId: 'empty', node: process, key: 'args' });
  },
});
