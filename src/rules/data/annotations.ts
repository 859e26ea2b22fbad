// What the OCI specifications say about annotation keys in the reserved `org.opencontainers`
// namespace that can appear in a runtime config. Not a rule.

import { compareVersions, type SpecVersion } from '../../core/versions.js';

/** Keys the runtime-spec itself lists, from 1.2.0 on (config.md, "Annotations"). */
const RUNTIME_SPEC_KEYS: readonly string[] = [
  'org.opencontainers.image.os',
  'org.opencontainers.image.os.version',
  'org.opencontainers.image.os.features',
  'org.opencontainers.image.architecture',
  'org.opencontainers.image.variant',
  'org.opencontainers.image.author',
  'org.opencontainers.image.created',
  'org.opencontainers.image.stopSignal',
];

/**
 * Keys an image-to-bundle converter may legitimately write under the image-spec: the conversion
 * document's implicit annotations (the list above plus exposedPorts) and the image-spec's
 * pre-defined annotation keys, which images commonly carry as labels that conversion copies.
 */
const IMAGE_SPEC_KEYS: readonly string[] = [
  'org.opencontainers.image.exposedPorts',
  'org.opencontainers.image.created',
  'org.opencontainers.image.authors',
  'org.opencontainers.image.url',
  'org.opencontainers.image.documentation',
  'org.opencontainers.image.source',
  'org.opencontainers.image.version',
  'org.opencontainers.image.revision',
  'org.opencontainers.image.vendor',
  'org.opencontainers.image.licenses',
  'org.opencontainers.image.ref.name',
  'org.opencontainers.image.title',
  'org.opencontainers.image.description',
  'org.opencontainers.image.base.digest',
  'org.opencontainers.image.base.name',
];

export const KNOWN_KEYS: readonly string[] = [...new Set([...RUNTIME_SPEC_KEYS, ...IMAGE_SPEC_KEYS])];

export function isReserved(key: string): boolean {
  return key === 'org.opencontainers' || key.startsWith('org.opencontainers.');
}

/** The runtime-spec defines reserved keys (and requires valid values) from 1.2.0 on. */
export function runtimeSpecDefines(version: SpecVersion, key: string): boolean {
  return compareVersions(version, '1.2.0') >= 0 && RUNTIME_SPEC_KEYS.includes(key);
}

/** Go's GOOS values (the image-spec says `os` values SHOULD come from this list). */
export const GOOS: readonly string[] = [
  'aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl', 'netbsd',
  'openbsd', 'plan9', 'solaris', 'wasip1', 'windows', 'zos',
];

/** Go's GOARCH values (likewise for `architecture`). */
export const GOARCH: readonly string[] = [
  '386', 'amd64', 'amd64p32', 'arm', 'arm64', 'arm64be', 'armbe', 'loong64', 'mips', 'mips64', 'mips64le',
  'mips64p32', 'mips64p32le', 'mipsle', 'ppc', 'ppc64', 'ppc64le', 'riscv', 'riscv64', 's390', 's390x', 'sparc',
  'sparc64', 'wasm',
];

const SIGNALS = [
  'HUP', 'INT', 'QUIT', 'ILL', 'TRAP', 'ABRT', 'IOT', 'BUS', 'FPE', 'KILL', 'USR1', 'SEGV', 'USR2', 'PIPE', 'ALRM',
  'TERM', 'STKFLT', 'CHLD', 'CLD', 'CONT', 'STOP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'XCPU', 'XFSZ', 'VTALRM', 'PROF',
  'WINCH', 'IO', 'POLL', 'PWR', 'SYS', 'RTMIN', 'RTMAX',
];

/**
 * A stop signal as container engines read it: a name with or without SIG (SIGTERM, TERM), a
 * real-time offset (SIGRTMIN+3, SIGRTMAX-1), or a number (Podman writes "15").
 */
export function isStopSignal(v: string): boolean {
  if (/^[1-9]\d?$/.test(v)) return Number(v) <= 64;
  const name = v.toUpperCase().replace(/^SIG/, '');
  if (SIGNALS.includes(name)) return true;
  const rt = /^RT(MIN|MAX)([+-])(\d{1,2})$/.exec(name);
  return rt !== null && Number(rt[3]) <= 32;
}

/** RFC 3339 section 5.6 date-time, with a plausibility check of the fields. */
export function isRfc3339(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/.exec(v);
  if (!m) return false;
  const [mo, d, h, mi, s] = [m[2], m[3], m[4], m[5], m[6]].map(Number) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return false;
  if (m[9] !== undefined && (Number(m[9]) > 23 || Number(m[10]) > 59)) return false;
  return true;
}
