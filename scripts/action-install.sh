#!/usr/bin/env bash
# The action's first step (action.yml): finds the ocilint to run and writes its path to the step's
# `executable` output. Either the one the workflow names (INPUT_EXECUTABLE), or the release's
# standalone executable for this runner, downloaded from INPUT_DOWNLOAD_URL/<version>/ and
# checked against the release's SHA256SUMS. The version is INPUT_VERSION, else the ref the action
# is used at (ocilint/ocilint@v0.1.0). Kept in a file so that it can be tested without GitHub.
set -euo pipefail
fail() { echo "::error title=ocilint::$*" >&2; exit 2; }
out() { if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "executable=$1" >>"$GITHUB_OUTPUT"; else echo "$1"; fi; }

if [ -n "${INPUT_EXECUTABLE:-}" ]; then
  [ -x "$INPUT_EXECUTABLE" ] || fail "executable: $INPUT_EXECUTABLE is not an executable file"
  out "$INPUT_EXECUTABLE"
  exit 0
fi
version="${INPUT_VERSION:-${ACTION_REF:-}}"
[[ "$version" =~ ^v[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$ ]] ||
  fail "\"${version}\" is not a release of ocilint; use the action at a release tag (ocilint/ocilint@v0.1.0), or set version: or executable:"
case "${RUNNER_OS:-$(uname -s)}" in Linux) ;; *) fail "the standalone ocilint is built for Linux only, not ${RUNNER_OS:-$(uname -s)}; set executable: to an ocilint you installed (npm install -g ocilint)" ;; esac
case "${RUNNER_ARCH:-$(uname -m)}" in
  X64 | x86_64) asset=ocilint-linux-x64 ;;
  *) fail "no standalone ocilint for ${RUNNER_ARCH:-$(uname -m)} yet; set executable: to an ocilint you installed (npm install -g ocilint)" ;;
esac
dir="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/ocilint-$version"
mkdir -p "$dir"
base="${INPUT_DOWNLOAD_URL:-https://github.com/ocilint/ocilint/releases/download}/$version"
for f in "$asset" SHA256SUMS; do
  curl -fsSL --retry 3 -o "$dir/$f.part" "$base/$f" || fail "could not download $base/$f"
  mv "$dir/$f.part" "$dir/$f"
done
want="$(awk -v f="$asset" '$2 == f || $2 == "*" f { print $1 }' "$dir/SHA256SUMS")"
[ -n "$want" ] || fail "SHA256SUMS of $version lists no $asset"
got="$(sha256sum "$dir/$asset" | awk '{ print $1 }')"
if [ "$got" != "$want" ]; then
  rm -f "$dir/$asset"
  fail "$asset of $version does not match its SHA-256 in SHA256SUMS (got $got, expected $want)"
fi
chmod +x "$dir/$asset"
out "$dir/$asset"
