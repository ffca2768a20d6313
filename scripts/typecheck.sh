#!/usr/bin/env bash
# One tsc run per runtime, so a DOM or node import in the wrong place is a compile error.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f .wxt/tsconfig.json ] || npx wxt prepare >/dev/null
for project in shared/tsconfig.json server/tsconfig.json extension/tsconfig.json tsconfig.json; do
  echo "typecheck: $project"
  npx tsc --noEmit -p "$project"
done
