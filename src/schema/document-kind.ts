// Whether a JSON document is an OCI runtime config at all, from its top-level keys: asked by the
// engine before any rule runs (not-oci-config's findings replace every other one), and where the
// config's platforms come from.

import type { Platform } from '../core/types.js';
import { isRecord } from '../model/loc.js';

/** The platform sections of config.md: a config with one of these keys is for that platform. */
export const PLATFORM_KEYS: readonly Platform[] = ['linux', 'windows', 'solaris', 'vm', 'zos', 'freebsd'];

/** The top-level keys of config.md and the platform sections, lower-cased. */
const SPEC_KEYS: ReadonlySet<string> = new Set(['ociversion', 'root', 'mounts', 'process', 'hostname', 'domainname', 'hooks', 'annotations', ...PLATFORM_KEYS]);

/**
 * The top-level keys of a document that is not an OCI runtime config: a non-empty object none of
 * whose keys is a top-level key of the spec, in any letter case (a config with `Process` or
 * `ociversion` is a config with typos, and its findings say so). Undefined for anything else.
 */
export function foreignKeys(value: unknown): string[] | undefined {
  if (!isRecord(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length === 0) return undefined;
  for (const key of keys) if (SPEC_KEYS.has(key.toLowerCase())) return undefined;
  return keys;
}

/**
 * Whether foreign top-level keys are those of an image-spec image configuration: `architecture`
 * and `os` are required there, and `rootfs` holds the layers' diff_ids.
 */
export function isImageConfig(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const rootfs = value['rootfs'];
  return (typeof value['architecture'] === 'string' && typeof value['os'] === 'string') || (isRecord(rootfs) && Array.isArray(rootfs['diff_ids']));
}
