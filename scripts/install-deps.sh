#!/usr/bin/env bash
# Installs the Debian 12 packages TrialDesk needs to build, test and run. Installs only what is
# missing, so it is quick when everything is there.
set -euo pipefail

packages=(
    build-essential cmake pkg-config ccache clang-format git
    clang libclang-rt-14-dev
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libsqlite3-dev libqt6opengl6-dev libgl-dev
    libsodium-dev libreadstat-dev
    pspp r-cran-haven r-cran-lme4
    libgtest-dev libgmock-dev libbenchmark-dev
    xvfb xauth sqlite3
    libxml2-utils
    postgresql-15 libqt6sql6-psql libpq-dev
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
