#!/usr/bin/env bash
# Fails when a user-visible string has no finished Norwegian Bokmål translation: both in the
# committed .ts file and in a fresh lupdate scan of the sources (a new tr() string that nobody
# added to the .ts file counts as unfinished).
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp translations/trialdesk_nb.ts "$tmp/"
mapfile -t sources < <(find core ui app -name '*.cpp' -o -name '*.h' | sort)
"$lupdate" -silent -no-obsolete -locations none -I core -I ui "${sources[@]}" -ts "$tmp/trialdesk_nb.ts"
committed=$(grep -c 'type="unfinished"' translations/trialdesk_nb.ts || true)
scanned=$(grep -c 'type="unfinished"' "$tmp/trialdesk_nb.ts" || true)
if [ "$committed" -ne 0 ] || [ "$scanned" -ne 0 ]; then
    echo "translations: $committed unfinished Norwegian entries in translations/trialdesk_nb.ts," \
         "$scanned after scanning the sources. Run 'cmake --build build --target" \
         "update_translations', translate, and commit." >&2
    exit 1
fi
echo "translations: every Norwegian entry is finished"
