// The runtime-spec releases ocilint knows, and how an `ociVersion` string maps onto one.

export const SPEC_VERSIONS = ['1.0.0', '1.0.1', '1.0.2', '1.1.0', '1.2.0', '1.2.1', '1.3.0'] as const;
export type SpecVersion = (typeof SPEC_VERSIONS)[number];
const LATEST_SPEC_VERSION: SpecVersion = '1.3.0';

// SemVer 2.0.0, https://semver.org/#is-there-a-suggested-regular-expression-regex-to-check-a-semver-string
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export interface ParsedSemver {
  major: number;
  minor: number;
  patch: number;
  prerelease: string | undefined;
}

function parseSemver(text: string): ParsedSemver | undefined {
  const m = SEMVER.exec(text);
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), prerelease: m[4] };
}

function isSpecVersion(v: string): v is SpecVersion {
  return (SPEC_VERSIONS as readonly string[]).includes(v);
}

export type VersionResolution =
  | { kind: 'exact'; version: SpecVersion }
  /** A pre-release or build of a known release line (`1.0.2-dev`, `1.1.0-rc.1`, `1.3.0+dev`). */
  | { kind: 'line'; version: SpecVersion }
  /** Valid SemVer that names no release ocilint knows; `version` is the closest release to validate with. */
  | { kind: 'unknown'; version: SpecVersion }
  | { kind: 'invalid'; version: SpecVersion };

/**
 * Maps an `ociVersion` onto the schema release to validate with. A pre-release such as
 * `1.1.0-rc.1` is validated as its release line (1.1.0) because release candidates carry the
 * fields of the release they lead to.
 */
export function resolveSpecVersion(ociVersion: string): VersionResolution {
  const sv = parseSemver(ociVersion);
  if (!sv) return { kind: 'invalid', version: LATEST_SPEC_VERSION };
  const base = `${sv.major}.${sv.minor}.${sv.patch}`;
  if (isSpecVersion(base)) {
    return { kind: sv.prerelease === undefined && base === ociVersion ? 'exact' : 'line', version: base };
  }
  return { kind: 'unknown', version: closestRelease(sv) };
}

function closestRelease(sv: ParsedSemver): SpecVersion {
  // The newest known release not after the given version; an older one than we know gets the oldest.
  let best: SpecVersion = SPEC_VERSIONS[0];
  for (const v of SPEC_VERSIONS) {
    if (compareVersions(v, `${sv.major}.${sv.minor}.${sv.patch}`) <= 0) best = v;
  }
  return best;
}

const RELEASE_INDEX = new Map<string, number>(SPEC_VERSIONS.map((v, i) => [v, i]));

/** Compares two plain x.y.z versions. */
export function compareVersions(a: string, b: string): number {
  const ia = RELEASE_INDEX.get(a);
  const ib = RELEASE_INDEX.get(b);
  if (ia !== undefined && ib !== undefined) return ia - ib;
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Tests a version against a small range language: comma-separated comparators such as
 * ">=1.1.0", "<1.2.0", "=1.0.2". Every comparator must hold.
 */
const satisfied = new Map<string, boolean>();

export function versionSatisfies(version: SpecVersion, range: string | undefined): boolean {
  if (!range) return true;
  const key = `${version} ${range}`;
  let ok = satisfied.get(key);
  if (ok === undefined) satisfied.set(key, (ok = checkRange(version, range)));
  return ok;
}

function checkRange(version: SpecVersion, range: string): boolean {
  for (const part of range.split(',')) {
    const m = /^\s*(>=|<=|>|<|=)?\s*(\d+\.\d+\.\d+)\s*$/.exec(part);
    if (!m) throw new Error(`bad version range "${range}"`);
    const c = compareVersions(version, m[2]!);
    const op = m[1] ?? '=';
    const ok = op === '>=' ? c >= 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : op === '<' ? c < 0 : c === 0;
    if (!ok) return false;
  }
  return true;
}
