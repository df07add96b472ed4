#!/usr/bin/env bash
# One command for the whole test suite: installs what is missing, builds with warnings as
# errors, runs every test, and checks that every Norwegian translation is finished.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh -DTRIALDESK_WERROR=ON -DTRIALDESK_BUILD_TESTS=ON
scripts/check-translations.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure -j 2
# libFuzzer on the import parsers (clang, sanitizers): a short run of each harness.
scripts/fuzz.sh 20
