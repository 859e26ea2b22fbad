#!/usr/bin/env bash
# Runs ocilint for action.yml: turns the action's inputs (INPUT_* variables) into command-line
# arguments. Kept in a file (not inline in action.yml) so that it can be tested without GitHub.
set -uo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
args=()
IFS=',' read -r -a formats <<<"${INPUT_FORMAT:-github}"
IFS=',' read -r -a outputs <<<"${INPUT_OUTPUT:-}"
for i in "${!formats[@]}"; do
  f="$(echo "${formats[$i]}" | xargs)"
  [ -n "$f" ] || continue
  args+=(--format "$f")
  o="$(echo "${outputs[$i]:-}" | xargs)"
  args+=(--output "${o:--}")
done
[ -n "${INPUT_CONFIG:-}" ] && args+=(--config "$INPUT_CONFIG")
[ -n "${INPUT_FAIL_ON:-}" ] && args+=(--fail-on "$INPUT_FAIL_ON")
[ -n "${INPUT_PRESET:-}" ] && args+=(--preset "$INPUT_PRESET")
if [ -n "${INPUT_ARGS:-}" ]; then
  read -r -a extra <<<"$INPUT_ARGS"
  args+=("${extra[@]}")
fi
# Paths: one per line or separated by blanks; globs stay quoted, ocilint expands them itself.
set -f
read -r -d '' -a paths <<<"${INPUT_PATHS:-.}"
set +f
[ "${#paths[@]}" -gt 0 ] || paths=(.)
node "$here/bin/ocilint.js" "${args[@]}" -- "${paths[@]}"
code=$?
[ -n "${GITHUB_OUTPUT:-}" ] && echo "exit-code=$code" >>"$GITHUB_OUTPUT"
exit "$code"
