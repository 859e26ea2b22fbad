import { defineRule } from './api.js';
import { ALLOWED_SELINUX_TYPES, UNCONFINED_SELINUX_TYPES } from './data/selinux-types.js';

// An SELinux label is user:role:type:level; the type is what the policy confines. Only the
// container_* process types keep a container inside the container policy. linux.mountLabel is a
// file type (container_file_t) and is not judged here.
const HELP = 'Use container_t with a unique MCS level per container, or leave the label to the engine.';

export default defineRule({
  meta: {
    id: 'selinux-type-not-allowed',
    description: 'The SELinux type of process.selinuxLabel should be one of the container types (container_t, container_init_t, container_kvm_t, container_engine_t).',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'medium',
    platforms: ['linux'],
    messages: {
      unconfined: {
        headline: 'process.selinuxLabel "{{label}}" has type "{{type}}", which SELinux does not confine',
        detail: 'The process runs outside the container policy.',
        help: HELP,
      },
      notAllowed: {
        headline: 'process.selinuxLabel "{{label}}" has type "{{type}}", not a container type',
        detail: 'Only the container process types, {{allowed}}, keep a container inside the container policy.',
        help: HELP,
      },
    },
  },
  reads: ['process.selinuxLabel'],
  check(ctx) {
    const process = ctx.config.process;
    const label = process?.selinuxLabel;
    if (!process || !label) return;
    const type = label.split(':')[2];
    if (type === undefined || ALLOWED_SELINUX_TYPES.includes(type)) return;
    const messageId = UNCONFINED_SELINUX_TYPES.includes(type) ? 'unconfined' : 'notAllowed';
    ctx.report({ messageId, node: process, key: 'selinuxLabel', data: { label, type, allowed: ALLOWED_SELINUX_TYPES.join(', ') } });
  },
});
