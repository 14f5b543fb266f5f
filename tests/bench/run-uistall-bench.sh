#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
# Builds and runs the UI-stall benchmark: the console's real main window in demo mode (a week of
# history, live traffic) plus an incident every 5 s and 4 inbound SMS replies a second, while an
# operator switches panels, sorts, scrolls and filters; prints the longest UI-thread stall over
# 60 s (goal < 50 ms), p99 and the stalls over 50 ms. Offscreen unless QT_QPA_PLATFORM is set.
# Usage: tests/bench/run-uistall-bench.sh [--seconds N] [--incident-every S]
#        [--replies-per-second N] [--step-ms MS]
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
cd "$src"
build=${VORTEX_BENCH_BUILD_DIR:-$src/build/release}
if [ ! -f "$build/build.ninja" ]; then
    cmake --preset release
fi
cmake -S "$src" -B "$build" -DVORTEX_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$build" --target bench_uistall -j2
exec "$build/tests/bench/uistall/bench_uistall" "$@"
