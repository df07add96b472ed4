#!/usr/bin/env bash
# One command for a new user: installs what is missing, builds, and starts TrialDesk on a demo
# trial in an embedded SQLite file, encrypted at rest (created on the first start; sign in as
# e.g. coordinator / trialdesk-demo, which also opens the file; TRIALDESK_DEMO_UNENCRYPTED=1
# makes a plain file instead).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh -DTRIALDESK_BUILD_TESTS=OFF
db="${TRIALDESK_DEMO_DB:-$HOME/.local/share/TrialDesk/demo.sqlite}"
mkdir -p "$(dirname "$db")"
plain=()
[ -n "${TRIALDESK_DEMO_UNENCRYPTED:-}" ] && plain=(--unencrypted)
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    # No screen to show a window on: sign in as the coordinator and save a picture instead.
    mkdir -p screenshots
    TRIALDESK_PASSWORD=trialdesk-demo QT_QPA_PLATFORM=offscreen build/app/trialdesk --demo "${plain[@]}" --db "$db" \
        --user coordinator --screenshot screenshots/registry.png
    echo "No display found: the demo trial is in $db and a picture of the window is in" \
         "screenshots/registry.png. On a desktop, run this command again to get the window."
    exit 0
fi
exec build/app/trialdesk --demo "${plain[@]}" --db "$db"
