#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
#
# Refreshes docs/screenshots/: builds the ui_screenshots test and runs it on a real X server
# (Xvfb, 1920×1200, 24-bit) with the console in demo mode — a week of history and live traffic —
# at 1600×1000. The test checks that every panel shows data and that every image was painted;
# the PNG files replace the old ones only when it passes. Not part of CI (CI runs the same test
# offscreen, into a temporary folder).
# Usage: scripts/screenshots.sh [extra GoogleTest arguments]
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
cd "$src"

if ! command -v xvfb-run >/dev/null || ! command -v xauth >/dev/null; then
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends xvfb xauth
fi

# Any configured build folder with the tests will do (VORTEX_SCREENSHOT_BUILD_DIR).
build=${VORTEX_SCREENSHOT_BUILD_DIR:-$src/build/screenshots}
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DVORTEX_BUILD_TESTS=ON \
        -DVORTEX_BUILD_BENCHMARKS=OFF >/dev/null
else
    cmake -S "$src" -B "$build" >/dev/null
fi
cmake --build "$build" --target ui_screenshots -j2

# A throw-away home: the console's settings, layout and demo data never touch the user's.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/shots"

# The test's main selects the offscreen platform; "-platform xcb" on the command line wins.
env HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/config" \
    XDG_DATA_HOME="$scratch/home/data" XDG_CACHE_HOME="$scratch/home/cache" \
    QT_QPA_PLATFORM=xcb VORTEX_SCREENSHOT_DIR="$scratch/shots" \
    xvfb-run -a -s "-screen 0 1920x1200x24" \
    "$build/tests/ui/screenshots/ui_screenshots" -platform xcb "$@"

mkdir -p docs/screenshots
rm -f docs/screenshots/*.png
cp "$scratch"/shots/*.png docs/screenshots/
ls -l docs/screenshots/
