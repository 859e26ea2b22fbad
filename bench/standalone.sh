#!/usr/bin/env bash
# Start-up of the standalone executable next to the Node.js entry point (figures in RESULTS.md):
# hyperfine, ROUNDS rounds of all commands interleaved (so that load changes hit every command
# alike), RUNS runs each per round, after `npm run build:sea`. Prints each command's median over
# the rounds of its mean wall time and of its mean CPU time (user + system).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${ROUNDS:-5}" runs="${RUNS:-20}"
exe="dist/ocilint-linux-$(node -p process.arch)"
[ -x "$exe" ] || { echo "standalone.sh: $exe is missing (npm run build:sea)" >&2; exit 2; }
[ "$(stat -c %Y dist/ocilint.cjs)" -ge "$(stat -c %Y dist/src/cli/main.js)" ] || { echo "standalone.sh: dist/ocilint.cjs is older than dist/src (npm run build)" >&2; exit 2; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cp "$exe" "$tmp/ocilint"
cmds=(
  "node -e 0"
  "node bin/ocilint.js fixtures/bundles/hello"
  "$tmp/ocilint fixtures/bundles/hello"
  "node bin/ocilint.js -f json fixtures/real/runc-spec"
  "$tmp/ocilint -f json fixtures/real/runc-spec"
)
for r in $(seq "$rounds"); do
  hyperfine -N -i -w 3 -r "$runs" --style none --export-json "$tmp/round-$r.json" "${cmds[@]}" >/dev/null
done
node -e '
const fs = require("fs"), files = process.argv.slice(1);
const rounds = files.map((f) => JSON.parse(fs.readFileSync(f, "utf8")).results);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
for (let i = 0; i < rounds[0].length; i++) {
  const wall = median(rounds.map((r) => r[i].mean)) * 1000, cpu = median(rounds.map((r) => r[i].user + r[i].system)) * 1000;
  console.log(`${wall.toFixed(1).padStart(7)} ms wall ${cpu.toFixed(1).padStart(7)} ms CPU  ${rounds[0][i].command.replace(process.env.TMPDIR || "/tmp", "$TMP")}`);
}' "$tmp"/round-*.json
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
