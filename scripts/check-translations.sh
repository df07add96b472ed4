#!/usr/bin/env bash
# Fails when a user-visible string has no finished Norwegian Bokmål or English translation, or
# when the committed .ts files are not what update_translations would write (a new, changed or
# removed tr() string that nobody ran lupdate for).
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mapfile -t sources < <(find core ui app -name '*.cpp' -o -name '*.h' | sort)
status=0
for ts in translations/trialdesk_nb.ts translations/trialdesk_en.ts; do
    cp "$ts" "$tmp/"
    "$lupdate" -silent -no-obsolete -locations none -I core -I ui "${sources[@]}" \
        -ts "$tmp/$(basename "$ts")" >/dev/null
    if ! cmp -s "$ts" "$tmp/$(basename "$ts")"; then
        echo "translations: $ts is out of date with the sources; run 'cmake --build build" \
             "--target update_translations', translate, and commit:" >&2
        diff -u "$ts" "$tmp/$(basename "$ts")" | head -40 >&2 || true
        status=1
    fi
done
# Both files: an unfinished entry is still compiled by lrelease, with whatever lupdate guessed.
for ts in translations/trialdesk_nb.ts translations/trialdesk_en.ts; do
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    if [ "$unfinished" -ne 0 ]; then
        echo "translations: $unfinished unfinished entries in $ts" >&2
        status=1
    fi
done
[ $status -eq 0 ] && echo "translations: every Norwegian and English entry is finished and up to date"
exit $status
