#!/usr/bin/env bash
# Packages the VS Code extension (editors/vscode/) into editors/vscode/dist/ocilint-<version>.vsix
# with Microsoft's packager, @vscode/vsce. The extension's dependencies are its own
# (editors/vscode/package.json); nothing of the repository's is packed. The .vsix is not committed.
set -euo pipefail
cd "$(dirname "$0")/../editors/vscode"
npm ci --no-audit --no-fund
npm run package
ls -l dist/*.vsix
