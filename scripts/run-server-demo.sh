#!/usr/bin/env bash
# The demo trial on a PostgreSQL server of its own (docs/postgresql.md): installs what is
# missing (PostgreSQL 15 and Qt's driver for it among them), builds, starts a private cluster on
# a free loopback port (scripts/pg-test-cluster.sh: a new folder, trust authentication for this
# machine only, the server as the `postgres` user when run as root), writes the demo trial into
# its database `dit_demo` (`trialdesk-cli demo` on the server, which makes the demo users'
# login roles), and
# starts the window against it. Closing the window stops the cluster and removes its folder:
# nothing of it is kept. Sign in as e.g. coordinator / trialdesk-demo.
# TRIALDESK_DEMO_PARTICIPANTS sets the demo's size (the demo's default otherwise). Open a second
# window on the same URI while it runs to see live updates.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh -DTRIALDESK_BUILD_TESTS=OFF

# The cluster's watchdog stops it when this script ends, however it ends.
mapfile -t cluster < <(scripts/pg-test-cluster.sh start $$)
if [ "${#cluster[@]}" -ne 2 ]; then
    echo "Could not start the demo's PostgreSQL cluster" >&2
    exit 1
fi
trap 'scripts/pg-test-cluster.sh stop "${cluster[0]}"' EXIT
db="${cluster[1]}/dit_demo"
echo "PostgreSQL cluster in ${cluster[0]}; the trial is $db"

# The demo is written straight onto the server with the server's credentials, which also makes
# the trial's group roles and grants and every demo user's login role (password trialdesk-demo).
size=()
[ -n "${TRIALDESK_DEMO_PARTICIPANTS:-}" ] && size=(--participants "$TRIALDESK_DEMO_PARTICIPANTS")
build/app/trialdesk-cli demo --db "$db" "${size[@]}"
# From here on, clients sign in as a demo user's own login role: the address names no user, e.g.
#   TRIALDESK_PASSWORD=trialdesk-demo build/app/trialdesk-cli info --db "$own" --user coordinator
own="${db/postgres@/}"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    # No screen to show a window on: sign in as the coordinator and save a picture instead.
    mkdir -p screenshots
    TRIALDESK_PASSWORD=trialdesk-demo QT_QPA_PLATFORM=offscreen build/app/trialdesk --db "$own" \
        --user coordinator --screenshot screenshots/registry-server.png
    echo "No display found: a picture of the window on the server trial is in" \
         "screenshots/registry-server.png. On a desktop, run this command again to get the window."
    exit 0
fi
build/app/trialdesk --db "$own"
