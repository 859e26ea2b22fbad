#!/usr/bin/env bash
# Makes a release of ocilint on this machine: sets the version everywhere it is written, dates the
# changelog's Unreleased section, builds and tests from a clean install, lays out the release's
# files with their SHA-256 sums, commits and tags. It pushes and publishes nothing: it prints the
# commands that do (docs/releasing.md).
#
#   scripts/release.sh [--no-build] VERSION      e.g. scripts/release.sh 0.2.0
#
# --no-build takes dist/ as it is (no npm ci, no tests): for trying the procedure, not for a
# release, since the files then report the version they were built with.
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "release: $*" >&2; exit 1; }

build=1
if [ "${1:-}" = "--no-build" ]; then build=0; shift; fi
[ $# -eq 1 ] || fail "usage: scripts/release.sh [--no-build] VERSION (e.g. 0.2.0)"
new="${1#v}"
[[ "$new" =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$ ]] || fail "\"$1\" is not a version (X.Y.Z or X.Y.Z-pre)"
old="$(node -p "require('./package.json').version")"
[ -z "$(git status --porcelain --untracked-files=no)" ] || fail "the working tree has uncommitted changes"
if git rev-parse -q --verify "refs/tags/v$new" >/dev/null; then fail "tag v$new exists"; fi
grep -q '^## \[Unreleased\]$' CHANGELOG.md || fail "CHANGELOG.md has no '## [Unreleased]' section"
notes="$(awk '/^## \[Unreleased\]$/ { on = 1; next } on && /^## / { exit } on && !/^\[/ { print }' CHANGELOG.md | sed -e '/./,$!d')"
[ -n "$notes" ] || fail "CHANGELOG.md's Unreleased section is empty: say what the release changes"

# 1. The version, wherever it is written: the package, the code's TOOL_VERSION, the JSON report
# goldens and example, and the docs' pins (action, pre-commit rev, npm, downloads).
npm version --no-git-tag-version --allow-same-version "$new" >/dev/null
sed -i "s/^export const TOOL_VERSION = '[^']*';/export const TOOL_VERSION = '$new';/" src/core/meta.ts
sed -i -E "s/(\"version\": )\"$old\"/\1\"$new\"/" test/formatters/golden/json.json test/formatters/golden/json-clean.json
sed -i -E "s/(\"name\": \"ocilint\", \"version\": )\"$old\"/\1\"$new\"/" docs/formats/json.md
mapfile -t docs < <(git ls-files '*.md' action.yml)
sed -i -E "s#(ocilint/ocilint@|rev: |ocilint/ocilint\\#|releases/download/|ocilint-)v$old([^0-9.]|$)#\\1v$new\\2#g; s#ocilint@$old([^0-9.]|$)#ocilint@$new\\1#g" "${docs[@]}"

# 2. The changelog: Unreleased becomes the release, with its date and comparison link.
today="$(date -u +%F)"
prev="$(git describe --tags --abbrev=0 --match 'v[0-9]*' 2>/dev/null || true)"
awk -v new="$new" -v today="$today" -v prev="$prev" '
  /^## \[Unreleased\]$/ { print; print ""; print "## [" new "] - " today; next }
  /^\[Unreleased\]: / { print "[Unreleased]: https://github.com/ocilint/ocilint/compare/v" new "...HEAD";
    if (prev != "") print "[" new "]: https://github.com/ocilint/ocilint/compare/" prev "...v" new;
    else print "[" new "]: https://github.com/ocilint/ocilint/releases/tag/v" new; next }
  { print }' CHANGELOG.md >CHANGELOG.md.new
mv CHANGELOG.md.new CHANGELOG.md

# 3. Build and test from a clean install, as CI does.
if [ "$build" = 1 ]; then
  npm ci --no-audit --no-fund
  npm test
else
  echo "release: --no-build: the files are dist/ as it was built, not version $new" >&2
fi

# 4. The release's files: the standalone executable, the npm tarball, the man page, their sums.
out="dist/release/v$new"
rm -rf "$out"
mkdir -p "$out"
exe="ocilint-linux-$(node -p process.arch)"
[ -x "dist/$exe" ] || fail "dist/$exe is missing (npm run build:sea)"
cp "dist/$exe" "$out/$exe"
node scripts/pack.mjs "$out" >/dev/null
cp dist/man/ocilint.1 "$out/ocilint.1"
printf '%s\n' "$notes" >"$out/RELEASE-NOTES.md"
(cd "$out" && sha256sum "$exe" "ocilint-$new.tgz" ocilint.1 >SHA256SUMS)
if [ "$build" = 1 ]; then
  got="$(env -i "$out/$exe" --version)"
  [ "$got" = "$new" ] || fail "$exe reports version $got, not $new"
fi

# 5. Commit and tag.
git commit -q -am "Release v$new"
git tag -a "v$new" -m "ocilint v$new"
cat <<MSG
Released v$new locally: commit $(git rev-parse --short HEAD), tag v$new, files in $out:
$(cd "$out" && ls -1 | sed 's/^/  /')
Nothing is pushed or published. To publish (docs/releasing.md):
  git push origin HEAD v$new
  gh release create v$new --title "ocilint v$new" --notes-file $out/RELEASE-NOTES.md $out/$exe $out/ocilint-$new.tgz $out/ocilint.1 $out/SHA256SUMS
  npm publish $out/ocilint-$new.tgz
MSG
