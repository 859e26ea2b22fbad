#!/usr/bin/env bash
# The action's second step (action.yml): turns the inputs (INPUT_* variables) into ocilint's
# command line and runs INPUT_EXECUTABLE, the ocilint the first step found. Kept in a file so that
# it can be tested without GitHub. Lists that may hold any path (paths, args) are one item per
# line; format and output, which hold only names, are comma-separated.
set -uo pipefail
[ -n "${INPUT_EXECUTABLE:-}" ] || { echo "::error title=ocilint::no ocilint to run (INPUT_EXECUTABLE is empty)" >&2; exit 2; }
trim() { local s="$1"; s="${s#"${s%%[![:space:]]*}"}"; printf '%s' "${s%"${s##*[![:space:]]}"}"; }
args=()
IFS=',' read -r -a formats <<<"${INPUT_FORMAT:-github}"
IFS=',' read -r -a outputs <<<"${INPUT_OUTPUT:-}"
for i in "${!formats[@]}"; do
  f="$(trim "${formats[$i]}")"
  [ -n "$f" ] || continue
  o="$(trim "${outputs[$i]:-}")"
  args+=(--format "$f" --output "${o:--}")
done
[ -n "${INPUT_CONFIG:-}" ] && args+=(--config "$INPUT_CONFIG")
[ -n "${INPUT_FAIL_ON:-}" ] && args+=(--fail-on "$INPUT_FAIL_ON")
[ -n "${INPUT_PRESET:-}" ] && args+=(--preset "$INPUT_PRESET")
while IFS= read -r line; do
  line="$(trim "$line")"
  [ -n "$line" ] && args+=("$line")
done <<<"${INPUT_ARGS:-}"
# Paths: one per line, used as written (globs stay quoted: ocilint expands them itself).
paths=()
while IFS= read -r line; do
  line="$(trim "$line")"
  [ -n "$line" ] && paths+=("$line")
done <<<"${INPUT_PATHS:-.}"
[ "${#paths[@]}" -gt 0 ] || paths=(.)
"$INPUT_EXECUTABLE" "${args[@]}" -- "${paths[@]}"
code=$?
[ -n "${GITHUB_OUTPUT:-}" ] && echo "exit-code=$code" >>"$GITHUB_OUTPUT"
exit "$code"
