#!/usr/bin/env bash
# Every test: typecheck of the three runtimes, unit, server integration, extension unit, and the
# end-to-end tests in real Chromium against the test build of the extension.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/typecheck.sh
FJORD_TEST_BUILD=1 npx wxt build >/dev/null
npx vitest run "$@"
