#!/usr/bin/env bash
# `npm run check`: typecheck, lint and format check.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/typecheck.sh
npx tsx scripts/check-i18n.ts | tail -40
npx eslint .
npx prettier --check .
