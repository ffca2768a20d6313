#!/usr/bin/env bash
# Every test: typecheck of the three runtimes, unit, server integration, extension unit, and the
# end-to-end tests in real Chromium against the test build of the extension.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/typecheck.sh || exit 1
# Issue 15: no text outside the catalogues, six complete catalogues.
npx tsx scripts/check-i18n.ts >/dev/null || { npx tsx scripts/check-i18n.ts | tail -40; exit 1; }
FJORD_TEST_BUILD=1 npx wxt build >/dev/null || exit 1
mkdir -p .tmp
npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json "$@"
status=$?
# The plain closing line CI reads: "Tests: N passed, N failed".
node -e '
  const r = JSON.parse(require("fs").readFileSync(".tmp/vitest.json", "utf8"));
  console.log(`Tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""));
' || true
exit $status
